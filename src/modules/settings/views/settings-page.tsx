import type { ComponentChildren } from 'preact';
import { staffHref } from '../../../platform/auth/paths';
import type { Locale } from '../../../platform/i18n';
import { describedBy, FieldGroup } from '../../../platform/web/components/field-group';
import {
  BilingualField,
  CsrfInput,
  ErrorSummary,
  type FormValues,
  type ShownErrors,
  SuccessBanner,
  TextInput,
} from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { contrastRatio } from '../checks';
import { text } from '../messages';

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${props.id}-heading`} class="govuk-!-margin-top-6">
      <h2 class="govuk-heading-m" id={`${props.id}-heading`}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

function ratio(locale: Locale, a: string, b: string): string | undefined {
  if (!/^#[0-9a-f]{6}$/i.test(a) || !/^#[0-9a-f]{6}$/i.test(b)) return undefined;
  const r = contrastRatio(a, b).toFixed(2);
  return text(locale, 'contrast', { ratio: locale === 'lv' ? r.replace('.', ',') : r });
}

/** The administrator's page for the municipality's identity, contacts, registry prefix and bank account. */
export function SettingsPage(props: {
  site: StaffSiteContext;
  values: FormValues;
  errors: ShownErrors;
  hasArms: boolean;
  saved?: boolean;
}) {
  const { site, values, errors } = props;
  const { locale } = site;
  const title = text(locale, 'title');
  const common = { locale, values, errors };
  const armsError = errors.get('arms');
  const primary = String(values.primaryColour ?? '');
  const accent = String(values.accentColour ?? '');
  return (
    <StaffLayout
      site={site}
      title={errors.size > 0 ? `${locale === 'lv' ? 'Kļūda' : 'Error'}: ${title}` : title}
      current="settings"
      crumbs={[{ text: locale === 'lv' ? 'Darbvirsma' : 'Dashboard', href: staffHref(locale, 'dashboard') }]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <SuccessBanner locale={locale} message={props.saved ? text(locale, 'saved') : undefined} />
          <ErrorSummary locale={locale} errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <p class="govuk-body">{text(locale, 'intro')}</p>
          <form method="post" action={staffHref(locale, 'settings')} enctype="multipart/form-data" novalidate>
            <CsrfInput token={site.csrfToken} />
            <Section id="identity" title={text(locale, 'section.identity')}>
              <BilingualField {...common} id="name" legend={text(locale, 'name')} />
              <BilingualField {...common} id="shortName" legend={text(locale, 'shortName')} />
              <TextInput
                {...common}
                id="registrationNumber"
                label={text(locale, 'registrationNumber')}
                hint={text(locale, 'registrationNumberHint')}
                width={20}
                bold
              />
            </Section>
            <Section id="arms-colours" title={text(locale, 'section.arms')}>
              <p class="govuk-body">
                {props.hasArms ? (
                  <>
                    <span class="govuk-!-display-block govuk-!-margin-bottom-2">
                      {text(locale, 'armsCurrent')}
                    </span>
                    <img src="/assets/coat-of-arms.svg" alt={text(locale, 'armsCurrent')} height="96" />
                  </>
                ) : (
                  text(locale, 'armsNone')
                )}
              </p>
              <FieldGroup
                locale={locale}
                id="arms"
                label={text(locale, 'arms')}
                hint={text(locale, 'armsHint')}
                error={armsError}
                bold
              >
                <input
                  class={`govuk-file-upload${armsError ? ' govuk-file-upload--error' : ''}`}
                  id="arms"
                  name="arms"
                  type="file"
                  accept=".svg,image/svg+xml"
                  aria-describedby={describedBy('arms', text(locale, 'armsHint'), armsError)}
                />
              </FieldGroup>
              <TextInput
                {...common}
                id="primaryColour"
                label={text(locale, 'primaryColour')}
                hint={[text(locale, 'primaryColourHint'), ratio(locale, primary, '#ffffff')]
                  .filter(Boolean)
                  .join(' ')}
                width={10}
                bold
              />
              <TextInput
                {...common}
                id="accentColour"
                label={text(locale, 'accentColour')}
                hint={[text(locale, 'accentColourHint'), ratio(locale, accent, primary)]
                  .filter(Boolean)
                  .join(' ')}
                width={10}
                bold
              />
            </Section>
            <Section id="contacts" title={text(locale, 'section.contacts')}>
              <TextInput {...common} id="address" label={text(locale, 'address')} bold />
              <TextInput {...common} id="phone" type="tel" label={text(locale, 'phone')} width={20} bold />
              <TextInput {...common} id="email" type="email" label={text(locale, 'email')} width={30} bold />
              <TextInput {...common} id="eAddress" label={text(locale, 'eAddress')} width={30} bold />
              <TextInput {...common} id="website" type="url" label={text(locale, 'website')} bold />
            </Section>
            <Section id="registry" title={text(locale, 'section.registry')}>
              <TextInput
                {...common}
                id="registryPrefix"
                label={text(locale, 'registryPrefix')}
                hint={text(locale, 'registryPrefixHint')}
                width={5}
                bold
              />
              <TextInput
                {...common}
                id="bankAccount"
                label={text(locale, 'bankAccount')}
                hint={text(locale, 'bankAccountHint')}
                width={30}
                bold
              />
              <TextInput {...common} id="bankName" label={text(locale, 'bankName')} width={30} bold />
            </Section>
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {text(locale, 'save')}
            </button>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
