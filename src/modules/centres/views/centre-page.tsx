import { pick, t } from '../../../platform/i18n';
import { TableScroll } from '../../../platform/web/components/table';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { formatIntervals, normaliseTime } from '../hours';
import { m, serviceCount, weekdayName } from '../messages';
import { type CentreDetails, UPCOMING_DAYS } from '../service';
import {
  dayLabel,
  eveningText,
  fullAddress,
  monthsPhrase,
  occasionalText,
  stateText,
  telHref,
  todayText,
} from './format';

export function CentrePage(props: { site: SiteContext; details: CentreDetails }) {
  const { site, details } = props;
  const { locale } = site;
  const { centre } = details;
  const name = pick(centre.name, locale);
  return (
    <Layout
      site={site}
      title={name}
      crumbs={[{ text: t(locale, 'site.centres'), href: href(locale, 'centres') }]}
    >
      <h1 class="govuk-heading-xl">{name}</h1>
      {centre.isMain && (
        <p class="govuk-body">
          <strong class="govuk-tag">{m(locale, 'list.mainCentre')}</strong>
        </p>
      )}
      <p class="govuk-body-l">
        {todayText(locale, details.today)}
        <span class="govuk-!-display-block govuk-!-font-weight-bold" id="opening-state">
          {stateText(locale, details.state)}
        </span>
      </p>
      <div class="govuk-inset-text">
        <h2 class="govuk-heading-m">{m(locale, 'evening.title')}</h2>
        <p class="govuk-body govuk-!-font-weight-bold">{eveningText(locale, details.nextEvening)}</p>
        <p class="govuk-body" id="evening-rule">
          {eveningRuleText(locale, details)}
        </p>
      </div>

      <h2 class="govuk-heading-l">{m(locale, 'contacts.title')}</h2>
      <Contacts details={details} locale={locale} />

      <h2 class="govuk-heading-l">{m(locale, 'hours.title')}</h2>
      <HoursTable details={details} locale={locale} />
      <Exceptions details={details} locale={locale} />

      <h2 class="govuk-heading-l">{m(locale, 'services.title')}</h2>
      <Services details={details} locale={locale} />
    </Layout>
  );
}

type Part = { details: CentreDetails; locale: SiteContext['locale'] };

/** R14 as it really is: the sentence is only claimed when every month of the next twelve meets it. */
function eveningRuleText(locale: Part['locale'], details: CentreDetails): string {
  const short = details.eveningRule.filter((r) => !r.ok);
  return short.length === 0
    ? m(locale, 'evening.ruleMet')
    : m(locale, 'evening.ruleNotMet', { months: monthsPhrase(locale, short) });
}

/** Dated changes and the public holidays that close the centre, by day. */
function upcomingRows(details: CentreDetails, locale: Part['locale']) {
  const rows = [
    ...details.upcoming.map((e) => ({
      key: `e${e.id}`,
      day: e.day,
      hours: exceptionHours(locale, e),
      note: pick(e.note, locale),
    })),
    ...details.holidays.map((h) => ({
      key: `h${h.day}`,
      day: h.day,
      hours: m(locale, 'hours.closed'),
      note: m(locale, 'holiday.note', { holiday: h.name[locale] }),
    })),
  ];
  return rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

function Contacts({ details: { centre }, locale }: Part) {
  return (
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{m(locale, 'field.address')}</dt>
        <dd class="govuk-summary-list__value">{fullAddress(centre)}</dd>
      </div>
      {centre.phone && (
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{m(locale, 'field.phone')}</dt>
          <dd class="govuk-summary-list__value">
            <a class="govuk-link" href={telHref(centre.phone)}>
              {centre.phone}
            </a>
          </dd>
        </div>
      )}
      {centre.email && (
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{m(locale, 'field.email')}</dt>
          <dd class="govuk-summary-list__value">
            <a class="govuk-link" href={`mailto:${centre.email}`}>
              {centre.email}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}

function HoursTable({ details, locale }: Part) {
  return (
    <TableScroll label={m(locale, 'hours.caption')}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">{m(locale, 'hours.caption')}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {m(locale, 'hours.day')}
            </th>
            <th scope="col" class="govuk-table__header">
              {m(locale, 'hours.hours')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {details.weekly.map((d) => (
            <tr class="govuk-table__row" key={d.weekday}>
              <th scope="row" class="govuk-table__header">
                {weekdayName(locale, d.weekday)}
              </th>
              <td class="govuk-table__cell">
                {d.regular.length > 0
                  ? formatIntervals(d.regular)
                  : d.occasional.length === 0 && m(locale, 'hours.closed')}
                {d.occasional.map((o) => (
                  <span
                    class="govuk-body-s govuk-!-display-block govuk-!-margin-0"
                    key={o.weeksOfMonth.join(',')}
                  >
                    {occasionalText(locale, d.weekday, o)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Exceptions({ details, locale }: Part) {
  const days = UPCOMING_DAYS;
  return (
    <>
      <h3 class="govuk-heading-m">{m(locale, 'exceptions.title')}</h3>
      {upcomingRows(details, locale).length === 0 ? (
        <p class="govuk-body">{m(locale, 'exceptions.none', { days })}</p>
      ) : (
        <TableScroll label={m(locale, 'exceptions.caption', { days })}>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">
              {m(locale, 'exceptions.caption', { days })}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {m(locale, 'exceptions.date')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {m(locale, 'exceptions.hours')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {m(locale, 'exceptions.note')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {upcomingRows(details, locale).map((e) => (
                <tr class="govuk-table__row" key={e.key}>
                  <th scope="row" class="govuk-table__header">
                    <time dateTime={e.day}>{dayLabel(locale, e.day)}</time>
                  </th>
                  <td class="govuk-table__cell">{e.hours}</td>
                  <td class="govuk-table__cell">{e.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

function exceptionHours(locale: Part['locale'], e: CentreDetails['upcoming'][number]): string {
  if (e.closed) return m(locale, 'hours.closed');
  return e.opens && e.closes
    ? formatIntervals([{ opens: normaliseTime(e.opens), closes: normaliseTime(e.closes) }])
    : '';
}

function Services({ details, locale }: Part) {
  const catalogueHref = `${href(locale, 'services')}?centre=${encodeURIComponent(details.centre.code)}`;
  return (
    <>
      <p class="govuk-body">{serviceCount(locale, details.services.length)}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={catalogueHref}>
          {m(locale, 'services.filtered')}
        </a>
      </p>
      {details.services.length > 0 && (
        <ul class="govuk-list govuk-list--bullet">
          {details.services.map((s) => (
            <li key={s.code}>
              <a class="govuk-link" href={href(locale, 'services', s.code)}>
                {pick(s.version.name, locale)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
