import { neverInForce } from '../../../db/versions';
import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { ActionButton, SuccessBanner, Table } from '../../../platform/web/components/form';
import { WarningText } from '../../../platform/web/components/inset-text';
import { href } from '../../../platform/web/paths';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { fieldText, text } from '../messages';
import {
  categoryHref,
  compareHref,
  requestHref,
  restoreHref,
  standardsHref,
  versionHref,
  versionsHref,
  withdrawHref,
} from '../paths';
import { type CommentRow, type StandardDetails, versionState } from '../service';
import { requestSummary } from './decide-page';
import { StatusTag } from './status-tag';

export function CommentList(props: {
  locale: Locale;
  comments: CommentRow[];
  versionOf?: (id: number) => number;
}) {
  const { locale, comments } = props;
  if (comments.length === 0) return null;
  return (
    <>
      <h2 class="govuk-heading-m">{text(locale, 'standard.comments')}</h2>
      <ul class="govuk-list" id="comments">
        {comments.map((c) => (
          <li key={c.id} class="govuk-!-margin-bottom-4">
            <p class="govuk-body govuk-!-margin-bottom-1">
              <strong>{c.authorName}</strong>, {formatDate(c.createdAt, locale)}
              {props.versionOf &&
                ` — ${text(locale, 'standard.versionN', { n: props.versionOf(c.versionId) })}`}
            </p>
            <div class="govuk-inset-text govuk-!-margin-top-1">{c.body}</div>
          </li>
        ))}
      </ul>
    </>
  );
}

export function StandardPage(props: { site: StaffSiteContext; standard: StandardDetails; done?: string }) {
  const { site, standard } = props;
  const { locale } = site;
  const { service, versions } = standard;
  const code = service.code;
  const latest = versions[0];
  const shown = versions.find((v) => v.id === standard.inForceId) ?? latest;
  const title = shown ? pick(shown.name, locale) : code;
  const open = versions.find((v) => v.status === 'draft' || v.status === 'review');
  const withdrawn = standard.withdrawal === 'withdrawn';
  const pending = standard.requests.find((r) => r.status === 'pending');
  const numbers = versions.map((v) => v.version);
  const compareA = versions.find((v) => v.id === standard.inForceId)?.version ?? numbers[numbers.length - 1];
  const compareB = latest?.version;
  return (
    <StaffLayout
      site={site}
      title={title}
      current="standards"
      crumbs={[{ text: text(locale, 'list.title'), href: standardsHref(locale) }]}
    >
      <SuccessBanner locale={locale} message={props.done} />
      <span class="govuk-caption-l">
        {code} · {pick(standard.ownerName, locale)}
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body" id="category">
        {text(locale, 'standard.category')}:{' '}
        <strong>{standard.category ? pick(standard.category.name, locale) : service.categoryCode}</strong>
        {standard.may.category && !withdrawn && (
          <>
            {' '}
            <a class="govuk-link" href={categoryHref(locale, code)}>
              {text(locale, 'standard.changeCategory')}
            </a>
          </>
        )}
      </p>
      {standard.withdrawal !== 'none' && (
        <WarningText locale={locale}>
          {text(locale, withdrawn ? 'standard.withdrawn' : 'standard.withdrawalScheduled', {
            date: formatDate(service.withdrawnAt!, locale),
            reason: service.withdrawnReason ?? '',
          })}
        </WarningText>
      )}
      {pending && (
        <div class="govuk-inset-text" id="pending-request">
          <p class="govuk-body">{requestSummary(locale, pending)}</p>
          <a class="govuk-link" href={requestHref(locale, code, pending.id)}>
            {text(locale, 'standard.decide')}
          </a>
        </div>
      )}
      <div class="govuk-button-group">
        {standard.may.edit && !withdrawn && !open && (
          <ActionButton
            action={versionsHref(locale, code)}
            csrfToken={site.csrfToken}
            label={text(locale, 'standard.start')}
          />
        )}
        {open && (
          <a class="govuk-button" href={versionHref(locale, code, open.version)}>
            {text(locale, 'standard.versionN', { n: open.version })}:{' '}
            {text(locale, `status.${open.status === 'review' ? 'review' : 'draft'}`)}
          </a>
        )}
        {!withdrawn && standard.inForceId !== undefined && (
          <a class="govuk-link" href={href(locale, 'services', code)}>
            {text(locale, 'standard.public')}
          </a>
        )}
        {standard.may.edit && !pending && standard.withdrawal === 'none' && (
          <a class="govuk-link" href={withdrawHref(locale, code)}>
            {text(locale, 'standard.withdraw')}
          </a>
        )}
        {standard.may.edit && !pending && standard.withdrawal !== 'none' && (
          <a class="govuk-link" href={restoreHref(locale, code)}>
            {text(locale, withdrawn ? 'standard.restore' : 'standard.cancelWithdrawal')}
          </a>
        )}
      </div>
      {standard.may.edit && !withdrawn && !open && (
        <p class="govuk-hint">{text(locale, 'standard.startHint')}</p>
      )}

      <Table
        id="versions"
        label={text(locale, 'standard.versions')}
        caption={text(locale, 'standard.versions')}
        captionSize="m"
        head={[
          text(locale, 'standard.version'),
          text(locale, 'standard.status'),
          text(locale, 'list.reviewDue'),
          fieldText(locale, 'validFrom'),
          fieldText(locale, 'validTo'),
        ]}
        rows={versions.map((v) => ({
          key: String(v.id),
          cells: [
            <a class="govuk-link" href={versionHref(locale, code, v.version)} key="n">
              {text(locale, 'standard.versionN', { n: v.version })}
            </a>,
            <StatusTag locale={locale} state={versionState(v, standard.inForceId, withdrawn)} key="s" />,
            v.reviewDue ? formatDate(v.reviewDue, locale) : '',
            v.validFrom ? formatDate(v.validFrom, locale) : '',
            neverInForce(v)
              ? fieldText(locale, 'neverInForce')
              : v.validTo
                ? formatDate(v.validTo, locale)
                : '',
          ],
        }))}
      />

      {standard.requests.length > 0 && (
        <Table
          id="requests"
          label={text(locale, 'standard.requests')}
          caption={text(locale, 'standard.requests')}
          captionSize="m"
          head={[
            text(locale, 'request.kind'),
            text(locale, 'request.reason'),
            text(locale, 'request.by'),
            text(locale, 'request.status'),
          ]}
          rows={standard.requests.map((r) => ({
            key: String(r.id),
            cells: [
              <a class="govuk-link" href={requestHref(locale, code, r.id)} key="k">
                {text(locale, `request.kind.${r.kind}`)}
                {r.effectiveFrom && ` (${formatDate(r.effectiveFrom, locale)})`}
              </a>,
              r.reason,
              `${r.requestedByName}, ${formatDate(r.requestedAt, locale)}`,
              text(locale, `request.status.${r.status}`),
            ],
          }))}
        />
      )}

      {versions.length > 1 && (
        <form method="get" action={compareHref(locale, code)}>
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
              <h2 class="govuk-fieldset__heading">{text(locale, 'standard.compare')}</h2>
            </legend>
            <div class="govuk-grid-row">
              {(['a', 'b'] as const).map((side) => (
                <div class="govuk-grid-column-one-quarter" key={side}>
                  <div class="govuk-form-group">
                    <label class="govuk-label" for={`compare-${side}`}>
                      {text(locale, side === 'a' ? 'standard.compareA' : 'standard.compareB')}
                    </label>
                    <select class="govuk-select" id={`compare-${side}`} name={side}>
                      {numbers.map((n) => (
                        <option
                          key={n}
                          value={String(n)}
                          selected={n === (side === 'a' ? compareA : compareB)}
                        >
                          {text(locale, 'standard.versionN', { n })}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            {text(locale, 'standard.compareButton')}
          </button>
        </form>
      )}

      <CommentList
        locale={locale}
        comments={standard.comments}
        versionOf={(id) => versions.find((v) => v.id === id)?.version ?? 0}
      />
    </StaffLayout>
  );
}
