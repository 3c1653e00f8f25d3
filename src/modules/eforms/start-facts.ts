/**
 * What the start page says about a form: the files it asks to attach, and roughly how long it takes. Both
 * come from the form itself, never from the documents the standard asks for at the desk.
 */
import type { Locale } from '../../platform/i18n';
import { allFields, type FormDefinition, type FormField } from './definition';

export interface FileAsked {
  label: string;
  /** When only some applicants are asked for it: the condition in words. */
  onlyIf?: string;
  optional: boolean;
}

const quoted = (text: string, locale: Locale) => (locale === 'lv' ? `„${text}”` : `‘${text}’`);

function answerLabel(source: FormField, key: string, locale: Locale): string {
  if (source.type === 'yesno') {
    if (key === 'yes') return locale === 'lv' ? 'Jā' : 'Yes';
    if (key === 'no') return locale === 'lv' ? 'Nē' : 'No';
  }
  return source.options?.find((o) => o.key === key)?.label[locale] ?? key;
}

function conditionText(def: FormDefinition, field: FormField, locale: Locale): string | undefined {
  const when = field.showWhen;
  const source = when && allFields(def).find((f) => f.code === when.field);
  if (!when || !source) return undefined;
  const answers = when.values
    .map((v) => quoted(answerLabel(source, v, locale), locale))
    .join(locale === 'lv' ? ' vai ' : ' or ');
  const question = quoted(source.label[locale], locale);
  return locale === 'lv'
    ? `tikai tad, ja uz jautājumu ${question} atbildat ${answers}`
    : `only if you answer ${answers} to ${question}`;
}

/** The form's file fields, in order, as a person reads them in `locale`. */
export function filesAsked(def: FormDefinition, locale: Locale): FileAsked[] {
  return allFields(def)
    .filter((f) => f.type === 'file')
    .map((f) => ({
      label: f.label[locale],
      onlyIf: conditionText(def, f, locale),
      optional: !f.required,
    }));
}

/**
 * A rough time to fill the form in, in minutes: half a minute a question, a minute a file, three for the
 * applicant's details, delivery and checking; rounded up to five (every question counted, asked or not).
 */
export function fillingMinutes(def: FormDefinition): number {
  const fields = allFields(def);
  const files = fields.filter((f) => f.type === 'file').length;
  const seconds = (fields.length - files) * 30 + files * 60 + 180;
  return Math.max(5, Math.ceil(seconds / 300) * 5);
}
