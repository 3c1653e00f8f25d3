import type { Locale } from '../../platform/i18n';
import type { FormError } from '../../platform/web/components/form';
import type { FieldError, ShownErrors } from '../../platform/web/form-values';
import type { FormPage } from '../eforms/definition';
import type { PlacedIssue } from './form-editor-values';
import { formIssueMessage, formText, inputLabel } from './form-messages';

const quoted = (s: string, locale: Locale) => (locale === 'lv' ? `„${s}”` : `‘${s}’`);

/** What the editor shows for refused changes: messages on its inputs, and links or lines about the rest. */
export interface ShownIssues {
  errors: ShownErrors;
  /** About a question or page of the overview (its anchor). */
  linked: FormError[];
  /** About the whole form, or nothing on the page to link to. */
  extra: string[];
}

function nameOf(locale: Locale, candidate: unknown, other: NonNullable<PlacedIssue['other']>): string {
  const pages = ((candidate as { pages?: FormPage[] } | null)?.pages ?? []) as FormPage[];
  if (other.kind === 'page') {
    const page = pages.find((p) => p.id === other.name);
    return `${formText(locale, 'page.title')} ${quoted(page?.title?.[locale] || other.name, locale)}`;
  }
  const field = pages.flatMap((p) => p.fields ?? []).find((f) => f.code === other.name);
  const label = field?.label?.[locale] || other.name;
  return `${formText(locale, 'field.label')} ${quoted(label, locale)} (${other.name})`;
}

export function showIssues(
  locale: Locale,
  candidate: unknown,
  placed: PlacedIssue[],
  local: FieldError[] = [],
): ShownIssues {
  const errors: ShownErrors = new Map();
  const linked: FormError[] = [];
  const extra: string[] = [];
  const onInput = (input: string, message: string, about: string) => {
    if (!errors.has(input))
      errors.set(input, formIssueMessage(locale, message, about, quoted(inputLabel(locale, input), locale)));
  };
  for (const e of local) onInput(e.field, e.key, e.field);
  for (const issue of placed) {
    if (issue.input) onInput(issue.input, issue.message, issue.about);
    else if (issue.other && issue.other.kind !== 'form' && issue.other.name) {
      const text = formIssueMessage(
        locale,
        issue.message,
        issue.about,
        nameOf(locale, candidate, issue.other),
      );
      const anchor = `${issue.other.kind}-${issue.other.name}`;
      if (!linked.some((l) => l.field === anchor)) linked.push({ field: anchor, text });
    } else {
      const text = formIssueMessage(locale, issue.message, issue.about, '');
      if (!extra.includes(text)) extra.push(text);
    }
  }
  return { errors, linked, extra };
}
