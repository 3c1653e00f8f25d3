import type { Locale } from '../../../platform/i18n';
import { TextInput } from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { PartyView } from '../../parties/service';
import { partiesHref } from '../paths';
import { PartyExportButton } from './case-page';
import { CsrfInput, ErrorSummary, type ShownErrors, say } from './fields';

/**
 * A subject access request (GDPR art. 15) without a case at hand: the person found by their personal code or
 * registration number, and the export of everything stored about them.
 */
export function PartySearchPage(props: {
  site: StaffSiteContext;
  values: FormValues;
  errors: ShownErrors;
  /** Searched: the person found, or null when nobody has that code. */
  found?: PartyView | null;
}) {
  const { site, values, errors, found } = props;
  const { locale } = site;
  const title = say(locale, 'Personas dati', 'Personal data');
  return (
    <StaffLayout site={site} title={title} current="parties">
      <ErrorSummary locale={locale} errors={errors} />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {say(
          locale,
          'Personas datu pieprasījumam (VDAR 15. pants): atrodiet personu pēc koda un lejupielādējiet visu, kas par to glabājas. Katra meklēšana tiek reģistrēta audita žurnālā.',
          'For a subject access request (GDPR article 15): find the person by their code and download everything stored about them. Every search is recorded in the audit trail.',
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
          width={20}
          inputmode="numeric"
          values={values}
          errors={errors}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {say(locale, 'Atrast', 'Find')}
        </button>
      </form>
      {found === null && (
        <div class="govuk-inset-text" role="status">
          {say(locale, 'Ar šo kodu nav zināmas personas.', 'Nobody is known by this code.')}
        </div>
      )}
      {found && <Found locale={locale} csrf={site.csrfToken} party={found} />}
    </StaffLayout>
  );
}

function Found(props: { locale: Locale; csrf: string; party: PartyView }) {
  const { locale, party } = props;
  return (
    <div role="status">
      <h2 class="govuk-heading-m">
        {party.name} ({party.identifier})
      </h2>
      <PartyExportButton locale={locale} csrf={props.csrf} party={party} />
    </div>
  );
}
