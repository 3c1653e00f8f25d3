import type { Bilingual } from '../../../db/schema';
import { pick } from '../../../platform/i18n';
import {
  Button,
  CsrfInput,
  ErrorSummary,
  Select,
  type ShownErrors,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { fieldText, text } from '../messages';
import { categoryHref, standardHref, standardsHref } from '../paths';

/** The form to file a service under another category (an imported one's "category" to-do item). */
export function CategoryPage(props: {
  site: StaffSiteContext;
  code: string;
  name: string;
  current: { code: string; name: Bilingual } | undefined;
  unsorted: boolean;
  categories: { code: string; name: Bilingual }[];
  values: FormValues;
  errors: ShownErrors;
}) {
  const { site, code } = props;
  const { locale } = site;
  const title = text(locale, 'category.title');
  return (
    <StaffLayout
      site={site}
      title={`${props.errors.size > 0 ? (locale === 'lv' ? 'Kļūda: ' : 'Error: ') : ''}${title} — ${props.name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: props.name, href: standardHref(locale, code) },
      ]}
    >
      <ErrorSummary locale={locale} errors={props.errors} />
      <span class="govuk-caption-l">{props.name}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{text(locale, 'category.lead')}</p>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{text(locale, 'category.current')}</dt>
          <dd class="govuk-summary-list__value" id="current-category">
            {props.current ? pick(props.current.name, locale) : ''}
          </dd>
        </div>
      </dl>
      {props.unsorted && <p class="govuk-inset-text">{text(locale, 'category.unsorted')}</p>}
      <form method="post" action={categoryHref(locale, code)} novalidate>
        <CsrfInput token={site.csrfToken} />
        <Select
          locale={locale}
          id="category"
          label={text(locale, 'category.label')}
          emptyLabel={fieldText(locale, 'choose')}
          options={props.categories.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
          values={props.values}
          errors={props.errors}
        />
        <div class="govuk-button-group">
          <Button>{text(locale, 'category.button')}</Button>
          <a class="govuk-link" href={standardHref(locale, code)}>
            {text(locale, 'version.back')}
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}
