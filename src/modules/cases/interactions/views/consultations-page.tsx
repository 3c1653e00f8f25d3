import type { Bilingual } from '../../../../db/schema';
import { pick } from '../../../../platform/i18n';
import type { FormValues } from '../../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../../platform/web/staff-layout';
import { fieldLabel } from '../../messages';
import { consultationsHref } from '../../paths';
import {
  CsrfInput,
  ErrorSummary,
  ForeignerInputs,
  Radios,
  SelectField,
  type ShownErrors,
  SuccessBanner,
  say,
  TextInput,
} from '../../views/fields';
import type { InteractionRow } from '../service';

export const CHANNELS = {
  visit: { lv: 'Apmeklējums', en: 'Visit' },
  phone: { lv: 'Tālrunis', en: 'Phone' },
  email: { lv: 'E-pasts', en: 'Email' },
  video: { lv: 'Videozvans', en: 'Video call' },
} as const;

export function ConsultationsPage(props: {
  site: StaffSiteContext;
  mayRecord: boolean;
  services: { id: number; name: Bilingual }[];
  centres: { code: string; name: Bilingual }[];
  rows: InteractionRow[];
  values: FormValues;
  errors: ShownErrors;
  done?: boolean;
}) {
  const { site, values, errors } = props;
  const { locale } = site;
  const title = say(locale, 'Konsultācijas', 'Consultations');
  return (
    <StaffLayout site={site} title={title} current="consultations">
      <ErrorSummary locale={locale} errors={errors} />
      <SuccessBanner
        locale={locale}
        message={props.done ? say(locale, 'Konsultācija reģistrēta', 'Consultation recorded') : undefined}
      />
      <h1 class="govuk-heading-l">{title}</h1>
      {props.mayRecord && (
        <form method="post" action={consultationsHref(locale)} novalidate>
          <CsrfInput token={site.csrfToken} />
          <h2 class="govuk-heading-m">{say(locale, 'Reģistrēt konsultāciju', 'Record a consultation')}</h2>
          <SelectField
            locale={locale}
            id="service"
            label={say(locale, 'Pakalpojums, par kuru jautāja', 'Service asked about')}
            emptyLabel={say(locale, '— cits temats —', '— another topic —')}
            values={values}
            errors={errors}
            items={props.services.map((s) => ({ value: String(s.id), label: pick(s.name, locale) }))}
          />
          <TextInput
            locale={locale}
            id="topic"
            label={say(locale, 'Temats (ja nav pakalpojuma)', 'Topic (if not a service)')}
            width={30}
            values={values}
            errors={errors}
          />
          <Radios
            locale={locale}
            name="channel"
            legend={say(locale, 'Saziņas veids', 'Channel')}
            inline
            small
            values={values}
            errors={errors}
            items={Object.entries(CHANNELS).map(([value, l]) => ({ value, label: l[locale] }))}
          />
          <TextInput
            locale={locale}
            id="minutes"
            label={say(locale, 'Ilgums, minūtes', 'Duration, minutes')}
            width={3}
            inputmode="numeric"
            values={values}
            errors={errors}
          />
          <SelectField
            locale={locale}
            id="centre"
            label={say(locale, 'Centrs', 'Centre')}
            values={values}
            errors={errors}
            items={props.centres.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
          />
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset" aria-describedby="party-hint">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                {say(locale, 'Persona (nav obligāti)', 'The person (optional)')}
              </legend>
              <div class="govuk-hint" id="party-hint">
                {say(
                  locale,
                  'Lai konsultāciju sasaistītu ar zināmu personu: personas kods vai — ārzemniekam bez personas koda — dokumenta numurs un dzimšanas datums. Nezināma persona netiek izveidota.',
                  'To link the consultation to a known person: the personal code or — for a foreigner without a personal code — the document number and date of birth. An unknown person is not created.',
                )}
              </div>
              <TextInput
                locale={locale}
                id="partyCode"
                label={fieldLabel(locale, 'partyCode')}
                width={20}
                inputmode="numeric"
                values={values}
                errors={errors}
              />
              <ForeignerInputs locale={locale} values={values} errors={errors} />
            </fieldset>
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button">
            {say(locale, 'Reģistrēt', 'Record')}
          </button>
        </form>
      )}
      <h2 class="govuk-heading-m">{say(locale, 'Pēdējās konsultācijas', 'Latest consultations')}</h2>
      {props.rows.length === 0 ? (
        <p class="govuk-body">{say(locale, 'Vēl nav neviena ieraksta.', 'Nothing recorded yet.')}</p>
      ) : (
        <section
          class="pietura-table-scroll"
          aria-label={say(locale, 'Pēdējās konsultācijas', 'Latest consultations')}
        >
          <table class="govuk-table">
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Laiks', 'Time')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Temats', 'Subject')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Veids', 'Channel')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Minūtes', 'Minutes')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {say(locale, 'Centrs', 'Centre')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {props.rows.map((r) => (
                <tr class="govuk-table__row" key={r.id}>
                  <td class="govuk-table__cell">
                    {new Intl.DateTimeFormat(locale === 'lv' ? 'lv-LV' : 'en-GB', {
                      dateStyle: 'short',
                      timeStyle: 'short',
                      timeZone: 'Europe/Riga',
                    }).format(r.at)}
                  </td>
                  <td class="govuk-table__cell">{r.serviceCode ?? r.topic}</td>
                  <td class="govuk-table__cell">{CHANNELS[r.channel][locale]}</td>
                  <td class="govuk-table__cell">{r.minutes}</td>
                  <td class="govuk-table__cell">{pick(r.centreName, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </StaffLayout>
  );
}
