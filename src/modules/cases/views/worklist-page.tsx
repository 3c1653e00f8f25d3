import type { Bilingual } from '../../../db/schema';
import { CASE_STATUSES } from '../../../db/schema';
import { pick } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/web/form-values';
import { renderOnce } from '../../../platform/web/render';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { CHANNEL, DESK_CHANNELS, label, STATUS } from '../messages';
import { caseHref, correspondenceHref, intakeHref, worklistHref } from '../paths';
import type { WorklistRow } from '../types';
import { DueDate, StatusTag } from './due';
import { ErrorSummary, say } from './fields';

export interface WorklistOptions {
  services: { id: number; name: Bilingual }[];
  centres: { code: string; name: Bilingual }[];
  units: { code: string; name: Bilingual }[];
  assignees: { id: number; name: string }[];
}

/** The owners of the pieces of the filter's fixed lists (statuses, channels), for renderOnce. */
const FIXED_LISTS = { status: {}, channel: {} };

export function WorklistPage(props: {
  site: StaffSiteContext;
  rows: WorklistRow[];
  options: WorklistOptions;
  /** The filters as given in the query (to keep them in the form and in the next-page link). */
  query: FormValues;
  nextHref?: string;
  firstHref?: string;
  mayRegister: boolean;
  /** A registration number typed that is not a case the user may see. */
  notFound?: string;
}) {
  const { site, rows, options, query } = props;
  const { locale } = site;
  const title = say(locale, 'Lietas', 'Cases');
  const q = (name: string) => String(query[name] ?? '');
  /**
   * A choice from a list that stays the same while `list` lives (the catalogue's for its revision, the fixed
   * statuses and channels, the unit's staff for as long as they are kept): rendered once per value chosen. A
   * value not in the list selects nothing, so it shares the piece of no choice (the pieces kept stay as many
   * as the list's values, whatever is typed into the address).
   */
  const listSelect = (
    id: string,
    text: string,
    list: object,
    items: { value: string; label: string }[],
    empty: string,
  ) => {
    const chosen = items.some((i) => i.value === q(id)) ? q(id) : '';
    const html = renderOnce(list, `${id}|${locale}|${chosen}`, () => (
      <SelectGroup id={id} text={text} items={items} empty={empty} selected={chosen} bare />
    ));
    return <div class="govuk-form-group" dangerouslySetInnerHTML={{ __html: html }} />;
  };
  const any = say(locale, 'jebkurš', 'any');
  return (
    <StaffLayout site={site} title={title} current="cases">
      {props.notFound && (
        <ErrorSummary
          locale={locale}
          errors={
            new Map([
              ['nr', say(locale, `Lieta ${props.notFound} nav atrasta`, `Case ${props.notFound} not found`)],
            ])
          }
        />
      )}
      <h1 class="govuk-heading-l">{title}</h1>
      <search class="pietura-no-print">
        <form method="get" action={worklistHref(locale)}>
          <div class={`govuk-form-group${props.notFound ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label govuk-label--s" for="nr">
              {say(locale, 'Atvērt lietu pēc reģistrācijas numura', 'Open a case by its registration number')}
            </label>
            <div class="govuk-hint" id="nr-hint">
              {say(locale, 'Piemēram, ILN/2026/000123', 'For example ILN/2026/000123')}
            </div>
            <input
              class="govuk-input govuk-input--width-20"
              id="nr"
              name="nr"
              type="text"
              aria-describedby="nr-hint"
              value={props.notFound ?? ''}
            />{' '}
            <button
              type="submit"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              data-module="govuk-button"
            >
              {say(locale, 'Atvērt', 'Open')}
            </button>
          </div>
        </form>
      </search>
      {props.mayRegister && (
        <div class="govuk-button-group">
          <a class="govuk-button" href={intakeHref(locale)} data-module="govuk-button">
            {say(locale, 'Reģistrēt iesniegumu', 'Register an application')}
          </a>
          <a
            class="govuk-button govuk-button--secondary"
            href={correspondenceHref(locale)}
            data-module="govuk-button"
          >
            {say(locale, 'Reģistrēt citu korespondenci', 'Register other correspondence')}
          </a>
        </div>
      )}
      <details
        class="govuk-details pietura-no-print"
        open={Object.keys(query).some((k) => k !== 'pec' && q(k) !== '')}
      >
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{say(locale, 'Atlasīt', 'Filter')}</span>
        </summary>
        <form method="get" action={worklistHref(locale)} class="govuk-details__text">
          {listSelect(
            'status',
            say(locale, 'Statuss', 'Status'),
            FIXED_LISTS.status,
            [
              { value: 'open', label: say(locale, 'visas nepabeigtās', 'all open') },
              { value: 'closed', label: say(locale, 'pabeigtās', 'closed') },
              { value: 'all', label: say(locale, 'visas', 'all') },
              ...CASE_STATUSES.map((s) => ({ value: s, label: label(STATUS, s, locale) })),
            ],
            say(locale, 'nepabeigtās (noklusēti)', 'open (default)'),
          )}
          {listSelect(
            'service',
            say(locale, 'Pakalpojums', 'Service'),
            options.services,
            options.services.map((s) => ({ value: String(s.id), label: pick(s.name, locale) })),
            any,
          )}
          {listSelect(
            'channel',
            say(locale, 'Saņemšanas veids', 'Channel'),
            FIXED_LISTS.channel,
            DESK_CHANNELS.map((c) => ({ value: c, label: label(CHANNEL, c, locale) })),
            any,
          )}
          {listSelect(
            'centre',
            say(locale, 'Centrs', 'Centre'),
            options.centres,
            options.centres.map((c) => ({ value: c.code, label: pick(c.name, locale) })),
            any,
          )}
          {listSelect(
            'assignee',
            say(locale, 'Izpildītājs', 'Assignee'),
            options.assignees,
            [
              { value: 'me', label: say(locale, 'es', 'me') },
              { value: 'none', label: say(locale, 'nav piešķirts', 'unassigned') },
              ...options.assignees.map((a) => ({ value: String(a.id), label: a.name })),
            ],
            any,
          )}
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="dueBefore">
              {say(locale, 'Termiņš līdz', 'Due on or before')}
            </label>
            <div class="govuk-hint" id="dueBefore-hint">
              {say(locale, 'Piemēram, 31.12.2026.', 'For example 31.12.2026')}
            </div>
            <input
              class="govuk-input govuk-input--width-10"
              id="dueBefore"
              name="dueBefore"
              type="text"
              value={q('dueBefore')}
              aria-describedby="dueBefore-hint"
            />
          </div>
          <div
            class="govuk-checkboxes govuk-checkboxes--small govuk-form-group"
            data-module="govuk-checkboxes"
          >
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="overdue"
                name="overdue"
                type="checkbox"
                value="1"
                checked={q('overdue') === '1'}
              />
              <label class="govuk-label govuk-checkboxes__label" for="overdue">
                {say(locale, 'Tikai nokavētās', 'Overdue only')}
              </label>
            </div>
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            {say(locale, 'Rādīt', 'Show')}
          </button>
        </form>
      </details>
      {rows.length === 0 ? (
        <p class="govuk-body">{say(locale, 'Nav lietu, kas atbilst atlasei.', 'No cases match.')}</p>
      ) : (
        <section class="pietura-table-scroll" aria-label={title}>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">
              {say(locale, 'Lietas pēc termiņa', 'Cases by deadline')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Numurs', 'Number')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Pakalpojums', 'Service')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Iesniedzējs', 'Applicant')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Statuss', 'Status')}
                </th>
                <th scope="col" class="govuk-table__header" aria-sort="ascending">
                  {say(locale, 'Termiņš', 'Due')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Izpildītājs', 'Assignee')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Pārsūtīšana', 'Forwarding')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {rows.map((r) => (
                <tr class="govuk-table__row" key={r.id}>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={caseHref(locale, r.id)}>
                      {r.registrationNumber}
                    </a>
                  </td>
                  <td class="govuk-table__cell">{pick(r.serviceName, locale)}</td>
                  <td class="govuk-table__cell">{r.applicantLabel ?? '—'}</td>
                  <td class="govuk-table__cell">
                    <StatusTag locale={locale} status={r.status} />
                  </td>
                  <td class="govuk-table__cell">
                    <DueDate locale={locale} dueOn={r.dueOn} state={r.dueState} />
                  </td>
                  <td class="govuk-table__cell">{r.assigneeName ?? say(locale, 'nav', 'none')}</td>
                  <td class="govuk-table__cell">
                    {r.forwardingWorkingDays === null ? (
                      ''
                    ) : (
                      <ForwardingDays locale={locale} days={r.forwardingWorkingDays} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <nav class="govuk-pagination pietura-no-print" aria-label={say(locale, 'Lapas', 'Pages')}>
        {props.firstHref && (
          <div class="govuk-pagination__prev">
            <a class="govuk-link govuk-pagination__link" href={props.firstHref}>
              <span class="govuk-pagination__link-title">
                {say(locale, 'Uz sākumu', 'Back to the start')}
              </span>
            </a>
          </div>
        )}
        {props.nextHref && (
          <div class="govuk-pagination__next">
            <a class="govuk-link govuk-pagination__link" href={props.nextHref} rel="next">
              <span class="govuk-pagination__link-title">{say(locale, 'Nākamās lietas', 'Next cases')}</span>
            </a>
          </div>
        )}
      </nav>
    </StaffLayout>
  );
}

/** Working days a forwarding outside competence took, against the 5-day limit. */
export function ForwardingDays(props: { locale: Pick<StaffSiteContext, 'locale'>['locale']; days: number }) {
  const { locale, days } = props;
  const late = days > 5;
  return (
    <span>
      {say(locale, `${days} no 5 darba dienām`, `${days} of 5 working days`)}{' '}
      {late && (
        <strong class="govuk-tag govuk-tag--red">{say(locale, 'pārsniegts', 'over the limit')}</strong>
      )}
    </span>
  );
}

/** A labelled choice of the filter form; `bare` leaves out the form group around it (a piece put into one). */
function SelectGroup(props: {
  id: string;
  text: string;
  items: { value: string; label: string }[];
  empty: string;
  selected: string;
  bare?: boolean;
}) {
  const { id } = props;
  const inner = (
    <>
      <label class="govuk-label govuk-label--s" for={id}>
        {props.text}
      </label>
      <select class="govuk-select pietura-select--full" id={id} name={id}>
        <option value="">{props.empty}</option>
        {props.items.map((i) => (
          <option key={i.value} value={i.value} selected={props.selected === i.value}>
            {i.label}
          </option>
        ))}
      </select>
    </>
  );
  return props.bare ? inner : <div class="govuk-form-group">{inner}</div>;
}
