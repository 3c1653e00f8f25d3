import type { Locale } from '../../../platform/i18n';
import { formText } from '../form-messages';
import { formHref } from '../paths';
import type { FormChanges } from '../service';

/** The version page's way to its online form: the editor (or overview) and the preview. */
export function FormLinks(props: {
  locale: Locale;
  code: string;
  n: number;
  hasForm: boolean;
  editable: boolean;
}) {
  const { locale, code, n } = props;
  return (
    <section aria-labelledby="online-form-title" id="online-form">
      <h2 class="govuk-heading-m" id="online-form-title">
        {formText(locale, 'form.title')}
      </h2>
      {!props.hasForm && <p class="govuk-body">{formText(locale, 'form.noneReadOnly')}</p>}
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={formHref(locale, code, n)} id="form-link">
            {props.editable
              ? formText(locale, 'form.title')
              : `${formText(locale, 'form.title')} (${formText(locale, 'form.readOnlyShort')})`}
          </a>
        </li>
        {props.hasForm && (
          <li>
            <a class="govuk-link" href={formHref(locale, code, n, 'formPreview')} id="form-preview-link">
              {formText(locale, 'preview.link')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

/** "The online form changed: questions added: a, b; …" (or nothing when it did not change). */
export function formChangesText(locale: Locale, changes: FormChanges): string | undefined {
  if (!changes.changed) return undefined;
  const parts: string[] = [];
  if (changes.presence)
    parts.push(formText(locale, changes.presence === 'added' ? 'changes.formAdded' : 'changes.formRemoved'));
  const list = (codes: string[]) => codes.join(', ');
  if (changes.added.length > 0) parts.push(formText(locale, 'changes.added', { list: list(changes.added) }));
  if (changes.removed.length > 0)
    parts.push(formText(locale, 'changes.removed', { list: list(changes.removed) }));
  if (changes.modified.length > 0)
    parts.push(formText(locale, 'changes.changed', { list: list(changes.modified) }));
  if (parts.length === 0 && changes.layout) parts.push(formText(locale, 'changes.pages'));
  return formText(locale, 'changes.formChanged', { list: parts.join('; ') });
}

/** The paragraph of a comparison or change summary about the online form. */
export function FormChangesNote(props: { locale: Locale; changes: FormChanges }) {
  const said = formChangesText(props.locale, props.changes);
  return (
    <p class="govuk-body" id="form-changes">
      {said ?? formText(props.locale, 'changes.formSame')}
    </p>
  );
}
