import { pick } from '../../../platform/i18n';
import { TableScroll } from '../../../platform/web/components/table';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { EveningWarnings } from '../../centres/admin/views/evening-warnings';
import { text } from '../messages';
import { planHref } from '../paths';
import type { Coverage, CoverageCounts } from '../service';
import { BarChart } from './bar-chart';

const COLUMNS = [
  { key: 'published', label: 'coverage.published', colour: '#00703c' },
  { key: 'review', label: 'coverage.review', colour: '#1d70b8' },
  { key: 'draft', label: 'coverage.draft', colour: '#505a5f' },
  { key: 'overdue', label: 'coverage.overdue', colour: '#d4351c' },
] as const;

function Row(props: { label: string; counts: CoverageCounts; header?: boolean; id?: string }) {
  const Cell = props.header ? 'th' : 'td';
  return (
    <tr class="govuk-table__row" id={props.id}>
      <th scope="row" class="govuk-table__header">
        {props.label}
      </th>
      {COLUMNS.map((c) => (
        <Cell
          class={`govuk-table__${props.header ? 'header' : 'cell'} govuk-table__cell--numeric`}
          key={c.key}
          data-count={c.key}
        >
          {props.counts[c.key]}
        </Cell>
      ))}
      <Cell
        class={`govuk-table__${props.header ? 'header' : 'cell'} govuk-table__cell--numeric`}
        data-count="plan"
      >
        {props.counts.planDone} / {props.counts.planTotal}
      </Cell>
    </tr>
  );
}

export function CoveragePage(props: { site: StaffSiteContext; coverage: Coverage }) {
  const { site, coverage } = props;
  const { locale } = site;
  const title = text(locale, 'coverage.title');
  return (
    <StaffLayout
      site={site}
      title={title}
      current="draftingPlan"
      crumbs={[{ text: text(locale, 'plan.title'), href: planHref(locale) }]}
    >
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{text(locale, 'coverage.intro')}</p>
      <div class="govuk-grid-row">
        <figure class="govuk-grid-column-two-thirds govuk-!-margin-0 govuk-!-margin-bottom-6">
          <BarChart
            id="coverage-chart"
            title={text(locale, 'coverage.chart')}
            series={COLUMNS.map((c) => ({ label: text(locale, c.label), colour: c.colour }))}
            groups={coverage.rows.map((r) => ({
              label: pick(r.unitName, locale),
              values: COLUMNS.map((c) => r.counts[c.key]),
            }))}
          />
        </figure>
      </div>
      <TableScroll label={title}>
        <table class="govuk-table" id="coverage">
          <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {text(locale, 'coverage.unit')}
              </th>
              {COLUMNS.map((c) => (
                <th scope="col" class="govuk-table__header govuk-table__header--numeric" key={c.key}>
                  {text(locale, c.label)}
                </th>
              ))}
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {text(locale, 'coverage.plan')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {coverage.rows.map((r) => (
              <Row
                key={r.unitCode}
                id={`unit-${r.unitCode}`}
                label={pick(r.unitName, locale)}
                counts={r.counts}
              />
            ))}
            <Row id="total" label={text(locale, 'coverage.total')} counts={coverage.total} header />
          </tbody>
        </table>
      </TableScroll>
      <h2 class="govuk-heading-m">{text(locale, 'coverage.centres')}</h2>
      {coverage.eveningWarnings.length === 0 ? (
        <p class="govuk-body">{text(locale, 'coverage.centresOk')}</p>
      ) : (
        <EveningWarnings locale={locale} warnings={coverage.eveningWarnings} />
      )}
    </StaffLayout>
  );
}
