import { formatDate, type Locale } from '../../../../platform/i18n';
import { SummaryList } from '../../../../platform/web/components/summary-list';
import { msg } from '../../messages';
import type { ServiceStandard } from '../../service';

export interface HistoryEntry {
  version: number;
  status: string;
  validFrom: string | null;
  validTo: string | null;
  publishedAt: Date | null;
}

/** The version in force is the one shown; a higher number is published from a later date. */
function statusKey(version: number, inForce: number) {
  if (version === inForce) return 'status.current' as const;
  return version > inForce ? ('status.upcoming' as const) : ('status.superseded' as const);
}

/** The version shown, its dates, and the published history of the standard (R2). */
export function StandardSection(props: {
  standard: ServiceStandard;
  history: HistoryEntry[];
  locale: Locale;
}) {
  const { standard, history, locale } = props;
  const v = standard.version;
  const date = (d: string | Date | null) => (d ? formatDate(d, locale) : '—');
  return (
    <>
      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.standard')}</h2>
      <SummaryList
        rows={[
          { key: msg(locale, 'standard.version'), value: String(v.version) },
          v.validFrom && { key: msg(locale, 'standard.validFrom'), value: formatDate(v.validFrom, locale) },
          v.reviewDue && { key: msg(locale, 'standard.reviewDue'), value: formatDate(v.reviewDue, locale) },
        ]}
      />
      {history.length > 0 && (
        // A phone scrolls the table inside its box (focusable, so the keyboard can scroll it too).
        <section class="pietura-table-scroll" aria-labelledby="version-history" tabindex={0}>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m" id="version-history">
              {msg(locale, 'standard.history')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {msg(locale, 'standard.version')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {msg(locale, 'standard.status')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {msg(locale, 'standard.validFrom')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {msg(locale, 'standard.validTo')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {msg(locale, 'standard.publishedAt')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {history.map((h) => (
                <tr class="govuk-table__row" key={h.version}>
                  <th scope="row" class="govuk-table__header">
                    {h.version}
                  </th>
                  <td class="govuk-table__cell">{msg(locale, statusKey(h.version, v.version))}</td>
                  <td class="govuk-table__cell">{date(h.validFrom)}</td>
                  <td class="govuk-table__cell">{date(h.validTo)}</td>
                  <td class="govuk-table__cell">{date(h.publishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
