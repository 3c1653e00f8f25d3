import { type Locale, pick } from '../../../platform/i18n';
import { SummaryList } from '../../../platform/web/components/summary-list';
import { href } from '../../../platform/web/paths';
import { renderOnce } from '../../../platform/web/render';
import { msg } from '../messages';
import type { ServiceStandard } from '../service';
import { feeText, shortText, timeText } from './format';
import { ServiceTags } from './service-tags';

/** The name of the piece for renderOnce, one constant per language. */
const PIECE: Record<Locale, string> = { lv: 'result/lv', en: 'result/en' };

/**
 * One service in the catalogue's result list. It depends only on the standard (one object per
 * catalogue revision) and the language, so it is rendered once per revision and language.
 */
export function ServiceResult(props: { standard: ServiceStandard; locale: Locale }) {
  const { standard, locale } = props;
  const html = renderOnce(standard, PIECE[locale], () => <ResultBody standard={standard} locale={locale} />);
  return <li class="pietura-result" dangerouslySetInnerHTML={{ __html: html }} />;
}

function ResultBody(props: { standard: ServiceStandard; locale: Locale }) {
  const { standard, locale } = props;
  const v = standard.version;
  return (
    <>
      <h3 class="govuk-heading-m pietura-result__title">
        <a class="govuk-link" href={href(locale, 'services', standard.code)}>
          {pick(v.name, locale)}
        </a>
      </h3>
      <p class="govuk-body">{shortText(pick(v.description, locale))}</p>
      <SummaryList
        noBorder
        class="pietura-facts"
        rows={[
          { key: msg(locale, 'fact.unit'), value: pick(standard.owner.name, locale) },
          { key: msg(locale, 'fact.fee'), value: feeText(v, locale) },
          { key: msg(locale, 'fact.time'), value: timeText(v.processingTime, v.processingTimeUnit, locale) },
        ]}
      />
      <ServiceTags standard={standard} locale={locale} />
    </>
  );
}
