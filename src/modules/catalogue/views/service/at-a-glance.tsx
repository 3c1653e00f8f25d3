import type { Locale } from '../../../../platform/i18n';
import { SummaryList } from '../../../../platform/web/components/summary-list';
import { msg } from '../../messages';
import type { ServiceStandard } from '../../service';
import { type CentreRef, channelsText, feeText, timeText, whereText } from '../format';

/** „Īsumā”: fee, time, where and how to apply, the first thing a resident reads, on a phone too. */
export function AtAGlance(props: { standard: ServiceStandard; centres: CentreRef[]; locale: Locale }) {
  const { standard, centres, locale } = props;
  const v = standard.version;
  return (
    <section class="pietura-at-a-glance" aria-labelledby="at-a-glance">
      <h2 class="govuk-heading-m" id="at-a-glance">
        {msg(locale, 'service.atAGlance')}
      </h2>
      <SummaryList
        noBorder
        class="pietura-facts"
        rows={[
          { key: msg(locale, 'fact.fee'), value: feeText(v, locale) },
          { key: msg(locale, 'fact.time'), value: timeText(v.processingTime, v.processingTimeUnit, locale) },
          { key: msg(locale, 'fact.where'), value: whereText(standard, centres, locale) },
          { key: msg(locale, 'fact.how'), value: channelsText(v.applyChannels, locale) },
        ]}
      />
    </section>
  );
}
