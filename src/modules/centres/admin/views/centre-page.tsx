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
import { WarningText } from '../../../../platform/web/components/inset-text';
import { TableScroll } from '../../../../platform/web/components/table';
import type { FormValues } from '../../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../../platform/web/staff-layout';
import type { ServiceStandard } from '../../../catalogue/service';
import { standardHref } from '../../../standards/paths';
import type { ExceptionRow, HoursRow, MonthRef } from '../../service';
import { type TextKey, text } from '../messages';
import { centreAdminHref, centresAdminHref, deleteExceptionHref, exceptionsHref, hoursHref } from '../paths';
import type { EveningWarning } from '../service';
import type { CentreRow } from '../store';
import { EveningWarnings, monthsPhrase } from './evening-warnings';

export interface Form {
  values: FormValues;
  errors: ShownErrors;
  /** Months the evening rule would fail in after the change: the form asks before saving. */
  confirm?: MonthRef[];
}

export interface CentreForms {
  details: Form;
  hours: Form & { rows: number };
  exception: Form;
  /** A deletion that would break the evening rule, waiting for confirmation. */
  deletion?: { id: number; months: MonthRef[] };
}

/** The consequence of a change for the evening rule, shown before anything is saved. */
function EveningConsequence(props: { locale: Locale; centre: string; months: MonthRef[]; id: string }) {
  const { locale } = props;
  return (
    <div class="govuk-inset-text" id={props.id}>
      <WarningText locale={locale}>
        {text(locale, 'evening.consequence', {
          centre: props.centre,
          months: monthsPhrase(locale, props.months),
        })}
      </WarningText>
      <p class="govuk-body">{text(locale, 'evening.confirmHint')}</p>
    </div>
  );
}

/** The submit button, or "save anyway" when the evening rule's consequence is being shown. */
function SubmitOrConfirm(props: { locale: Locale; confirm?: MonthRef[]; label: string; anyway: TextKey }) {
  return props.confirm && props.confirm.length > 0 ? (
    <button
      type="submit"
      name="confirm"
      value="yes"
      class="govuk-button govuk-button--warning"
      data-module="govuk-button"
    >
      {text(props.locale, props.anyway)}
    </button>
  ) : (
    <button type="submit" class="govuk-button" data-module="govuk-button">
      {props.label}
    </button>
  );
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

function HoursForm(props: {
  locale: Locale;
  code: string;
  centre: string;
  csrf: string;
  form: CentreForms['hours'];
}) {
  const { locale, form } = props;
  const common = { locale, values: form.values, errors: form.errors };
  return (
    <form method="post" action={hoursHref(locale, props.code)} novalidate>
      <CsrfInput token={props.csrf} />
      {form.confirm && form.confirm.length > 0 && (
        <EveningConsequence locale={locale} centre={props.centre} months={form.confirm} id="hours-evening" />
      )}
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
        {form.confirm && form.confirm.length > 0 ? (
          <>
            <input type="hidden" name="action" value="save" />
            <SubmitOrConfirm
              locale={locale}
              confirm={form.confirm}
              label={text(locale, 'hours.save')}
              anyway="evening.saveAnyway"
            />
          </>
        ) : (
          <button type="submit" name="action" value="save" class="govuk-button" data-module="govuk-button">
            {text(locale, 'hours.save')}
          </button>
        )}
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
    <TableScroll label={text(locale, 'hours.title')}>
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
    </TableScroll>
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
    <TableScroll label={text(locale, 'exceptions.title')}>
      <table class="govuk-table" id="exceptions">
        <caption class="govuk-table__caption govuk-visually-hidden">
          {text(locale, 'exceptions.title')}
        </caption>
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
    </TableScroll>
  );
}

function ExceptionForm(props: { locale: Locale; code: string; centre: string; csrf: string; form: Form }) {
  const { locale, form } = props;
  const common = { locale, values: form.values, errors: form.errors };
  return (
    <form method="post" action={exceptionsHref(locale, props.code)} novalidate>
      <CsrfInput token={props.csrf} />
      <h3 class="govuk-heading-s">{text(locale, 'exceptions.add')}</h3>
      {form.confirm && form.confirm.length > 0 && (
        <EveningConsequence
          locale={locale}
          centre={props.centre}
          months={form.confirm}
          id="exception-evening"
        />
      )}
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
      <SubmitOrConfirm
        locale={locale}
        confirm={form.confirm}
        label={text(locale, 'exceptions.save')}
        anyway="evening.addAnyway"
      />
    </form>
  );
}

function DeletionConfirm(props: {
  locale: Locale;
  code: string;
  centre: string;
  csrf: string;
  deletion: { id: number; months: MonthRef[] };
  exceptions: ExceptionRow[];
}) {
  const { locale, deletion } = props;
  const row = props.exceptions.find((e) => e.id === deletion.id);
  const date = row ? formatDate(row.day, locale) : '';
  return (
    <form method="post" action={deleteExceptionHref(locale, props.code, deletion.id)} id="delete-confirm">
      <CsrfInput token={props.csrf} />
      <h3 class="govuk-heading-s">{text(locale, 'evening.deleteTitle', { date })}</h3>
      <EveningConsequence
        locale={locale}
        centre={props.centre}
        months={deletion.months}
        id="delete-evening"
      />
      <div class="govuk-button-group">
        <SubmitOrConfirm locale={locale} confirm={deletion.months} label="" anyway="evening.deleteAnyway" />
        <a class="govuk-link" href={`${centreAdminHref(locale, props.code)}#exceptions`}>
          {text(locale, 'evening.cancel')}
        </a>
      </div>
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
          <HoursForm locale={locale} code={centre.code} centre={name} csrf={csrf} form={forms.hours} />
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
        {mayEdit && forms.deletion && (
          <DeletionConfirm
            locale={locale}
            code={centre.code}
            centre={name}
            csrf={csrf}
            deletion={forms.deletion}
            exceptions={props.exceptions}
          />
        )}
        {mayEdit && (
          <ExceptionForm
            locale={locale}
            code={centre.code}
            centre={name}
            csrf={csrf}
            form={forms.exception}
          />
        )}
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
