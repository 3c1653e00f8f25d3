import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { Button, Select, SuccessBanner, Table, TextInput } from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { newServiceHref, standardHref, standardsHref } from '../paths';
import type { ReviewDueItem, StandardListItem } from '../service';
import { StatusTag } from './status-tag';

function ReviewDueTable(props: { locale: Locale; caption: string; items: ReviewDueItem[]; id: string }) {
  const { locale, items } = props;
  return (
    <Table
      id={props.id}
      label={props.caption}
      caption={props.caption}
      head={[text(locale, 'list.name'), text(locale, 'list.unit'), text(locale, 'list.reviewDue')]}
      empty={text(locale, 'due.nothing')}
      rows={items.map((item) => ({
        key: item.code,
        cells: [
          <a class="govuk-link" href={standardHref(locale, item.code)} key="name">
            {pick(item.name, locale)}
          </a>,
          pick(item.ownerName, locale),
          item.reviewDue ? formatDate(item.reviewDue, locale) : text(locale, 'due.missing'),
        ],
      }))}
    />
  );
}

export function StandardsPage(props: {
  site: StaffSiteContext;
  standards: StandardListItem[];
  units: { code: string; name: { lv: string; en: string } }[];
  unit: string | undefined;
  q?: string;
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
        <TextInput
          locale={locale}
          id="q"
          label={text(locale, 'list.search')}
          hint={text(locale, 'list.searchHint')}
          value={props.q ?? ''}
          type="text"
          width={30}
          bold
        />
        <Select
          locale={locale}
          id="unit"
          label={text(locale, 'list.filter')}
          emptyLabel={text(locale, 'list.allUnits')}
          value={props.unit ?? ''}
          options={units.map((u) => ({ value: u.code, label: pick(u.name, locale) }))}
        />
        <Button variant="secondary">{text(locale, 'list.apply')}</Button>
      </form>

      {standards.length === 0 ? (
        <p class="govuk-body">{text(locale, 'list.empty')}</p>
      ) : (
        <Table
          id="standards"
          label={title}
          head={[
            text(locale, 'list.name'),
            text(locale, 'list.unit'),
            text(locale, 'list.inForce'),
            text(locale, 'list.open'),
            text(locale, 'list.reviewDue'),
          ]}
          rows={standards.map((s) => ({
            key: s.code,
            cells: [
              <>
                <a class="govuk-link" href={standardHref(locale, s.code)}>
                  {pick(s.name, locale)}
                </a>
                <br />
                <span class="govuk-hint govuk-!-font-size-16">{s.code}</span>
              </>,
              pick(s.ownerName, locale),
              s.withdrawn ? (
                <StatusTag locale={locale} state="serviceWithdrawn" />
              ) : s.inForce ? (
                text(locale, 'standard.versionN', { n: s.inForce.version })
              ) : (
                text(locale, 'list.none')
              ),
              s.open ? (
                <>
                  <StatusTag locale={locale} state={s.open.status === 'review' ? 'review' : 'draft'} />{' '}
                  {text(locale, 'standard.versionN', { n: s.open.version })}
                </>
              ) : (
                text(locale, 'list.none')
              ),
              s.reviewDue ? formatDate(s.reviewDue, locale) : text(locale, 'due.missing'),
            ],
          }))}
        />
      )}
    </StaffLayout>
  );
}
