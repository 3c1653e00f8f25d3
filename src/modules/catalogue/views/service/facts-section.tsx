import { type Locale, pick } from '../../../../platform/i18n';
import { SummaryList } from '../../../../platform/web/components/summary-list';
import { capitalise, channelName, msg } from '../../messages';
import type { ServiceStandard } from '../../service';
import { feeText, timeText } from '../format';

/** Fee, processing time (with its legal basis), the result and how it is received. */
export function FactsSection(props: { standard: ServiceStandard; locale: Locale }) {
  const { standard, locale } = props;
  const v = standard.version;
  const maturity = Math.min(4, Math.max(0, v.eserviceMaturity)) as 0 | 1 | 2 | 3 | 4;
  return (
    <>
      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.feeTimeResult')}</h2>
      <SummaryList
        rows={[
          {
            key: msg(locale, 'fact.fee'),
            value: (
              <>
                <span class="pietura-fact">{feeText(v, locale)}</span>
                {v.feeNote && <p class="govuk-body-s pietura-fact-note">{pick(v.feeNote, locale)}</p>}
              </>
            ),
          },
          {
            key: msg(locale, 'fact.time'),
            value: (
              <>
                <span class="pietura-fact">{timeText(v.processingTime, v.processingTimeUnit, locale)}</span>
                {v.processingTimeBasis && (
                  <p class="govuk-body-s pietura-fact-note">
                    {msg(locale, 'service.timeBasis')}: {pick(v.processingTimeBasis, locale)}
                  </p>
                )}
              </>
            ),
          },
          {
            key: msg(locale, 'service.onTheSpot'),
            value: msg(locale, v.onTheSpot ? 'service.onTheSpot.yes' : 'service.onTheSpot.no'),
          },
          { key: msg(locale, 'service.result'), value: pick(v.result, locale) },
          {
            key: msg(locale, 'service.receive'),
            value: (
              <ul class="govuk-list">
                {v.receiveChannels.map((c) => (
                  <li key={c}>{capitalise(channelName(locale, c))}</li>
                ))}
              </ul>
            ),
          },
          { key: msg(locale, 'service.eservice.maturity'), value: msg(locale, `maturity.${maturity}`) },
        ]}
      />
    </>
  );
}
