import { formatDate, pick } from '../../../platform/i18n';
import { SuccessBanner } from '../../../platform/web/components/form';
import { Tag, type TagColour } from '../../../platform/web/components/tag';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { standardHref } from '../../standards/paths';
import { text } from '../messages';
import { coverageHref, itemHref, newItemHref, planHref } from '../paths';
import type { PlanItemStatus, PlanItemView } from '../service';

const STATUS_COLOURS: Record<PlanItemStatus, TagColour> = { done: 'green', open: 'blue', overdue: 'purple' };

export function PlanPage(props: {
  site: StaffSiteContext;
  items: PlanItemView[];
  units: { code: string; name: { lv: string; en: string } }[];
  unit: string | undefined;
  mayAdd: boolean;
  done?: string;
}) {
  const { site, items } = props;
  const { locale } = site;
  const title = text(locale, 'plan.title');
  return (
    <StaffLayout site={site} title={title} current="draftingPlan">
      <SuccessBanner locale={locale} message={props.done} />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{text(locale, 'plan.intro')}</p>
      <div class="govuk-button-group">
        {props.mayAdd && (
          <a class="govuk-button" href={newItemHref(locale)}>
            {text(locale, 'plan.add')}
          </a>
        )}
        <a class="govuk-link" href={coverageHref(locale)}>
          {text(locale, 'plan.coverage')}
        </a>
      </div>
      <form method="get" action={planHref(locale)} class="govuk-!-margin-bottom-6">
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="unit">
            {text(locale, 'plan.filter')}
          </label>
          <select class="govuk-select" id="unit" name="unit">
            <option value="">{text(locale, 'plan.allUnits')}</option>
            {props.units.map((u) => (
              <option key={u.code} value={u.code} selected={u.code === props.unit}>
                {pick(u.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          {text(locale, 'plan.apply')}
        </button>
      </form>
      {items.length === 0 ? (
        <p class="govuk-body">{text(locale, 'plan.empty')}</p>
      ) : (
        <table class="govuk-table" id="plan">
          <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(
                [
                  'plan.standard',
                  'plan.unit',
                  'plan.kind',
                  'plan.deadline',
                  'plan.responsible',
                  'plan.status',
                ] as const
              ).map((key) => (
                <th scope="col" class="govuk-table__header" key={key}>
                  {text(locale, key)}
                </th>
              ))}
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">{text(locale, 'plan.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {items.map((item) => (
              <tr class="govuk-table__row" key={item.id} id={`item-${item.id}`}>
                <td class="govuk-table__cell">
                  {item.serviceCode ? (
                    <a class="govuk-link" href={standardHref(locale, item.serviceCode)}>
                      {pick(item.title, locale)}
                    </a>
                  ) : (
                    <>
                      {pick(item.title, locale)}{' '}
                      <span class="govuk-hint">({text(locale, 'plan.newStandard')})</span>
                    </>
                  )}
                  {item.note && <p class="govuk-body-s govuk-!-margin-bottom-0">{item.note}</p>}
                </td>
                <td class="govuk-table__cell">{pick(item.unitName, locale)}</td>
                <td class="govuk-table__cell">{text(locale, `kind.${item.kind}`)}</td>
                <td class="govuk-table__cell">{formatDate(item.deadline, locale)}</td>
                <td class="govuk-table__cell">{item.responsibleName ?? ''}</td>
                <td class="govuk-table__cell">
                  <Tag colour={STATUS_COLOURS[item.status]}>{text(locale, `status.${item.status}`)}</Tag>
                </td>
                <td class="govuk-table__cell">
                  {item.mayEdit && (
                    <a class="govuk-link" href={itemHref(locale, item.id)}>
                      {text(locale, 'plan.edit')}
                      <span class="govuk-visually-hidden">: {pick(item.title, locale)}</span>
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
