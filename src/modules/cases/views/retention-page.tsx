import { staffHref } from '../../../platform/auth/paths';
import { pick } from '../../../platform/i18n';
import { TextInput } from '../../../platform/web/components/form';
import { SuccessBanner } from '../../../platform/web/components/notification-banner';
import { Table } from '../../../platform/web/components/table';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { RetentionSettings } from '../retention-settings';
import { CsrfInput, ErrorSummary, SelectField, type ShownErrors, say } from './fields';

/** How long the personal data of closed cases is kept: the municipality's default, and services' own periods. */
export function RetentionPage(props: {
  site: StaffSiteContext;
  settings: RetentionSettings;
  values: FormValues;
  errors: ShownErrors;
  saved?: boolean;
}) {
  const { site, settings, values, errors } = props;
  const { locale } = site;
  const action = staffHref(locale, 'retention');
  const title = say(locale, 'Lietu glabāšanas termiņi', 'How long cases are kept');
  const years = say(locale, 'Gadi', 'Years');
  return (
    <StaffLayout site={site} title={title} current="retention">
      <ErrorSummary locale={locale} errors={errors} />
      <SuccessBanner
        locale={locale}
        message={props.saved ? say(locale, 'Saglabāts.', 'Saved.') : undefined}
      />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {say(
          locale,
          'Pēc šī laika no slēgtas lietas dzēš personas datus un dokumentus (statistikai paliek lietas dati bez personas). Termiņu skaita no lietas slēgšanas dienas; izmaiņas attiecas uz lietām, ko slēdz pēc tam.',
          'After this time the personal data and documents of a closed case are removed (what statistics need stays, without the person). The time counts from the day the case is closed; a change applies to cases closed from then on.',
        )}
      </p>
      <form method="post" action={action} novalidate>
        <CsrfInput token={site.csrfToken} />
        <input type="hidden" name="action" value="default" />
        <TextInput
          locale={locale}
          id="defaultYears"
          label={say(locale, 'Parastais termiņš, gadi', 'Usual period, in years')}
          width={3}
          inputmode="numeric"
          values={{ defaultYears: String(settings.defaultYears), ...values }}
          errors={errors}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {say(locale, 'Saglabāt', 'Save')}
        </button>
      </form>

      <h2 class="govuk-heading-m">
        {say(locale, 'Pakalpojumi ar savu termiņu', 'Services with a period of their own')}
      </h2>
      <Table
        label={say(locale, 'Pakalpojumi ar savu termiņu', 'Services with a period of their own')}
        head={[
          say(locale, 'Pakalpojums', 'Service'),
          { text: years, numeric: true },
          say(locale, 'Darbība', 'Action'),
        ]}
        rows={settings.rules.map((r) => ({
          key: String(r.serviceId),
          cells: [
            pick(r.serviceName, locale),
            String(r.years),
            <form key="remove" method="post" action={action} class="pietura-inline-form">
              <CsrfInput token={site.csrfToken} />
              <input type="hidden" name="action" value="remove" />
              <input type="hidden" name="service" value={String(r.serviceId)} />
              <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                {say(locale, 'Noņemt', 'Remove')}
                <span class="govuk-visually-hidden"> ({pick(r.serviceName, locale)})</span>
              </button>
            </form>,
          ],
        }))}
        empty={say(
          locale,
          'Visiem pakalpojumiem ir parastais termiņš.',
          'Every service has the usual period.',
        )}
      />
      <form method="post" action={action} novalidate>
        <CsrfInput token={site.csrfToken} />
        <input type="hidden" name="action" value="service" />
        <SelectField
          locale={locale}
          id="service"
          label={say(locale, 'Pakalpojums', 'Service')}
          items={settings.services.map((s) => ({ value: String(s.id), label: pick(s.name, locale) }))}
          emptyLabel={say(locale, 'Izvēlieties pakalpojumu', 'Choose a service')}
          values={values}
          errors={errors}
        />
        <TextInput
          locale={locale}
          id="years"
          label={say(locale, 'Termiņš, gadi', 'Period, in years')}
          width={3}
          inputmode="numeric"
          values={values}
          errors={errors}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          {say(locale, 'Noteikt termiņu pakalpojumam', 'Set the service’s period')}
        </button>
      </form>
    </StaffLayout>
  );
}
