import { pick } from '../../../platform/i18n';
import {
  BilingualField,
  CsrfInput,
  ErrorSummary,
  Select,
  type ShownErrors,
  TextInput,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { fieldText, text } from '../messages';
import { newServiceHref, standardsHref } from '../paths';

export function NewServicePage(props: {
  site: StaffSiteContext;
  units: { code: string; name: { lv: string; en: string } }[];
  categories: { code: string; name: { lv: string; en: string } }[];
  values: FormValues;
  errors: ShownErrors;
}) {
  const { site } = props;
  const { locale } = site;
  const title = text(locale, 'new.title');
  const common = { locale, values: props.values, errors: props.errors };
  return (
    <StaffLayout
      site={site}
      title={title}
      current="standards"
      crumbs={[{ text: text(locale, 'list.title'), href: standardsHref(locale) }]}
    >
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1 class="govuk-heading-l">{title}</h1>
      <form method="post" action={newServiceHref(locale)} novalidate>
        <CsrfInput token={site.csrfToken} />
        <BilingualField {...common} id="name" legend={fieldText(locale, 'name')} />
        <TextInput
          {...common}
          id="code"
          label={text(locale, 'new.code')}
          hint={text(locale, 'new.codeHint')}
          width={30}
          bold
        />
        <Select
          {...common}
          id="unit"
          label={text(locale, 'list.unit')}
          emptyLabel={fieldText(locale, 'choose')}
          options={props.units.map((u) => ({ value: u.code, label: pick(u.name, locale) }))}
        />
        <Select
          {...common}
          id="category"
          label={text(locale, 'new.category')}
          emptyLabel={fieldText(locale, 'choose')}
          options={props.categories.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {text(locale, 'new.create')}
        </button>
      </form>
    </StaffLayout>
  );
}
