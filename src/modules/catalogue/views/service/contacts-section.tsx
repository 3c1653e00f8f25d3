import { type Locale, pick } from '../../../../platform/i18n';
import { SummaryList } from '../../../../platform/web/components/summary-list';
import { msg } from '../../messages';
import type { ServiceStandard } from '../../service';
import { safeUrl } from '../format';

/** The responsible unit with its contacts, and the service's own contact line. */
export function ContactsSection(props: { standard: ServiceStandard; locale: Locale }) {
  const { standard, locale } = props;
  const owner = standard.owner;
  const website = safeUrl(owner.website);
  return (
    <>
      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.contacts')}</h2>
      <SummaryList
        rows={[
          { key: msg(locale, 'fact.unit'), value: pick(owner.name, locale) },
          owner.address && { key: msg(locale, 'contact.address'), value: owner.address },
          owner.phone && {
            key: msg(locale, 'contact.phone'),
            value: (
              <a class="govuk-link" href={`tel:${owner.phone.replace(/[^\d+]/g, '')}`}>
                {owner.phone}
              </a>
            ),
          },
          owner.email && {
            key: msg(locale, 'contact.email'),
            value: (
              <a class="govuk-link" href={`mailto:${owner.email}`}>
                {owner.email}
              </a>
            ),
          },
          website && {
            key: msg(locale, 'contact.website'),
            value: (
              <a class="govuk-link" href={website} rel="noopener">
                {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            ),
          },
          standard.version.contact && {
            key: msg(locale, 'service.contact'),
            value: pick(standard.version.contact, locale),
          },
        ]}
      />
    </>
  );
}
