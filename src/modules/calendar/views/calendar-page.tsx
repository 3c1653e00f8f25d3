import type { YearCalendar } from '../../../platform/calendar';
import { formatDate, type Locale } from '../../../platform/i18n';
import {
  ActionButton,
  CsrfInput,
  DateInput,
  ErrorSummary,
  Radios,
  type ShownErrors,
  SuccessBanner,
  Textarea,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { calendarHref, deleteMovedDayHref } from '../paths';
import { MAX_YEAR, MIN_YEAR } from '../schema';

const weekdayFormat = {
  lv: new Intl.DateTimeFormat('lv-LV', { weekday: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
};

/** „17.01.2026.” in Latvian (with the final dot), „17 January 2026” in English. */
function shortDate(day: string, locale: Locale): string {
  if (locale === 'en') return formatDate(day, locale);
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}.`;
}

/** „sestdiena, 17.01.2026.” — the weekday matters when a day is moved. */
function dayWithWeekday(day: string, locale: Locale): string {
  const weekday = weekdayFormat[locale].format(new Date(`${day}T00:00:00Z`));
  return `${locale === 'lv' ? weekday.toLocaleLowerCase('lv') : weekday}, ${shortDate(day, locale)}`;
}

function YearNavigation(props: { locale: Locale; year: number }) {
  const { locale, year } = props;
  return (
    <nav aria-label={text(locale, 'yearNav')} class="govuk-!-margin-bottom-6">
      <ul class="govuk-list">
        {year > MIN_YEAR && (
          <li>
            <a class="govuk-link" href={calendarHref(locale, { year: year - 1 })}>
              {text(locale, 'previousYear', { year: year - 1 })}
            </a>
          </li>
        )}
        {year < MAX_YEAR && (
          <li>
            <a class="govuk-link" href={calendarHref(locale, { year: year + 1 })}>
              {text(locale, 'nextYear', { year: year + 1 })}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function MovedDaysTable(props: { locale: Locale; csrf: string; calendar: YearCalendar }) {
  const { locale, calendar } = props;
  if (calendar.moved.length === 0) return <p class="govuk-body">{text(locale, 'movedNone')}</p>;
  return (
    <div class="pietura-table-scroll">
      <table class="govuk-table" id="moved-days">
        <caption class="govuk-table__caption govuk-visually-hidden">
          {text(locale, 'movedTitle', { year: calendar.year })}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {text(locale, 'date')}
            </th>
            <th scope="col" class="govuk-table__header">
              {text(locale, 'kind')}
            </th>
            <th scope="col" class="govuk-table__header">
              {text(locale, 'reason')}
            </th>
            <th scope="col" class="govuk-table__header">
              <span class="govuk-visually-hidden">{text(locale, 'delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {calendar.moved.map((m) => (
            <tr class="govuk-table__row" key={m.id}>
              <td class="govuk-table__cell">{dayWithWeekday(m.day, locale)}</td>
              <td class="govuk-table__cell">{text(locale, m.working ? 'working' : 'off')}</td>
              <td class="govuk-table__cell">{m.reason}</td>
              <td class="govuk-table__cell">
                <ActionButton
                  action={deleteMovedDayHref(locale, m.id)}
                  csrfToken={props.csrf}
                  label={text(locale, 'deleteDay', { date: shortDate(m.day, locale) })}
                  secondary
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HolidaysTable(props: { locale: Locale; calendar: YearCalendar }) {
  const { locale, calendar } = props;
  return (
    <div class="pietura-table-scroll">
      <table class="govuk-table" id="holidays">
        <caption class="govuk-table__caption govuk-visually-hidden">
          {text(locale, 'holidaysTitle', { year: calendar.year })}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {text(locale, 'date')}
            </th>
            <th scope="col" class="govuk-table__header">
              {text(locale, 'holiday')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {calendar.holidays.map((h) => (
            <tr class="govuk-table__row" key={h.day}>
              <td class="govuk-table__cell">{dayWithWeekday(h.day, locale)}</td>
              <td class="govuk-table__cell">{h.name[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CalendarPage(props: {
  site: StaffSiteContext;
  calendar: YearCalendar;
  form: { values: FormValues; errors: ShownErrors };
  done?: string;
}) {
  const { site, calendar, form } = props;
  const { locale } = site;
  const common = { locale, values: form.values, errors: form.errors };
  return (
    <StaffLayout site={site} title={`${text(locale, 'title')} ${calendar.year}`} current="calendar">
      <SuccessBanner locale={locale} message={props.done} />
      <ErrorSummary locale={locale} errors={form.errors} />
      <h1 class="govuk-heading-l">
        {text(locale, 'title')} <span class="govuk-caption-l">{calendar.year}</span>
      </h1>
      <p class="govuk-body">{text(locale, 'intro')}</p>
      <YearNavigation locale={locale} year={calendar.year} />

      <section aria-labelledby="moved-heading">
        <h2 class="govuk-heading-m" id="moved-heading">
          {text(locale, 'movedTitle', { year: calendar.year })}
        </h2>
        <MovedDaysTable locale={locale} csrf={site.csrfToken} calendar={calendar} />
      </section>

      <section aria-labelledby="add-heading" class="govuk-!-margin-top-6">
        <h2 class="govuk-heading-m" id="add-heading">
          {text(locale, 'addTitle')}
        </h2>
        <form method="post" action={calendarHref(locale)} novalidate>
          <CsrfInput token={site.csrfToken} />
          <DateInput {...common} id="day" legend={text(locale, 'date')} hint={text(locale, 'dateHint')} />
          <Radios
            {...common}
            id="kind"
            legend={text(locale, 'kind')}
            items={[
              { value: 'working', label: `${text(locale, 'working')} — ${text(locale, 'workingHint')}` },
              { value: 'off', label: `${text(locale, 'off')} — ${text(locale, 'offHint')}` },
            ]}
          />
          <Textarea
            {...common}
            id="reason"
            label={text(locale, 'reason')}
            hint={text(locale, 'reasonHint')}
            bold
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            {text(locale, 'add')}
          </button>
        </form>
      </section>

      <section aria-labelledby="holidays-heading" class="govuk-!-margin-top-6">
        <h2 class="govuk-heading-m" id="holidays-heading">
          {text(locale, 'holidaysTitle', { year: calendar.year })}
        </h2>
        <p class="govuk-hint">{text(locale, 'holidaysHint')}</p>
        <HolidaysTable locale={locale} calendar={calendar} />
      </section>
    </StaffLayout>
  );
}
