import { type Locale, pick } from '../../../platform/i18n';
import {
  BilingualField,
  CsrfInput,
  DateInput,
  ErrorSummary,
  Radios,
  Select,
  type ShownErrors,
  Textarea,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { planHref } from '../paths';

export interface PlanFormChoices {
  units: { code: string; name: { lv: string; en: string } }[];
  services: { code: string; name: { lv: string; en: string }; ownerName: { lv: string; en: string } }[];
  staff: { id: number; name: string }[];
}

export function ItemFormPage(props: {
  site: StaffSiteContext;
  action: string;
  editing: boolean;
  choices: PlanFormChoices;
  values: FormValues;
  errors: ShownErrors;
}) {
  const { site, choices } = props;
  const locale: Locale = site.locale;
  const title = text(locale, props.editing ? 'form.editTitle' : 'form.addTitle');
  const common = { locale, values: props.values, errors: props.errors };
  return (
    <StaffLayout
      site={site}
      title={title}
      current="draftingPlan"
      crumbs={[{ text: text(locale, 'plan.title'), href: planHref(locale) }]}
    >
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1 class="govuk-heading-l">{title}</h1>
      <form method="post" action={props.action} novalidate>
        <CsrfInput token={site.csrfToken} />
        <Select
          {...common}
          id="unit"
          label={text(locale, 'plan.unit')}
          emptyLabel={text(locale, 'form.choose')}
          options={choices.units.map((u) => ({ value: u.code, label: pick(u.name, locale) }))}
        />
        <Select
          {...common}
          id="service"
          label={text(locale, 'form.service')}
          emptyLabel={text(locale, 'form.noService')}
          options={choices.services.map((s) => ({
            value: s.code,
            label: `${pick(s.name, locale)} (${pick(s.ownerName, locale)})`,
          }))}
        />
        <BilingualField
          {...common}
          id="newTitle"
          legend={text(locale, 'form.newTitle')}
          hint={text(locale, 'form.newTitleHint')}
        />
        <Radios
          {...common}
          id="kind"
          legend={text(locale, 'plan.kind')}
          inline
          items={[
            { value: 'write', label: text(locale, 'kind.write') },
            { value: 'review', label: text(locale, 'kind.review') },
          ]}
        />
        <DateInput {...common} id="deadline" legend={text(locale, 'plan.deadline')} />
        <Select
          {...common}
          id="responsible"
          label={text(locale, 'plan.responsible')}
          emptyLabel={text(locale, 'form.nobody')}
          options={choices.staff.map((s) => ({ value: String(s.id), label: s.name }))}
        />
        <Textarea {...common} id="note" label={text(locale, 'plan.note')} rows={3} bold />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button">
            {text(locale, 'form.save')}
          </button>
          <a class="govuk-link" href={planHref(locale)}>
            {text(locale, 'form.back')}
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}
