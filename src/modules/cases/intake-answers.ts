import type { Locale } from '../../platform/i18n';
import type { FormValues } from '../../platform/web/form-values';
import { type Answers, caseFields, checkField, visibleFields } from '../eforms/answers';
import { type FormDefinition, type FormPage, parseFormDefinition } from '../eforms/definition';
import { answerProblemMessage } from '../eforms/messages';
import { inputIdOf, readPageInput } from '../eforms/views/form-field';

/**
 * The questions of a standard's online form, asked at the desk too (issue 8 point 2): what a postal or e-mailed
 * application says is typed into the same fields, so the case carries the same answers as one filed online.
 * A file question is left out (the scans are the case's documents), and none is required: an application is
 * registered as it came, and what it lacks the specialist asks for (request for information).
 */
const PREFIX = 'f-';

/** The standard's form, and its questions as one desk page with their inputs named apart from the desk's own. */
function deskForm(formDefinition: unknown): { def: FormDefinition; page: FormPage } | undefined {
  const parsed = formDefinition ? parseFormDefinition(formDefinition) : undefined;
  if (!parsed?.ok) return undefined;
  const fields = parsed.definition.pages
    .flatMap((p) => p.fields)
    .filter((f) => f.type !== 'file')
    .map((f) => ({
      ...f,
      code: `${PREFIX}${f.code}`,
      required: false,
      ...(f.showWhen ? { showWhen: { ...f.showWhen, field: `${PREFIX}${f.showWhen.field}` } } : {}),
    }));
  if (fields.length === 0) return undefined;
  return { def: parsed.definition, page: { id: 'desk', title: { lv: '', en: '' }, fields } };
}

/** The standard's questions as one desk page, if its form has any to ask at the desk. */
export function deskQuestions(formDefinition: unknown): FormPage | undefined {
  return deskForm(formDefinition)?.page;
}

/**
 * The answers typed at the desk, checked as the online form checks them (a number in the clerk's language,
 * a real date, an option of the list) but none required: the case's fields (as the online journey keeps
 * them) and the messages of what could not be read, by input id.
 */
export function readDeskAnswers(
  formDefinition: unknown,
  values: FormValues,
  locale: Locale,
  today: string,
): { fields: Record<string, string>; errors: [string, string][] } {
  const form = deskForm(formDefinition);
  if (!form) return { fields: {}, errors: [] };
  const { def, page } = form;
  const raw: Answers = {};
  for (const [code, value] of Object.entries(readPageInput(page, values)))
    raw[code.slice(PREFIX.length)] = value;
  const answers: Answers = {};
  const errors: [string, string][] = [];
  for (const field of visibleFields(def, raw)) {
    if (field.type === 'file') continue;
    const checked = checkField({ ...field, required: false }, raw[field.code], today, locale);
    if (checked.value !== undefined) answers[field.code] = checked.value;
    else if (checked.problem)
      errors.push([
        inputIdOf({ ...field, code: `${PREFIX}${field.code}` }),
        answerProblemMessage(locale, field, checked.problem),
      ]);
  }
  return { fields: caseFields(def, answers), errors };
}
