import { type Locale, pick } from '../../../../platform/i18n';
import { inMonth } from '../../../../platform/i18n/months';
import { WarningText } from '../../../../platform/web/components/inset-text';
import { monthsPhrase } from '../../views/format';
import { text } from '../messages';
import type { EveningWarning } from '../service';

/** „2026. gada decembrī”, "December 2026". */
export function monthName(locale: Locale, year: number, month: number): string {
  return inMonth(locale, year, month);
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
