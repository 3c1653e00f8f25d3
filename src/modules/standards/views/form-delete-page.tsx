import { pick } from '../../../platform/i18n';
import { Button, CsrfInput } from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { FormField, FormPage } from '../../eforms/definition';
import { formText } from '../form-messages';
import { text } from '../messages';
import { formHref, standardHref, standardsHref, versionHref } from '../paths';
import type { VersionRow } from '../service';

/** What is about to be deleted: a question, a page with its questions, or the whole form. */
export type DeleteTarget =
  | { kind: 'field'; page: FormPage; field: FormField }
  | { kind: 'page'; page: FormPage }
  | { kind: 'form' };

/**
 * Asks before a question, a page or the whole online form is deleted (GOV.UK: "Are you sure…", a red
 * button and a way back). The button posts the overview's own action; nothing changes until it is pressed.
 */
export function FormDeletePage(props: {
  site: StaffSiteContext;
  code: string;
  version: VersionRow;
  target: DeleteTarget;
}) {
  const { site, code, version, target } = props;
  const { locale } = site;
  const n = version.version;
  const name = pick(version.name, locale);
  const t = (key: Parameters<typeof formText>[1], params?: Record<string, string>) =>
    formText(locale, key, params);
  const title =
    target.kind === 'field'
      ? t('confirm.fieldTitle', { name: target.field.label[locale] })
      : target.kind === 'page'
        ? t('confirm.pageTitle', { name: target.page.title[locale] })
        : t('confirm.formTitle');
  const overview = formHref(locale, code, n);
  const back =
    target.kind === 'field'
      ? `${overview}#field-${target.field.code}`
      : target.kind === 'page'
        ? `${overview}#page-${target.page.id}`
        : overview;
  return (
    <StaffLayout
      site={site}
      title={`${title} — ${name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: name, href: standardHref(locale, code) },
        { text: text(locale, 'standard.versionN', { n }), href: versionHref(locale, code, n) },
        { text: t('form.title'), href: overview },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">
            {name} — {t('form.title')}
          </span>
          <h1 class="govuk-heading-l">{title}</h1>
          {target.kind === 'field' && <p class="govuk-body">{t('confirm.field')}</p>}
          {target.kind === 'page' && (
            <>
              <p class="govuk-body">{t('confirm.page')}</p>
              <ul class="govuk-list govuk-list--bullet">
                {target.page.fields.map((f) => (
                  <li key={f.code}>{f.label[locale]}</li>
                ))}
              </ul>
            </>
          )}
          {target.kind === 'form' && (
            <>
              <p class="govuk-body">{t('confirm.form')}</p>
              <p class="govuk-body">{t('form.removeHint')}</p>
            </>
          )}
          <form method="post" action={overview}>
            <CsrfInput token={site.csrfToken} />
            {target.kind !== 'form' && <input type="hidden" name="page" value={target.page.id} />}
            {target.kind === 'field' && <input type="hidden" name="field" value={target.field.code} />}
            <div class="govuk-button-group">
              <Button
                variant="warning"
                name="action"
                value={
                  target.kind === 'field' ? 'field-delete' : target.kind === 'page' ? 'page-delete' : 'remove'
                }
              >
                {t(
                  target.kind === 'field'
                    ? 'confirm.deleteField'
                    : target.kind === 'page'
                      ? 'confirm.deletePage'
                      : 'confirm.removeForm',
                )}
              </Button>
              <a class="govuk-link" href={back}>
                {t('confirm.cancel')}
              </a>
            </div>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
