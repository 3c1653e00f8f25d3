import { formatDate, type Locale } from '../../../platform/i18n';
import { TextInput } from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { PartyView } from '../../parties/service';
import { partiesHref } from '../paths';
import { PartyExportButton } from './case-page';
import { CsrfInput, ErrorSummary, ForeignerInputs, type ShownErrors, say } from './fields';

/**
 * A subject access request (GDPR art. 15) without a case at hand: the person found by their personal code or
 * registration number — or a foreigner without a personal code by the identity document number and the date
 * of birth — and the export of everything stored about them.
 */
export function PartySearchPage(props: {
  site: StaffSiteContext;
  values: FormValues;
  errors: ShownErrors;
  /** Searched: the person found, or null when nobody is known by what was typed. */
  found?: PartyView | null;
  /** Which of the two searches was sent. */
  by?: 'code' | 'document';
}) {
  const { site, values, errors, found, by } = props;
  const { locale } = site;
  const title = say(locale, 'Personas dati', 'Personal data');
  const nobody = (text: string) => (
    <div class="govuk-inset-text" role="status">
      {text}
    </div>
  );
  return (
    <StaffLayout site={site} title={title} current="parties">
      <ErrorSummary locale={locale} errors={errors} />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {say(
          locale,
          'Personas datu pieprasījumam (VDAR 15. pants): atrodiet personu pēc koda — ārzemnieku bez personas koda pēc dokumenta numura un dzimšanas datuma — un lejupielādējiet visu, kas par to glabājas. Katra meklēšana tiek reģistrēta audita žurnālā.',
          'For a subject access request (GDPR article 15): find the person by their code — a foreigner without a personal code by the document number and date of birth — and download everything stored about them. Every search is recorded in the audit trail.',
        )}
      </p>
      <form method="post" action={partiesHref(locale)} novalidate>
        <CsrfInput token={site.csrfToken} />
        <TextInput
          locale={locale}
          id="code"
          label={say(
            locale,
            'Personas kods vai reģistrācijas numurs',
            'Personal code or registration number',
          )}
          bold
          width={20}
          inputmode="numeric"
          values={values}
          errors={errors}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {say(locale, 'Atrast', 'Find')}
        </button>
      </form>
      {found === null &&
        by === 'code' &&
        nobody(say(locale, 'Ar šo kodu nav zināmas personas.', 'Nobody is known by this code.'))}
      <form method="post" action={partiesHref(locale)} novalidate>
        <CsrfInput token={site.csrfToken} />
        <input type="hidden" name="by" value="document" />
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" aria-describedby="foreigner-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              {say(locale, 'Ārzemnieks bez personas koda', 'A foreigner without a personal code')}
            </legend>
            <div class="govuk-hint" id="foreigner-hint">
              {say(
                locale,
                'Abi lauki ir obligāti. Atstarpes un defises dokumenta numurā netiek ņemtas vērā.',
                'Both fields are needed. Spaces and hyphens in the document number are ignored.',
              )}
            </div>
            <ForeignerInputs locale={locale} values={values} errors={errors} />
          </fieldset>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {say(locale, 'Atrast ārzemnieku', 'Find the foreigner')}
        </button>
      </form>
      {found === null &&
        by === 'document' &&
        nobody(
          say(
            locale,
            'Ar šo dokumenta numuru un dzimšanas datumu nav zināmas personas.',
            'Nobody is known by this document number and date of birth.',
          ),
        )}
      {found && <Found locale={locale} csrf={site.csrfToken} party={found} />}
    </StaffLayout>
  );
}

function Found(props: { locale: Locale; csrf: string; party: PartyView }) {
  const { locale, party } = props;
  // A foreigner is named by the date of birth (the document stays unshown, as a code is shown masked).
  const identifier =
    party.kind === 'foreign_person' && party.birthDate
      ? `${say(locale, 'dzimšanas datums', 'born')} ${formatDate(party.birthDate, locale)}`
      : party.identifier;
  return (
    <div role="status">
      <h2 class="govuk-heading-m">
        {party.name} ({identifier})
      </h2>
      <PartyExportButton locale={locale} csrf={props.csrf} party={party} />
    </div>
  );
}
