import type { Bilingual } from '../../../db/schema';
import { pick } from '../../../platform/i18n';
import { Tag } from '../../../platform/web/components/tag';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { standardHref, standardsHref } from '../paths';
import { type VersionRow, versionInputOf } from '../service';
import { sameValue, versionLines } from './version-fields';

/** Two versions side by side; a changed field is marked with a tag, not by colour alone. */
export function ComparePage(props: {
  site: StaffSiteContext;
  code: string;
  a: VersionRow;
  b: VersionRow;
  centreNames: Map<string, Bilingual>;
}) {
  const { site, code, a, b } = props;
  const { locale } = site;
  const name = pick(b.name, locale);
  const title = text(locale, 'compare.title', { a: a.version, b: b.version });
  const left = versionLines(locale, versionInputOf(a), props.centreNames);
  const right = versionLines(locale, versionInputOf(b), props.centreNames);
  const rows = left.map((line, i) => ({
    line,
    other: right[i]!,
    changed: !sameValue(line.raw, right[i]?.raw),
  }));
  const changedCount = rows.filter((r) => r.changed).length;
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
      <table class="govuk-table pietura-compare" id="comparison">
        <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {text(locale, 'compare.field')}
            </th>
            <th scope="col" class="govuk-table__header">
              {text(locale, 'standard.versionN', { n: a.version })}
            </th>
            <th scope="col" class="govuk-table__header">
              {text(locale, 'standard.versionN', { n: b.version })}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map(({ line, other, changed }) => (
            <tr
              class="govuk-table__row"
              key={line.id}
              id={`field-${line.id}`}
              data-changed={changed ? 'yes' : 'no'}
            >
              <th scope="row" class="govuk-table__header">
                {line.label}
                {changed && (
                  <>
                    <br />
                    <Tag colour="yellow">{text(locale, 'compare.changed')}</Tag>
                  </>
                )}
              </th>
              <td class="govuk-table__cell">{line.value}</td>
              <td class="govuk-table__cell">{other.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StaffLayout>
  );
}
