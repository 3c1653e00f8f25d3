import { CsrfInput, ErrorSummary, type ShownErrors, Textarea } from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { standardHref, standardsHref, withdrawHref } from '../paths';

export function WithdrawPage(props: {
  site: StaffSiteContext;
  code: string;
  name: string;
  values: FormValues;
  errors: ShownErrors;
}) {
  const { site, code } = props;
  const { locale } = site;
  const title = text(locale, 'withdraw.title');
  return (
    <StaffLayout
      site={site}
      title={`${title} — ${props.name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: props.name, href: standardHref(locale, code) },
      ]}
    >
      <ErrorSummary locale={locale} errors={props.errors} />
      <span class="govuk-caption-l">{props.name}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <form method="post" action={withdrawHref(locale, code)} novalidate>
        <CsrfInput token={site.csrfToken} />
        <Textarea
          locale={locale}
          id="reason"
          label={text(locale, 'withdraw.reason')}
          hint={text(locale, 'withdraw.hint')}
          values={props.values}
          errors={props.errors}
          bold
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
            {text(locale, 'withdraw.button')}
          </button>
          <a class="govuk-link" href={standardHref(locale, code)}>
            {text(locale, 'version.back')}
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}
