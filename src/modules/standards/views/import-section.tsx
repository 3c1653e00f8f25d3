import type { ImportedDetails } from '../../../db/schema';
import type { Locale } from '../../../platform/i18n';
import { text } from '../messages';
import type { VersionRow } from '../service';

/** What an imported draft still needs, shown before anything else on its page (docs/cpsv-ap.md). */
export function ImportTodo(props: { locale: Locale; version: VersionRow; categoryHref?: string }) {
  const { locale, version } = props;
  const todo = version.importTodo ?? [];
  if (todo.length === 0) return null;
  return (
    <div class="govuk-warning-text" id="import-todo">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{locale === 'lv' ? 'Brīdinājums' : 'Warning'}</span>
        <h2 class="govuk-heading-s">{text(locale, 'import.todoTitle')}</h2>
        <ul class="govuk-list govuk-list--bullet">
          {todo.map((t) => (
            <li key={`${t.item}-${t.en}`}>
              {t[locale]}
              {t.item === 'category' && props.categoryHref && (
                <>
                  {' '}
                  <a class="govuk-link" href={props.categoryHref}>
                    {text(locale, 'import.chooseCategory')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
        <p class="govuk-body">{text(locale, 'import.todoHint')}</p>
      </div>
    </div>
  );
}

/** Provenance and what the file said beyond the standard's fields, for editors only. */
export function ImportProvenance(props: { locale: Locale; version: VersionRow }) {
  const { locale, version } = props;
  if (!version.sourceIri && !version.imported && !version.unmappedTriples) return null;
  const d: ImportedDetails | null = version.imported;
  const unmapped = version.unmappedTriples ?? [];
  const rows: { key: string; label: string; values: string[] }[] = [
    {
      key: 'source',
      label: text(locale, 'import.source'),
      values: version.sourceIri ? [version.sourceIri] : [],
    },
    {
      key: 'publisher',
      label: text(locale, 'import.publisher'),
      values: version.sourcePublisher ? [version.sourcePublisher] : [],
    },
    {
      key: 'costs',
      label: text(locale, 'import.costs'),
      values: (d?.costs ?? []).map(
        (c) =>
          `${c.amount ?? text(locale, 'import.notStated')} ${c.currency ? c.currency.replace(/.*\//, '') : ''}` +
          `${c.description ? ` — ${c.description[locale] || c.description.lv || c.description.en}` : ''}`,
      ),
    },
    {
      key: 'channels',
      label: text(locale, 'import.channels'),
      values: (d?.channels ?? []).map((c) =>
        [c.kind, c.label, c.url, c.type && `<${c.type}>`].filter(Boolean).join(' · '),
      ),
    },
    {
      key: 'contacts',
      label: text(locale, 'import.contacts'),
      values: (d?.contactPoints ?? []).map((p) =>
        [...p.telephone, ...p.email, ...p.url, ...p.openingHours].join(' · '),
      ),
    },
    {
      key: 'texts',
      label: text(locale, 'import.texts'),
      values: Object.entries(d?.texts ?? {}).flatMap(([field, byLanguage]) =>
        Object.entries(byLanguage).map(([language, value]) => `${field} @${language}: ${value}`),
      ),
    },
    {
      key: 'other',
      label: text(locale, 'import.other'),
      values: [
        ...(d?.describedAt ?? []),
        ...(d?.spatial ?? []).map((p) => p.iri),
        ...(d?.languages ?? []),
        ...(d?.categories ?? []),
        ...(d?.events ?? []),
        ...(d?.processingTime ? [d.processingTime] : []),
      ],
    },
  ];
  return (
    <section id="import-provenance" aria-labelledby="import-provenance-title">
      <h2 class="govuk-heading-m" id="import-provenance-title">
        {text(locale, 'import.title')}
      </h2>
      <dl class="govuk-summary-list">
        {rows
          .filter((r) => r.values.length > 0)
          .map((r) => (
            <div class="govuk-summary-list__row" key={r.key}>
              <dt class="govuk-summary-list__key">{r.label}</dt>
              <dd class="govuk-summary-list__value">
                <ul class="govuk-list">
                  {r.values.map((v) => (
                    <li key={v} class="pietura-break-words">
                      {v}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
      </dl>
      {unmapped.length > 0 && (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">
              {text(locale, 'import.unmapped', { n: unmapped.length })}
            </span>
          </summary>
          <div class="govuk-details__text">
            <pre class="pietura-pre-line">{unmapped.join('\n')}</pre>
          </div>
        </details>
      )}
    </section>
  );
}
