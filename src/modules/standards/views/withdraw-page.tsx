import type { Bilingual } from '../../../db/schema';
import { pick } from '../../../platform/i18n';
import {
  Button,
  CsrfInput,
  DateInput,
  ErrorSummary,
  type ShownErrors,
  Textarea,
} from '../../../platform/web/components/form';
import { WarningText } from '../../../platform/web/components/inset-text';
import type { FormValues } from '../../../platform/web/form-values';
import { href } from '../../../platform/web/paths';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { restoreHref, standardHref, standardsHref, withdrawHref } from '../paths';

/** The form to ask for a withdrawal (reason, first day without the service) or for a restore (reason). */
export function WithdrawPage(props: {
  site: StaffSiteContext;
  kind: 'withdraw' | 'restore';
  code: string;
  name: string;
  lifeSituations: { code: string; title: Bilingual }[];
  values: FormValues;
  errors: ShownErrors;
}) {
  const { site, code, kind } = props;
  const { locale } = site;
  const title = text(locale, kind === 'withdraw' ? 'withdraw.title' : 'restore.title');
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
      <p class="govuk-body">{text(locale, kind === 'withdraw' ? 'withdraw.lead' : 'restore.lead')}</p>
      {kind === 'withdraw' &&
        (props.lifeSituations.length === 0 ? (
          <p class="govuk-body" id="life-situations">
            {text(locale, 'withdraw.noLifeSituations')}
          </p>
        ) : (
          <div id="life-situations">
            <WarningText locale={locale}>{text(locale, 'withdraw.lifeSituations')}:</WarningText>
            <ul class="govuk-list govuk-list--bullet">
              {props.lifeSituations.map((s) => (
                <li key={s.code}>
                  <a class="govuk-link" href={href(locale, 'lifeSituations', s.code)}>
                    {pick(s.title, locale)}
                  </a>
                </li>
              ))}
            </ul>
            <p class="govuk-hint">{text(locale, 'withdraw.lifeSituationsHint')}</p>
          </div>
        ))}
      <form
        method="post"
        action={kind === 'withdraw' ? withdrawHref(locale, code) : restoreHref(locale, code)}
        novalidate
      >
        <CsrfInput token={site.csrfToken} />
        <Textarea
          locale={locale}
          id="reason"
          label={text(locale, 'withdraw.reason')}
          hint={kind === 'withdraw' ? text(locale, 'withdraw.hint') : undefined}
          values={props.values}
          errors={props.errors}
          bold
        />
        {kind === 'withdraw' && (
          <DateInput
            locale={locale}
            id="from"
            legend={text(locale, 'withdraw.from')}
            values={props.values}
            errors={props.errors}
          />
        )}
        <div class="govuk-button-group">
          <Button variant={kind === 'withdraw' ? 'warning' : 'primary'}>
            {text(locale, kind === 'withdraw' ? 'withdraw.button' : 'restore.button')}
          </Button>
          <a class="govuk-link" href={standardHref(locale, code)}>
            {text(locale, 'version.back')}
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}
