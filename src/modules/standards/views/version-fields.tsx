import type { ComponentChildren } from 'preact';
import type { Bilingual } from '../../../db/schema';
import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { feeText } from '../../catalogue/service';
import { type FieldKey, fieldText } from '../messages';
import type { VersionInput } from '../schema';

/** One line of a version as staff read it: a field (in one language, for texts) and its value. */
export interface FieldLine {
  id: string;
  label: string;
  /** What is compared: the stored value, so formatting never hides a change. */
  raw: unknown;
  value: ComponentChildren;
}

function List(props: { items: ComponentChildren[] }) {
  if (props.items.length === 0) return null;
  return (
    <ul class="govuk-list govuk-list--bullet">
      {props.items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function inLanguages(
  locale: Locale,
  key: string,
  label: FieldKey,
  value: Bilingual | null | undefined,
): FieldLine[] {
  return (['lv', 'en'] as const).map((lang) => ({
    id: `${key}-${lang}`,
    label: `${fieldText(locale, label)} (${fieldText(locale, lang)})`,
    raw: value?.[lang] ?? '',
    value: value?.[lang] ? <span lang={lang}>{value[lang]}</span> : '',
  }));
}

/** Every R1 field of a version, in form order, texts once per language. */
export function versionLines(
  locale: Locale,
  v: VersionInput,
  centreNames: Map<string, Bilingual>,
): FieldLine[] {
  const f = (key: FieldKey) => fieldText(locale, key);
  const lines: FieldLine[] = [];
  lines.push(...inLanguages(locale, 'name', 'name', v.name));
  lines.push(...inLanguages(locale, 'description', 'description', v.description));
  lines.push(...inLanguages(locale, 'whoMayApply', 'whoMayApply', v.whoMayApply));
  lines.push({
    id: 'requiredDocuments',
    label: f('requiredDocuments'),
    raw: v.requiredDocuments,
    value: (
      <List
        items={v.requiredDocuments.map((d) => (
          <>
            {pick(d.name, locale)}
            {d.note && ` — ${pick(d.note, locale)}`}
          </>
        ))}
      />
    ),
  });
  lines.push(...inLanguages(locale, 'result', 'result', v.result));
  lines.push({
    id: 'fee',
    label: f('fee'),
    raw: [v.feeCents, v.feeKind, v.feeCurrency],
    value: feeText(v, locale),
  });
  lines.push(...inLanguages(locale, 'feeNote', 'feeNote', v.feeNote));
  lines.push({
    id: 'processingTime',
    label: f('processingTime'),
    raw: [v.processingTime, v.processingTimeUnit],
    value: `${v.processingTime} ${f(`unit.${v.processingTimeUnit}`)}`,
  });
  lines.push(...inLanguages(locale, 'processingTimeBasis', 'processingTimeBasis', v.processingTimeBasis));
  lines.push({
    id: 'legalBasis',
    label: f('legalBasis'),
    raw: v.legalBasis,
    value: (
      <List
        items={v.legalBasis.map((l) => (
          <>
            {l.url ? (
              <a class="govuk-link" href={l.url}>
                {pick(l.title, locale)}
              </a>
            ) : (
              pick(l.title, locale)
            )}{' '}
            ({f(`level.${l.level}`)})
          </>
        ))}
      />
    ),
  });
  lines.push({
    id: 'legalLevel',
    label: f('legalLevel'),
    raw: v.legalLevel,
    value: f(`regulation.${v.legalLevel}`),
  });
  for (const key of ['applyChannels', 'receiveChannels'] as const) {
    lines.push({
      id: key,
      label: f(key),
      raw: v[key],
      value: <List items={v[key].map((c) => f(`channel.${c}`))} />,
    });
  }
  lines.push({
    id: 'centres',
    label: f('centres'),
    raw: v.centres,
    value:
      v.centres.length === 0 ? (
        f('allCentres')
      ) : (
        <List items={v.centres.map((c) => pick(centreNames.get(c), locale) || c)} />
      ),
  });
  lines.push(...inLanguages(locale, 'centreException', 'centreException', v.centreException));
  lines.push({
    id: 'onTheSpot',
    label: f('onTheSpot'),
    raw: v.onTheSpot,
    value: f(v.onTheSpot ? 'yes' : 'no'),
  });
  lines.push({
    id: 'eserviceMaturity',
    label: f('eserviceMaturity'),
    raw: v.eserviceMaturity,
    value: f(`maturity.${v.eserviceMaturity}` as FieldKey),
  });
  lines.push({
    id: 'eserviceUrl',
    label: f('eserviceUrl'),
    raw: v.eserviceUrl ?? '',
    value: v.eserviceUrl ?? '',
  });
  lines.push(...inLanguages(locale, 'contact', 'contact', v.contact));
  lines.push(...inLanguages(locale, 'keywords', 'keywords', v.keywords));
  lines.push({
    id: 'internalNotes',
    label: f('internalNotes'),
    raw: v.internalNotes ?? '',
    value: v.internalNotes ?? '',
  });
  lines.push({
    id: 'reviewDue',
    label: f('reviewDue'),
    raw: v.reviewDue,
    value: v.reviewDue ? formatDate(v.reviewDue, locale) : f('none'),
  });
  return lines;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
