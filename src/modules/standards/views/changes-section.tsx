import type { Bilingual } from '../../../db/schema';
import type { Locale } from '../../../platform/i18n';
import { WarningText } from '../../../platform/web/components/inset-text';
import { type FieldKey, fieldText, text } from '../messages';
import type { VersionInput } from '../schema';
import { type ChangeSummary, type VersionRow, versionInputOf } from '../service';
import { DiffTable, OnlyChangesLink, pairLines } from './diff-view';
import { FormChangesNote } from './form-links';
import { versionLines } from './version-fields';

function labelOf(locale: Locale, key: keyof VersionInput): string {
  const field: FieldKey = key === 'feeCents' ? 'fee' : key;
  return fieldText(locale, field);
}

function listOf(locale: Locale, keys: (keyof VersionInput)[]): string {
  const [open, close] = locale === 'lv' ? ['„', '”'] : ['‘', '’'];
  return keys.map((k) => `${open}${labelOf(locale, k)}${close}`).join(', ');
}

/**
 * What a draft or a version in review changes against the approved version it started from: a summary,
 * a warning for Latvian texts changed without their English, and the fields side by side.
 */
export function ChangesSection(props: {
  locale: Locale;
  version: VersionRow;
  summary: ChangeSummary;
  centreNames: Map<string, Bilingual>;
  onlyChanges: boolean;
  href: (only: boolean) => string;
}) {
  const { locale, version, summary } = props;
  const { base } = summary;
  if (!base) return <p class="govuk-body">{text(locale, 'version.firstVersion')}</p>;
  const title = text(locale, 'version.changesTitle', { n: base.version });
  const rows = pairLines(
    versionLines(locale, versionInputOf(base), props.centreNames),
    versionLines(locale, versionInputOf(version), props.centreNames),
  );
  return (
    <section id="changes" aria-labelledby="changes-title">
      <h2 class="govuk-heading-m" id="changes-title">
        {title}
      </h2>
      {summary.changed.length === 0 && !summary.form.changed ? (
        <WarningText locale={locale}>{text(locale, 'version.changesNone', { n: base.version })}</WarningText>
      ) : (
        summary.changed.length > 0 && (
          <p class="govuk-body" id="changed-fields">
            {text(locale, 'version.changedFields', { list: listOf(locale, summary.changed) })}
          </p>
        )
      )}
      <FormChangesNote locale={locale} changes={summary.form} />
      {summary.untranslated.length > 0 && (
        <div id="untranslated">
          <WarningText locale={locale}>
            {text(locale, 'version.untranslated', { list: listOf(locale, summary.untranslated) })}
          </WarningText>
        </div>
      )}
      {summary.changed.length > 0 && (
        <>
          <OnlyChangesLink locale={locale} onlyChanges={props.onlyChanges} href={props.href} />
          <DiffTable
            locale={locale}
            id="comparison"
            caption={title}
            headA={text(locale, 'standard.versionN', { n: base.version })}
            headB={text(locale, 'standard.versionN', { n: version.version })}
            rows={rows}
            onlyChanges={props.onlyChanges}
          />
        </>
      )}
    </section>
  );
}
