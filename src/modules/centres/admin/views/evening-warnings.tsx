import { type Locale, pick } from '../../../../platform/i18n';
import { WarningText } from '../../../../platform/web/components/inset-text';
import { monthsPhrase } from '../../views/format';
import { text } from '../messages';
import type { EveningWarning } from '../service';

export function monthName(locale: Locale, year: number, month: number): string {
  return new Intl.DateTimeFormat(locale === 'lv' ? 'lv-LV' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

export { monthsPhrase };

/** R14: a GOV.UK warning for each centre with fewer than two evenings until 19:00 in some month. */
export function EveningWarnings(props: { locale: Locale; warnings: EveningWarning[] }) {
  const { locale } = props;
  return (
    <>
      {props.warnings.map((w) => (
        <WarningText locale={locale} key={w.code}>
          <span id={`evening-${w.code}`}>
            {text(locale, 'evening.warning', {
              centre: pick(w.name, locale),
              months: monthsPhrase(locale, w.months),
            })}
          </span>
        </WarningText>
      ))}
    </>
  );
}
