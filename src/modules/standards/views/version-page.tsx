import type { Bilingual } from '../../../db/schema';
import { neverInForce } from '../../../db/versions';
import { formatDate, pick } from '../../../platform/i18n';
import {
  ActionButton,
  CsrfInput,
  DateInput,
  ErrorSummary,
  type ShownErrors,
  SuccessBanner,
  Textarea,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { fieldText, text } from '../messages';
import { categoryHref, standardHref, standardsHref, versionHref } from '../paths';
import {
  type ApprovalConflict,
  type ChangeSummary,
  type StandardDetails,
  type VersionRow,
  versionInputOf,
  versionState,
} from '../service';
import { ChangesSection } from './changes-section';
import { FormLinks } from './form-links';
import { ImportProvenance, ImportTodo } from './import-section';
import { CommentList } from './standard-page';
import { StatusTag } from './status-tag';
import { versionLines } from './version-fields';

export interface ReviewForms {
  values: FormValues;
  errors: ShownErrors;
}

export function VersionPage(props: {
  site: StaffSiteContext;
  standard: StandardDetails;
  version: VersionRow;
  centreNames: Map<string, Bilingual>;
  review?: ReviewForms;
  done?: string;
  /** Against the approved version it started from (drafts and versions in review). */
  changes?: ChangeSummary;
  onlyChanges: boolean;
  /** Why the signed-in head may not approve this version (four eyes). */
  conflict?: ApprovalConflict;
}) {
  const { site, standard, version } = props;
  const { locale } = site;
  const code = standard.service.code;
  const n = version.version;
  const name = pick(version.name, locale);
  const title = `${name} — ${text(locale, 'standard.versionN', { n })}`;
  const review = props.review ?? { values: {}, errors: new Map() };
  const withdrawn = standard.withdrawal === 'withdrawn';
  const comments = standard.comments.filter((c) => c.versionId === version.id);
  const returned = version.status === 'draft' ? comments.at(-1) : undefined;
  const showChanges = props.changes && (version.status === 'draft' || version.status === 'review');
  return (
    <StaffLayout
      site={site}
      title={title}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: name, href: standardHref(locale, code) },
      ]}
    >
      <SuccessBanner locale={locale} message={props.done} />
      <ErrorSummary locale={locale} errors={review.errors} />
      {returned && (
        <section class="govuk-notification-banner" aria-labelledby="returned-title" id="returned">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="returned-title">
              {text(locale, 'version.returnedComment')}
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-body">
              <strong>{returned.authorName}</strong>, {formatDate(returned.createdAt, locale)}:
            </p>
            <p class="govuk-body pietura-pre-line">{returned.body}</p>
          </div>
        </section>
      )}
      <span class="govuk-caption-l">{text(locale, 'standard.versionN', { n })}</span>
      <h1 class="govuk-heading-l">{name}</h1>
      <p class="govuk-body">
        <StatusTag locale={locale} state={versionState(version, standard.inForceId, withdrawn)} />
        {version.validFrom && ` ${fieldText(locale, 'validFrom')}: ${formatDate(version.validFrom, locale)}`}
        {version.validTo &&
          (neverInForce(version)
            ? `, ${fieldText(locale, 'neverInForce')}`
            : `, ${fieldText(locale, 'validTo').toLowerCase()}: ${formatDate(version.validTo, locale)}`)}
      </p>
      <ImportTodo
        locale={locale}
        version={version}
        categoryHref={standard.may.category ? categoryHref(locale, code) : undefined}
      />

      {!withdrawn && version.status === 'draft' && standard.may.edit && (
        <div class="govuk-button-group">
          <a class="govuk-button govuk-button--secondary" href={versionHref(locale, code, n, 'edit')}>
            {text(locale, 'version.edit')}
          </a>
          <ActionButton
            action={versionHref(locale, code, n, 'submit')}
            csrfToken={site.csrfToken}
            label={text(locale, 'version.submit')}
          />
        </div>
      )}
      {!withdrawn && version.status === 'draft' && standard.may.edit && (
        <p class="govuk-hint">{text(locale, 'version.submitHint')}</p>
      )}

      {!withdrawn && version.status === 'review' && !standard.may.approve && (
        <p class="govuk-inset-text">{text(locale, 'version.onlyHead')}</p>
      )}
      {!withdrawn && version.status === 'review' && standard.may.approve && props.conflict && (
        <p class="govuk-inset-text" id="four-eyes">
          {text(locale, props.conflict === 'author' ? 'version.ownDraft' : 'version.ownSubmission')}
        </p>
      )}
      {!withdrawn && version.status === 'review' && standard.may.approve && (
        <div class="govuk-grid-row">
          {!props.conflict && (
            <div class="govuk-grid-column-one-half">
              <form method="post" action={versionHref(locale, code, n, 'approve')} novalidate>
                <CsrfInput token={site.csrfToken} />
                <h2 class="govuk-heading-m">{text(locale, 'version.approveTitle')}</h2>
                <DateInput
                  locale={locale}
                  id="validFrom"
                  legend={fieldText(locale, 'validFrom')}
                  hint={text(locale, 'version.approveHint')}
                  values={review.values}
                  errors={review.errors}
                />
                <button type="submit" class="govuk-button" data-module="govuk-button">
                  {text(locale, 'version.approve')}
                </button>
              </form>
            </div>
          )}
          <div class="govuk-grid-column-one-half">
            <form method="post" action={versionHref(locale, code, n, 'return')} novalidate>
              <CsrfInput token={site.csrfToken} />
              <h2 class="govuk-heading-m">{text(locale, 'version.return')}</h2>
              <Textarea
                locale={locale}
                id="comment"
                label={text(locale, 'version.comment')}
                values={review.values}
                errors={review.errors}
              />
              <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                {text(locale, 'version.return')}
              </button>
            </form>
          </div>
        </div>
      )}

      <FormLinks
        locale={locale}
        code={code}
        n={n}
        hasForm={version.formDefinition !== null}
        editable={!withdrawn && version.status === 'draft' && standard.may.edit}
      />

      {showChanges && props.changes && (
        <ChangesSection
          locale={locale}
          version={version}
          summary={props.changes}
          centreNames={props.centreNames}
          onlyChanges={props.onlyChanges}
          href={(only) => `${versionHref(locale, code, n)}${only ? '?changes=only' : ''}#changes`}
        />
      )}

      {!(showChanges && props.changes?.base && props.changes.changed.length > 0) && (
        <dl class="govuk-summary-list" id="fields">
          {versionLines(locale, versionInputOf(version), props.centreNames).map((line) => (
            <div class="govuk-summary-list__row" key={line.id}>
              <dt class="govuk-summary-list__key">{line.label}</dt>
              <dd class="govuk-summary-list__value">{line.value}</dd>
            </div>
          ))}
        </dl>
      )}

      <ImportProvenance locale={locale} version={version} />
      <CommentList locale={locale} comments={comments} />
    </StaffLayout>
  );
}
