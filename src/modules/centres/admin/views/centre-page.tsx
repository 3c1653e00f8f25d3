import type { ComponentChildren } from 'preact';
import { formatDate, type Locale, pick } from '../../../../platform/i18n';
import {
  ActionButton,
  BilingualField,
  CsrfInput,
  DateInput,
  ErrorSummary,
  Radios,
  Select,
  type ShownErrors,
  SuccessBanner,
  TextInput,
} from '../../../../platform/web/components/form';
import type { FormValues } from '../../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../../platform/web/staff-layout';
import type { ServiceStandard } from '../../../catalogue/service';
import { standardHref } from '../../../standards/paths';
import type { ExceptionRow, HoursRow } from '../../service';
import { type TextKey, text } from '../messages';
import { centreAdminHref, centresAdminHref, deleteExceptionHref, exceptionsHref, hoursHref } from '../paths';
import type { EveningWarning } from '../service';
import type { CentreRow } from '../store';
import { EveningWarnings } from './evening-warnings';

export interface Form {
  values: FormValues;
  errors: ShownErrors;
}

export interface CentreForms {
  details: Form;
  hours: Form & { rows: number };
  exception: Form;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function weekdayName(locale: Locale, weekday: number): string {
  return text(locale, `weekday.${weekday}` as TextKey);
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${props.id}-heading`} class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id={`${props.id}-heading`}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

function HoursForm(props: { locale: Locale; code: string; csrf: string; form: CentreForms['hours'] }) {
  const { locale, form } = props;
  const common = { locale, values: form.values, errors: form.errors };
  return (
    <form method="post" action={hoursHref(locale, props.code)} novalidate>
      <CsrfInput token={props.csrf} />
      <p class="govuk-hint">{text(locale, 'hours.hint')}</p>
      {Array.from({ length: form.rows }, (_, i) => (
        <fieldset class="govuk-fieldset" key={`h-${i}`}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {text(locale, 'hours.row', { n: i + 1 })}
          </legend>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-quarter">
              <Select
                {...common}
                id={`h-${i}-weekday`}
                label={text(locale, 'hours.weekday')}
                emptyLabel="—"
                options={WEEKDAYS.map((d) => ({ value: String(d), label: weekdayName(locale, d) }))}
              />
            </div>
            <div class="govuk-grid-column-one-quarter">
              <TextInput {...common} id={`h-${i}-opens`} label={text(locale, 'hours.opens')} width={5} />
            </div>
            <div class="govuk-grid-column-one-quarter">
              <TextInput {...common} id={`h-${i}-closes`} label={text(locale, 'hours.closes')} width={5} />
            </div>
            <div class="govuk-grid-column-one-quarter">
              <TextInput
                {...common}
                id={`h-${i}-weeks`}
                label={text(locale, 'hours.weeks')}
                hint={text(locale, 'hours.weeksHint')}
                width={5}
              />
            </div>
          </div>
        </fieldset>
      ))}
      <input type="hidden" name="hRows" value={String(form.rows)} />
      <div class="govuk-button-group">
        <button type="submit" name="action" value="save" class="govuk-button" data-module="govuk-button">
          {text(locale, 'hours.save')}
        </button>
        <button type="submit" name="action" value="add-row" class="govuk-button govuk-button--secondary">
          {text(locale, 'hours.add')}
        </button>
      </div>
    </form>
  );
}

function HoursTable(props: { locale: Locale; hours: HoursRow[] }) {
  const { locale } = props;
  return (
    <table class="govuk-table" id="hours">
      <caption class="govuk-table__caption govuk-visually-hidden">{text(locale, 'hours.title')}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {(['hours.weekday', 'hours.opens', 'hours.closes', 'hours.weeks'] as const).map((k) => (
            <th scope="col" class="govuk-table__header" key={k}>
              {text(locale, k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {props.hours.map((h) => (
          <tr class="govuk-table__row" key={h.id}>
            <td class="govuk-table__cell">{weekdayName(locale, h.weekday)}</td>
            <td class="govuk-table__cell">{h.opens}</td>
            <td class="govuk-table__cell">{h.closes}</td>
            <td class="govuk-table__cell">{h.weeksOfMonth?.join(', ') ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExceptionsTable(props: {
  locale: Locale;
  code: string;
  csrf: string;
  exceptions: ExceptionRow[];
  mayEdit: boolean;
}) {
  const { locale } = props;
  if (props.exceptions.length === 0) return <p class="govuk-body">{text(locale, 'exceptions.none')}</p>;
  return (
    <table class="govuk-table" id="exceptions">
      <caption class="govuk-table__caption govuk-visually-hidden">{text(locale, 'exceptions.title')}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {(['exceptions.day', 'exceptions.hours', 'exceptions.note'] as const).map((k) => (
            <th scope="col" class="govuk-table__header" key={k}>
              {text(locale, k)}
            </th>
          ))}
          {props.mayEdit && (
            <th scope="col" class="govuk-table__header">
              <span class="govuk-visually-hidden">{text(locale, 'exceptions.delete')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {props.exceptions.map((e) => (
          <tr class="govuk-table__row" key={e.id}>
            <td class="govuk-table__cell">{formatDate(e.day, locale)}</td>
            <td class="govuk-table__cell">
              {e.closed ? text(locale, 'exceptions.closed') : `${e.opens ?? ''}–${e.closes ?? ''}`}
            </td>
            <td class="govuk-table__cell">{pick(e.note, locale)}</td>
            {props.mayEdit && (
              <td class="govuk-table__cell">
                <ActionButton
                  action={deleteExceptionHref(locale, props.code, e.id)}
                  csrfToken={props.csrf}
                  label={`${text(locale, 'exceptions.delete')} ${formatDate(e.day, locale)}`}
                  secondary
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExceptionForm(props: { locale: Locale; code: string; csrf: string; form: Form }) {
  const { locale, form } = props;
  const common = { locale, values: form.values, errors: form.errors };
  return (
    <form method="post" action={exceptionsHref(locale, props.code)} novalidate>
      <CsrfInput token={props.csrf} />
      <h3 class="govuk-heading-s">{text(locale, 'exceptions.add')}</h3>
      <DateInput {...common} id="day" legend={text(locale, 'exceptions.day')} />
      <Radios
        {...common}
        id="closed"
        legend={text(locale, 'exceptions.kind')}
        items={[
          { value: 'closed', label: text(locale, 'exceptions.kindClosed') },
          { value: 'hours', label: text(locale, 'exceptions.kindHours') },
        ]}
      />
      <TextInput {...common} id="opens" label={text(locale, 'hours.opens')} width={5} />
      <TextInput {...common} id="closes" label={text(locale, 'hours.closes')} width={5} />
      <BilingualField {...common} id="note" legend={text(locale, 'exceptions.note')} />
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {text(locale, 'exceptions.save')}
      </button>
    </form>
  );
}

export function CentreAdminPage(props: {
  site: StaffSiteContext;
  centre: CentreRow;
  hours: HoursRow[];
  exceptions: ExceptionRow[];
  services: ServiceStandard[];
  warning: EveningWarning | undefined;
  mayEdit: boolean;
  forms: CentreForms;
  done?: string;
}) {
  const { site, centre, forms, mayEdit } = props;
  const { locale } = site;
  const name = pick(centre.name, locale);
  const csrf = site.csrfToken;
  const errors = new Map([...forms.details.errors, ...forms.hours.errors, ...forms.exception.errors]);
  const detailsCommon = { locale, values: forms.details.values, errors: forms.details.errors };
  return (
    <StaffLayout
      site={site}
      title={name}
      current="centres"
      crumbs={[{ text: text(locale, 'list.title'), href: centresAdminHref(locale) }]}
    >
      <SuccessBanner locale={locale} message={props.done} />
      <ErrorSummary locale={locale} errors={errors} />
      <h1 class="govuk-heading-l">{name}</h1>
      {props.warning && <EveningWarnings locale={locale} warnings={[props.warning]} />}
      {!mayEdit && <p class="govuk-inset-text">{text(locale, 'readOnly')}</p>}

      <Section id="details" title={text(locale, 'details.title')}>
        {mayEdit ? (
          <form method="post" action={centreAdminHref(locale, centre.code)} novalidate>
            <CsrfInput token={csrf} />
            <BilingualField {...detailsCommon} id="name" legend={text(locale, 'details.name')} />
            <TextInput {...detailsCommon} id="address" label={text(locale, 'details.address')} bold />
            <TextInput
              {...detailsCommon}
              id="postalCode"
              label={text(locale, 'details.postalCode')}
              width={10}
              bold
            />
            <TextInput
              {...detailsCommon}
              id="phone"
              type="tel"
              label={text(locale, 'details.phone')}
              width={20}
              bold
            />
            <TextInput
              {...detailsCommon}
              id="email"
              type="email"
              label={text(locale, 'details.email')}
              width={30}
              bold
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {text(locale, 'details.save')}
            </button>
          </form>
        ) : (
          <p class="govuk-body">
            {centre.address}
            {centre.phone && `, ${centre.phone}`}
            {centre.email && `, ${centre.email}`}
          </p>
        )}
      </Section>

      <Section id="hours" title={text(locale, 'hours.title')}>
        {mayEdit ? (
          <HoursForm locale={locale} code={centre.code} csrf={csrf} form={forms.hours} />
        ) : (
          <HoursTable locale={locale} hours={props.hours} />
        )}
      </Section>

      <Section id="exceptions" title={text(locale, 'exceptions.title')}>
        <p class="govuk-body">{text(locale, 'exceptions.intro')}</p>
        <ExceptionsTable
          locale={locale}
          code={centre.code}
          csrf={csrf}
          exceptions={props.exceptions}
          mayEdit={mayEdit}
        />
        {mayEdit && <ExceptionForm locale={locale} code={centre.code} csrf={csrf} form={forms.exception} />}
      </Section>

      <Section id="services" title={text(locale, 'services.title')}>
        <p class="govuk-hint">{text(locale, 'services.hint')}</p>
        {props.services.length === 0 ? (
          <p class="govuk-body">{text(locale, 'services.none')}</p>
        ) : (
          <ul class="govuk-list" id="centre-services">
            {props.services.map((s) => (
              <li key={s.code}>
                <a class="govuk-link" href={standardHref(locale, s.code)}>
                  {pick(s.version.name, locale)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </StaffLayout>
  );
}
