import type { Bilingual } from '../../../db/schema';
import { pick } from '../../../platform/i18n';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { compareHref, standardHref, standardsHref } from '../paths';
import { type FormChanges, type VersionRow, versionInputOf } from '../service';
import { DiffTable, OnlyChangesLink, pairLines } from './diff-view';
import { FormChangesNote } from './form-links';
import { versionLines } from './version-fields';

/** Two versions side by side, the changes inside texts marked word by word. */
export function ComparePage(props: {
  site: StaffSiteContext;
  code: string;
  a: VersionRow;
  b: VersionRow;
  centreNames: Map<string, Bilingual>;
  onlyChanges: boolean;
  /** What B's online form changes against A's. */
  formChanges: FormChanges;
}) {
  const { site, code, a, b } = props;
  const { locale } = site;
  const name = pick(b.name, locale);
  const title = text(locale, 'compare.title', { a: a.version, b: b.version });
  const rows = pairLines(
    versionLines(locale, versionInputOf(a), props.centreNames),
    versionLines(locale, versionInputOf(b), props.centreNames),
  );
  const changedCount = rows.filter((r) => r.changed).length;
  const base = compareHref(locale, code, a.version, b.version);
  return (
    <StaffLayout
      site={site}
      title={`${title} — ${name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: name, href: standardHref(locale, code) },
      ]}
    >
      <span class="govuk-caption-l">{name}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body" id="changed-count">
        {text(locale, 'compare.changedCount', { n: changedCount })}
      </p>
      <FormChangesNote locale={locale} changes={props.formChanges} />
      <OnlyChangesLink
        locale={locale}
        onlyChanges={props.onlyChanges}
        href={(only) => (only ? `${base}&changes=only` : base)}
      />
      <DiffTable
        locale={locale}
        id="comparison"
        caption={title}
        headA={text(locale, 'standard.versionN', { n: a.version })}
        headB={text(locale, 'standard.versionN', { n: b.version })}
        rows={rows}
        onlyChanges={props.onlyChanges}
      />
    </StaffLayout>
  );
}
