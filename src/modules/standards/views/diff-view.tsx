import { diffWords } from 'diff';
import type { Locale } from '../../../platform/i18n';
import { Tag } from '../../../platform/web/components/tag';
import { text } from '../messages';
import { type FieldLine, sameValue } from './version-fields';

/**
 * The words removed from and added to a text, marked by <del>/<ins> with a colour, a strike-through or
 * underline, and words for screen readers (which do not announce <del>/<ins>).
 */
export function WordDiff(props: { locale: Locale; before: string; after: string; lang?: string }) {
  const { locale } = props;
  const parts = diffWords(props.before, props.after);
  return (
    <span lang={props.lang} class="pietura-diff">
      {parts.map((part, i) => {
        const key = `${i}-${part.value.length}`;
        if (part.removed)
          return (
            <del key={key} class="pietura-diff__removed">
              <span class="govuk-visually-hidden">[{text(locale, 'diff.removed')}: </span>
              {part.value}
              <span class="govuk-visually-hidden">]</span>
            </del>
          );
        if (part.added)
          return (
            <ins key={key} class="pietura-diff__added">
              <span class="govuk-visually-hidden">[{text(locale, 'diff.added')}: </span>
              {part.value}
              <span class="govuk-visually-hidden">]</span>
            </ins>
          );
        return <span key={key}>{part.value}</span>;
      })}
    </span>
  );
}

export interface DiffRow {
  line: FieldLine;
  other: FieldLine;
  changed: boolean;
}

/** Field lines of two versions paired up, each marked changed or not (the stored values decide). */
export function pairLines(left: FieldLine[], right: FieldLine[]): DiffRow[] {
  return left.map((line, i) => ({ line, other: right[i]!, changed: !sameValue(line.raw, right[i]?.raw) }));
}

/**
 * Two versions side by side: a changed field is tagged (not by colour alone) and a changed text shows
 * the words removed and added. `onlyChanges` leaves out the unchanged fields.
 */
export function DiffTable(props: {
  locale: Locale;
  id: string;
  caption: string;
  headA: string;
  headB: string;
  rows: DiffRow[];
  onlyChanges: boolean;
}) {
  const { locale } = props;
  const rows = props.onlyChanges ? props.rows.filter((r) => r.changed) : props.rows;
  return (
    <section class="pietura-table-scroll" aria-label={props.caption} tabindex={0}>
      <table class="govuk-table pietura-compare" id={props.id}>
        <caption class="govuk-table__caption govuk-visually-hidden">{props.caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {text(locale, 'compare.field')}
            </th>
            <th scope="col" class="govuk-table__header">
              {props.headA}
            </th>
            <th scope="col" class="govuk-table__header">
              {props.headB}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map(({ line, other, changed }) => {
            const texts = changed && typeof line.raw === 'string' && typeof other.raw === 'string';
            const lang = /-(lv|en)$/.exec(line.id)?.[1];
            return (
              <tr
                class="govuk-table__row"
                key={line.id}
                id={`field-${line.id}`}
                data-changed={changed ? 'yes' : 'no'}
              >
                <th scope="row" class="govuk-table__header">
                  {line.label}
                  {changed && (
                    <>
                      <br />
                      <Tag colour="yellow">{text(locale, 'compare.changed')}</Tag>
                    </>
                  )}
                </th>
                <td class="govuk-table__cell">{line.value}</td>
                <td class="govuk-table__cell">
                  {texts ? (
                    <WordDiff
                      locale={locale}
                      before={line.raw as string}
                      after={other.raw as string}
                      lang={lang}
                    />
                  ) : (
                    other.value
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The "show only changes" / "show all fields" switch: a plain link, so it works without JavaScript. */
export function OnlyChangesLink(props: {
  locale: Locale;
  onlyChanges: boolean;
  href: (only: boolean) => string;
}) {
  const { locale, onlyChanges } = props;
  return (
    <p class="govuk-body">
      <a class="govuk-link" href={props.href(!onlyChanges)} id="only-changes">
        {text(locale, onlyChanges ? 'diff.allFields' : 'diff.onlyChanges')}
      </a>
    </p>
  );
}
