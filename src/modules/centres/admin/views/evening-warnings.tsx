import { type Locale, pick } from '../../../../platform/i18n';
import { inMonth } from '../../../../platform/i18n/months';
import { WarningText } from '../../../../platform/web/components/inset-text';
import type { MonthRef } from '../../service';
import { text } from '../messages';
import type { EveningWarning } from '../service';

/** „2026. gada decembrī”, "December 2026". */
export function monthName(locale: Locale, year: number, month: number): string {
  return inMonth(locale, year, month);
}

const LOCATIVE = [
  'janvārī',
  'februārī',
  'martā',
  'aprīlī',
  'maijā',
  'jūnijā',
  'jūlijā',
  'augustā',
  'septembrī',
  'oktobrī',
  'novembrī',
  'decembrī',
];

/** "2026. gada decembrī un 2027. gada janvārī" / "December 2026 and January 2027". */
export function monthsPhrase(locale: Locale, months: MonthRef[]): string {
  if (months.length >= 12)
    return locale === 'lv' ? 'visos nākamajos 12 mēnešos' : 'every one of the next 12 months';
  const words = months.map((m) =>
    locale === 'lv' ? `${m.year}. gada ${LOCATIVE[m.month - 1]}` : monthName(locale, m.year, m.month),
  );
  const and = locale === 'lv' ? 'un' : 'and';
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

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
