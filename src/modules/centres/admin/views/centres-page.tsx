import { pick } from '../../../../platform/i18n';
import { TableScroll } from '../../../../platform/web/components/table';
import { Tag } from '../../../../platform/web/components/tag';
import { StaffLayout, type StaffSiteContext } from '../../../../platform/web/staff-layout';
import type { CentreRow } from '../../service';
import { text } from '../messages';
import { centreAdminHref } from '../paths';
import type { EveningWarning } from '../service';
import { EveningWarnings } from './evening-warnings';

export function CentresAdminPage(props: {
  site: StaffSiteContext;
  centres: CentreRow[];
  warnings: EveningWarning[];
}) {
  const { site, centres, warnings } = props;
  const { locale } = site;
  const title = text(locale, 'list.title');
  const failing = new Set(warnings.map((w) => w.code));
  return (
    <StaffLayout site={site} title={title} current="centres">
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{text(locale, 'list.intro')}</p>
      <EveningWarnings locale={locale} warnings={warnings} />
      <TableScroll label={title}>
        <table class="govuk-table" id="centres">
          <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.name')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.address')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.evenings')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {centres.map((c) => (
              <tr class="govuk-table__row" key={c.code}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={centreAdminHref(locale, c.code)}>
                    {pick(c.name, locale)}
                  </a>
                </td>
                <td class="govuk-table__cell">{c.address}</td>
                <td class="govuk-table__cell">
                  {failing.has(c.code) ? (
                    <Tag colour="purple">{text(locale, 'list.notOk')}</Tag>
                  ) : (
                    <Tag colour="green">{text(locale, 'list.ok')}</Tag>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </StaffLayout>
  );
}
