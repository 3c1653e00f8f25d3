/**
 * Issue 9: any valid form definition renders a form whose submission with valid values is accepted,
 * and with one required value missing is refused for exactly that field.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { composeIBAN, friendlyFormatIBAN } from 'ibantools';
import { JSDOM } from 'jsdom';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import {
  type Answers,
  caseFields,
  checkAnswers,
  checkPage,
  visibleFields,
} from '../../src/modules/eforms/answers';
import {
  allFields,
  DATE_RULES,
  FIELD_TYPES,
  FILE_KINDS,
  type FieldType,
  type FormDefinition,
  type FormField,
  LIMITS,
  parseFormDefinition,
} from '../../src/modules/eforms/definition';
import {
  answersAsFormValues,
  FormFieldInput,
  readPageInput,
} from '../../src/modules/eforms/views/form-field';
import { addDays } from '../../src/platform/calendar/days';
import type { FormValues } from '../../src/platform/web/form-values';

const TODAY = '2026-06-15';

const label = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => `${s.replace(/\s+/g, ' ').trim()} x`.trim())
  .map((s) => ({ lv: `Lauks ${s}`, en: `Field ${s}` }));

/** A field's own settings (type and limits); its code and condition are given later. */
const fieldSpec = fc.constantFrom(...FIELD_TYPES).chain((type: FieldType) => {
  const common = { type: fc.constant(type), label, required: fc.boolean() };
  const hint = fc.option(label, { nil: undefined });
  switch (type) {
    case 'text':
    case 'textarea':
    case 'address': {
      const limit =
        type === 'text'
          ? LIMITS.textMaxLength
          : type === 'address'
            ? LIMITS.addressMaxLength
            : LIMITS.textareaMaxLength;
      return fc.record({
        ...common,
        hint,
        maxLength: fc.option(fc.integer({ min: 1, max: limit }), { nil: undefined }),
      });
    }
    case 'number':
      return fc
        .record({
          ...common,
          a: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
          span: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
          integer: fc.option(fc.boolean(), { nil: undefined }),
        })
        .map(({ a, span, ...f }) => ({
          ...f,
          min: a,
          max: a !== undefined && span !== undefined ? a + span : span,
        }))
        .filter((f) => f.min === undefined || f.max === undefined || f.min <= f.max);
    case 'date':
      return fc.record({
        ...common,
        dateRule: fc.option(fc.constantFrom(...DATE_RULES), { nil: undefined }),
      });
    case 'choice':
    case 'choices':
      return fc.record({
        ...common,
        options: fc
          .uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 6 })
          .map((ns) => ns.map((n) => ({ key: `o${n}`, label: { lv: `Variants ${n}`, en: `Option ${n}` } }))),
      });
    case 'file':
      return fc.record({
        ...common,
        maxFiles: fc.option(fc.integer({ min: 1, max: LIMITS.maxFilesPerField }), { nil: undefined }),
        accept: fc.option(fc.uniqueArray(fc.constantFrom(...FILE_KINDS), { minLength: 1 }), {
          nil: undefined,
        }),
      });
    default:
      return fc.record(common);
  }
});

/** Whether a field has a condition and on what: indexes into the eligible earlier fields and their values. */
const conditionPick = fc.record({
  use: fc.boolean(),
  source: fc.nat(),
  values: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
});

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Valid definitions: 1–3 pages of 1–4 fields of every type, conditions only on earlier yes/no or choice fields. */
const definition = fc
  .array(fc.array(fc.tuple(fieldSpec, conditionPick), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((pages): FormDefinition => {
    const earlier: FormField[] = [];
    let n = 0;
    return {
      pages: pages.map((fields, p) => ({
        id: `lapa-${p + 1}`,
        title: { lv: `Lapa ${p + 1}`, en: `Page ${p + 1}` },
        fields: fields.map(([spec, pick]) => {
          const field = dropUndefined({ ...spec, code: `f${n++}` }) as FormField;
          const sources = earlier.filter(
            (f) => f.type === 'yesno' || f.type === 'choice' || f.type === 'choices',
          );
          if (pick.use && sources.length > 0) {
            const source = sources[pick.source % sources.length]!;
            const keys = source.type === 'yesno' ? ['yes', 'no'] : source.options!.map((o) => o.key);
            field.showWhen = {
              field: source.code,
              values: [...new Set(pick.values.map((v) => keys[v % keys.length]!))],
            };
          }
          earlier.push(field);
          return field;
        }),
      })),
    };
  });

type Gen = fc.GeneratorValue;

/** A valid raw answer, as a person or a machine could send it. */
function validAnswer(g: Gen, field: FormField): string | string[] {
  switch (field.type) {
    case 'text':
    case 'address':
    case 'textarea': {
      const max = Math.min(field.maxLength ?? 40, 40);
      const text = g(() =>
        fc.string({ unit: fc.constantFrom('a', 'ā', 'Ž', '7', '-'), minLength: 1, maxLength: max }),
      );
      return g(() => fc.boolean()) ? `  ${text} ` : text;
    }
    case 'number': {
      const min = field.min ?? -5000;
      const max = field.max ?? min + 5000;
      const n = g(() => fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
      // n + 0.5 written with a decimal comma (for a negative n, "-215,5" would be n - 0.5).
      if (!field.integer && n + 0.5 <= max && g(() => fc.boolean())) return String(n + 0.5).replace('.', ',');
      return String(n);
    }
    case 'date': {
      const offset = g(() => fc.integer({ min: 0, max: 3000 }));
      const day =
        field.dateRule === 'future'
          ? addDays(TODAY, offset)
          : field.dateRule === 'past'
            ? addDays(TODAY, -offset)
            : addDays(TODAY, offset - 1500);
      const [y, m, d] = day.split('-');
      return g(() => fc.boolean()) ? day : `${Number(d)}.${Number(m)}.${y}`;
    }
    case 'choice':
      return g(() => fc.constantFrom(...field.options!.map((o) => o.key)));
    case 'choices':
      return g(() =>
        fc.subarray(
          field.options!.map((o) => o.key),
          { minLength: 1 },
        ),
      );
    case 'yesno':
      return g(() => fc.constantFrom('yes', 'no', 'jā', 'nē'));
    case 'iban': {
      // A Latvian account: a bank code and 13 digits, the check digits worked out (ISO 13616).
      const bban = `${g(() => fc.constantFrom('HABA', 'UNLA', 'RIKO', 'PARX'))}${g(() => fc.stringMatching(/^\d{13}$/))}`;
      const iban = composeIBAN({ countryCode: 'LV', bban })!;
      return g(() => fc.boolean()) ? iban : (friendlyFormatIBAN(iban) ?? iban).toLowerCase();
    }
    case 'personal_code': {
      const digits = g(() => fc.stringMatching(/^\d{9}$/));
      return g(() => fc.boolean()) ? `32${digits}` : `32${digits.slice(0, 4)}-${digits.slice(4)}`;
    }
    case 'file': {
      const count = g(() => fc.integer({ min: 1, max: field.maxFiles ?? LIMITS.maxFilesPerField }));
      return Array.from({ length: count }, (_, i) => `file-${i + 1}`);
    }
  }
}

/** The canonical value of a generated answer, to decide the conditions of later fields while generating. */
function canonical(field: FormField, raw: string | string[]): string | string[] {
  if (field.type === 'yesno') return raw === 'yes' || raw === 'jā' ? 'yes' : 'no';
  return raw;
}

/** Valid answers to the fields a person is asked (optional ones sometimes left empty), in form order. */
function answersFor(g: Gen, def: FormDefinition): { raw: Answers; shown: FormField[] } {
  const raw: Answers = {};
  const seen: Answers = {};
  for (const field of allFields(def)) {
    if (!visibleFields(def, seen).some((f) => f.code === field.code)) continue;
    if (!field.required && g(() => fc.boolean())) continue;
    const value = validAnswer(g, field);
    raw[field.code] = value;
    seen[field.code] = canonical(field, value);
  }
  return { raw, shown: visibleFields(def, seen) };
}

function inputNames(field: FormField): string[] {
  return field.type === 'date' ? ['day', 'month', 'year'].map((p) => `${field.code}-${p}`) : [field.code];
}

test('every generated definition is valid, and every page renders an input for each of its fields', () => {
  fc.assert(
    fc.property(definition, fc.constantFrom('lv' as const, 'en' as const), (def, locale) => {
      const parsed = parseFormDefinition(def);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
      for (const page of def.pages) {
        const html = page.fields
          .map((field) => renderToString(h(FormFieldInput, { locale, field, values: {}, errors: new Map() })))
          .join('\n');
        for (const field of page.fields)
          for (const name of inputNames(field))
            assert.match(html, new RegExp(`name="${name}"`), `${field.type} ${name} on ${page.id}`);
      }
    }),
    { numRuns: 200, endOnFailure: true },
  );
});

test('valid answers to the visible fields are accepted; without one required answer, exactly that field is refused', () => {
  fc.assert(
    fc.property(definition, fc.gen(), (def, g) => {
      const { raw, shown } = answersFor(g, def);
      const checked = checkAnswers(def, raw, TODAY, 'lv', 'refuse');
      assert.deepEqual(checked.problems, [], JSON.stringify({ raw, def }));
      const fields = caseFields(def, checked.answers);
      for (const field of shown.filter((f) => f.required))
        assert.ok(fields[field.code], `the case keeps ${field.code} (${field.type})`);

      const required = shown.filter((f) => f.required && raw[f.code] !== undefined);
      if (required.length === 0) return;
      const missing = required[g(() => fc.nat({ max: required.length - 1 }))]!;
      const without = { ...raw };
      delete without[missing.code];
      assert.deepEqual(checkAnswers(def, without, TODAY, 'lv').problems, [
        { field: missing.code, code: 'required' },
      ]);
      const blank = {
        ...raw,
        [missing.code]: missing.type === 'choices' || missing.type === 'file' ? [] : '  ',
      };
      assert.deepEqual(checkAnswers(def, blank, TODAY, 'lv').problems, [
        { field: missing.code, code: 'required' },
      ]);
    }),
    { numRuns: 300, endOnFailure: true },
  );
});

/** What a browser posts for a rendered form: each named input's value (checked ones only for radios and boxes). */
function posted(html: string): FormValues {
  const doc = new JSDOM(`<form>${html}</form>`).window.document;
  const values: FormValues = {};
  const add = (name: string, value: string) => {
    const was = values[name];
    values[name] = was === undefined ? value : [...(Array.isArray(was) ? was : [was]), value];
  };
  for (const el of doc.querySelectorAll<HTMLInputElement>('input[name]')) {
    if (el.type === 'file') continue;
    if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) continue;
    add(el.name, el.value);
  }
  for (const el of doc.querySelectorAll<HTMLTextAreaElement>('textarea[name]')) add(el.name, el.value);
  for (const el of doc.querySelectorAll<HTMLSelectElement>('select[name]')) add(el.name, el.value);
  return values;
}

test('answers filled into a rendered page and posted back as a browser posts them are read as the same answers, in either language (found by review: the property never went through the page)', () => {
  fc.assert(
    fc.property(definition, fc.gen(), fc.constantFrom('lv' as const, 'en' as const), (def, g, locale) => {
      const { answers } = checkAnswers(def, answersFor(g, def).raw, TODAY, 'lv');
      for (const page of def.pages) {
        const values = answersAsFormValues(page, answers, locale);
        const html = page.fields
          .map((field) => renderToString(h(FormFieldInput, { locale, field, values, errors: new Map() })))
          .join('\n');
        // Files are uploaded apart from the page's inputs (the journey adds the ones attached): as they were.
        const raw = readPageInput(page, posted(html));
        for (const f of page.fields) if (f.type === 'file' && answers[f.code]) raw[f.code] = answers[f.code]!;
        const back = checkPage(def, page.id, raw, answers, TODAY, locale);
        assert.deepEqual(back.problems, [], JSON.stringify({ page: page.id, values, locale }));
        for (const field of page.fields.filter((f) => f.type !== 'file'))
          assert.deepEqual(
            back.answers[field.code],
            answers[field.code],
            `${field.type} ${field.code} in ${locale}`,
          );
      }
    }),
    { numRuns: 200, endOnFailure: true },
  );
});
