import type { Bilingual } from '../../../db/schema';
import { formatDate, type Locale, pick } from '../../../platform/i18n';
import {
  Button,
  CsrfInput,
  ErrorSummary,
  Radios,
  type ShownErrors,
  Textarea,
} from '../../../platform/web/components/form';
import { SummaryList } from '../../../platform/web/components/summary-list';
import type { FormValues } from '../../../platform/web/form-values';
import { href } from '../../../platform/web/paths';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { text } from '../messages';
import { requestHref, standardHref, standardsHref } from '../paths';
import type { WithdrawalRequestRow } from '../service';

export function requestSummary(locale: Locale, r: WithdrawalRequestRow): string {
  const what =
    r.kind === 'withdraw'
      ? text(locale, 'standard.requestWhat.withdraw', { from: formatDate(r.effectiveFrom ?? '', locale) })
      : text(locale, 'standard.requestWhat.restore');
  return text(locale, 'standard.requestPending', {
    who: r.requestedByName,
    date: formatDate(r.requestedAt, locale),
    what,
  });
}

/** The head's decision on a withdrawal or restore request, with what withdrawing would touch. */
export function DecidePage(props: {
  site: StaffSiteContext;
  code: string;
  name: string;
  request: WithdrawalRequestRow;
  lifeSituations: { code: string; title: Bilingual }[];
  /** Why this user may not decide (not the head, or asked themselves); undefined when they may. */
  blocked?: 'onlyHead' | 'ownRequest';
  values: FormValues;
  errors: ShownErrors;
}) {
  const { site, code, request } = props;
  const { locale } = site;
  const title = text(locale, 'decide.title');
  const pending = request.status === 'pending';
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
      <SummaryList
        rows={[
          { key: text(locale, 'request.kind'), value: text(locale, `request.kind.${request.kind}`) },
          { key: text(locale, 'request.reason'), value: request.reason },
          request.effectiveFrom && {
            key: text(locale, 'request.from'),
            value: formatDate(request.effectiveFrom, locale),
          },
          {
            key: text(locale, 'request.by'),
            value: `${request.requestedByName}, ${formatDate(request.requestedAt, locale)}`,
          },
          { key: text(locale, 'request.status'), value: text(locale, `request.status.${request.status}`) },
          request.decisionNote && { key: text(locale, 'decide.note'), value: request.decisionNote },
        ]}
      />
      {request.kind === 'withdraw' && (
        <div id="life-situations">
          <h2 class="govuk-heading-m">{text(locale, 'withdraw.lifeSituations')}</h2>
          {props.lifeSituations.length === 0 ? (
            <p class="govuk-body">{text(locale, 'withdraw.noLifeSituations')}</p>
          ) : (
            <ul class="govuk-list govuk-list--bullet">
              {props.lifeSituations.map((s) => (
                <li key={s.code}>
                  <a class="govuk-link" href={href(locale, 'lifeSituations', s.code)}>
                    {pick(s.title, locale)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {pending && props.blocked && (
        <p class="govuk-inset-text" id="four-eyes">
          {text(locale, props.blocked === 'ownRequest' ? 'decide.ownRequest' : 'decide.onlyHead')}
        </p>
      )}
      {pending && !props.blocked && (
        <form method="post" action={requestHref(locale, code, request.id)} novalidate>
          <CsrfInput token={site.csrfToken} />
          <Radios
            locale={locale}
            id="decision"
            legend={text(locale, 'decide.decision')}
            items={[
              { value: 'approve', label: text(locale, 'decide.approve') },
              { value: 'reject', label: text(locale, 'decide.reject') },
            ]}
            values={props.values}
            errors={props.errors}
          />
          <Textarea
            locale={locale}
            id="note"
            label={text(locale, 'decide.note')}
            values={props.values}
            errors={props.errors}
            rows={3}
            bold
          />
          <Button>{text(locale, 'decide.button')}</Button>
        </form>
      )}
    </StaffLayout>
  );
}
