import { type Locale, pick } from '../../../../platform/i18n';
import { Tag } from '../../../../platform/web/components/tag';
import { msg } from '../../messages';
import type { ServiceStandard } from '../../service';
import { ExternalLink } from '../external-link';
import { safeUrl } from '../format';

/** The rules the service rests on, each marked as a state or a municipal rule (seed 3.5 (8)). */
export function LegalSection(props: { standard: ServiceStandard; locale: Locale }) {
  const { standard, locale } = props;
  const v = standard.version;
  return (
    <>
      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.legal')}</h2>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{msg(locale, 'service.legalLevel')}</dt>
          <dd class="govuk-summary-list__value">{msg(locale, `legalLevel.${v.legalLevel}`)}</dd>
        </div>
      </dl>
      {v.legalBasis.length > 0 && (
        <ul class="govuk-list pietura-legal-list">
          {v.legalBasis.map((rule) => {
            const url = safeUrl(rule.url);
            const title = pick(rule.title, locale);
            return (
              <li key={rule.title.lv}>
                {url ? <ExternalLink href={url}>{title}</ExternalLink> : title}
                <span class="pietura-legal-list__level">
                  <Tag colour={rule.level === 'state' ? 'purple' : 'yellow'}>
                    {msg(locale, `legalRule.${rule.level}`)}
                  </Tag>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
