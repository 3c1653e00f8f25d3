import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { SuccessBanner } from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { newServiceHref, standardHref, standardsHref } from '../paths';
import type { ReviewDueItem, StandardListItem } from '../service';
import { StatusTag } from './status-tag';

function ReviewDueTable(props: { locale: Locale; caption: string; items: ReviewDueItem[]; id: string }) {
  const { locale, items } = props;
  return (
    <table class="govuk-table" id={props.id}>
      <caption class="govuk-table__caption govuk-table__caption--s">{props.caption}</caption>
      {items.length === 0 ? (
        <tbody class="govuk-table__body">
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">{text(locale, 'due.nothing')}</td>
          </tr>
        </tbody>
      ) : (
        <>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.name')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.unit')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.reviewDue')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {items.map((item) => (
              <tr class="govuk-table__row" key={item.code}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={standardHref(locale, item.code)}>
                    {pick(item.name, locale)}
                  </a>
                </td>
                <td class="govuk-table__cell">{pick(item.ownerName, locale)}</td>
                <td class="govuk-table__cell">
                  {item.reviewDue ? formatDate(item.reviewDue, locale) : text(locale, 'due.missing')}
                </td>
              </tr>
            ))}
          </tbody>
        </>
      )}
    </table>
  );
}

export function StandardsPage(props: {
  site: StaffSiteContext;
  standards: StandardListItem[];
  units: { code: string; name: { lv: string; en: string } }[];
  unit: string | undefined;
  due: { overdue: ReviewDueItem[]; dueSoon: ReviewDueItem[] };
  awaiting: StandardListItem[];
  mayCreate: boolean;
  done?: string;
}) {
  const { site, standards, units } = props;
  const { locale } = site;
  const title = text(locale, 'list.title');
  return (
    <StaffLayout site={site} title={title} current="standards">
      <SuccessBanner locale={locale} message={props.done} />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{text(locale, 'list.intro')}</p>
      {props.mayCreate && (
        <a class="govuk-button govuk-button--secondary" href={newServiceHref(locale)}>
          {text(locale, 'list.new')}
        </a>
      )}

      {props.awaiting.length > 0 && (
        <section aria-labelledby="awaiting-heading">
          <h2 class="govuk-heading-m" id="awaiting-heading">
            {text(locale, 'list.awaiting')}
          </h2>
          <ul class="govuk-list" id="awaiting">
            {props.awaiting.map((s) => (
              <li key={s.code}>
                <a class="govuk-link" href={standardHref(locale, s.code)}>
                  {pick(s.open?.name ?? s.name, locale)} —{' '}
                  {text(locale, 'standard.versionN', { n: s.open?.version ?? '' })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="due-heading">
        <h2 class="govuk-heading-m" id="due-heading">
          {text(locale, 'due.title')}
        </h2>
        <ReviewDueTable
          locale={locale}
          id="overdue"
          caption={text(locale, 'due.overdue')}
          items={props.due.overdue}
        />
        <ReviewDueTable
          locale={locale}
          id="due-soon"
          caption={text(locale, 'due.soon')}
          items={props.due.dueSoon}
        />
      </section>

      <h2 class="govuk-heading-m">{text(locale, 'standard.versions')}</h2>
      <form method="get" action={standardsHref(locale)} class="govuk-!-margin-bottom-6">
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="unit">
            {text(locale, 'list.filter')}
          </label>
          <select class="govuk-select" id="unit" name="unit">
            <option value="">{text(locale, 'list.allUnits')}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code} selected={u.code === props.unit}>
                {pick(u.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          {text(locale, 'list.apply')}
        </button>
      </form>

      {standards.length === 0 ? (
        <p class="govuk-body">{text(locale, 'list.empty')}</p>
      ) : (
        <table class="govuk-table" id="standards">
          <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.name')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.unit')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.inForce')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.open')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text(locale, 'list.reviewDue')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {standards.map((s) => (
              <tr class="govuk-table__row" key={s.code}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={standardHref(locale, s.code)}>
                    {pick(s.name, locale)}
                  </a>
                  <br />
                  <span class="govuk-hint govuk-!-font-size-16">{s.code}</span>
                </td>
                <td class="govuk-table__cell">{pick(s.ownerName, locale)}</td>
                <td class="govuk-table__cell">
                  {s.withdrawn ? (
                    <StatusTag locale={locale} state="withdrawn" />
                  ) : s.inForce ? (
                    text(locale, 'standard.versionN', { n: s.inForce.version })
                  ) : (
                    text(locale, 'list.none')
                  )}
                </td>
                <td class="govuk-table__cell">
                  {s.open ? (
                    <>
                      <StatusTag locale={locale} state={s.open.status === 'review' ? 'review' : 'draft'} />{' '}
                      {text(locale, 'standard.versionN', { n: s.open.version })}
                    </>
                  ) : (
                    text(locale, 'list.none')
                  )}
                </td>
                <td class="govuk-table__cell">
                  {s.reviewDue ? formatDate(s.reviewDue, locale) : text(locale, 'due.missing')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
