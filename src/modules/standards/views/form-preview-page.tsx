import { type Locale, pick } from '../../../platform/i18n';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { FormDefinition } from '../../eforms/definition';
import { FormFieldInput } from '../../eforms/views/form-field';
import { formText } from '../form-messages';
import { text } from '../messages';
import { formHref, standardHref, standardsHref, versionHref } from '../paths';
import type { VersionRow } from '../service';
import { conditionParts } from './form-editor-page';

/**
 * The whole online form as a resident sees it, page by page, in the chosen language: the same
 * components as the journey, inside no form, so nothing can be submitted from here.
 */
export function FormPreviewPage(props: {
  site: StaffSiteContext;
  code: string;
  version: VersionRow;
  form: FormDefinition | null;
  lang: Locale;
}) {
  const { site, code, version, form, lang } = props;
  const { locale } = site;
  const n = version.version;
  const name = pick(version.name, locale);
  const t = (key: Parameters<typeof formText>[1]) => formText(locale, key);
  const switchTo = (to: Locale) => formHref(locale, code, n, 'formPreview', `lang=${to}`);
  return (
    <StaffLayout
      site={site}
      title={`${t('preview.title')} — ${name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: name, href: standardHref(locale, code) },
        { text: text(locale, 'standard.versionN', { n }), href: versionHref(locale, code, n) },
        { text: t('form.title'), href: formHref(locale, code, n) },
      ]}
    >
      <span class="govuk-caption-l">
        {name} — {text(locale, 'standard.versionN', { n })}
      </span>
      <h1 class="govuk-heading-l">{t('preview.title')}</h1>
      <div class="govuk-warning-text" id="preview-notice">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">{t('preview.banner')}</strong>
      </div>
      <nav aria-label={t('preview.language')}>
        <ul class="govuk-list govuk-list--inline" id="preview-language">
          {(['lv', 'en'] as const).map((to) => (
            <li key={to}>
              {to === lang ? (
                <strong aria-current="true">
                  {t(to === 'lv' ? 'preview.inLatvian' : 'preview.inEnglish')}
                </strong>
              ) : (
                <a class="govuk-link" href={switchTo(to)} lang={to === 'lv' ? 'lv' : 'en'}>
                  {t(to === 'lv' ? 'preview.inLatvian' : 'preview.inEnglish')}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {!form && <p class="govuk-body">{t('form.noneReadOnly')}</p>}
      {form && <p class="govuk-inset-text">{t('preview.applicant')}</p>}
      <div lang={lang} id="preview">
        {form?.pages.map((page, i) => (
          <section
            key={page.id}
            aria-labelledby={`preview-page-${page.id}`}
            class="pietura-preview-page govuk-!-margin-top-8"
          >
            <span class="govuk-caption-m" lang={locale}>
              {formText(locale, 'form.pageN', { n: i + 1 })}
            </span>
            <h2 class="govuk-heading-l" id={`preview-page-${page.id}`}>
              {page.title[lang]}
            </h2>
            {page.fields.map((field) => (
              <div key={field.code}>
                {field.showWhen && (
                  <p class="govuk-body-s govuk-!-margin-bottom-1" lang={locale}>
                    <em>{formText(locale, 'preview.conditional', conditionParts(locale, form, field))}</em>
                  </p>
                )}
                <FormFieldInput locale={lang} field={field} values={{}} errors={new Map()} />
              </div>
            ))}
          </section>
        ))}
      </div>
      <p class="govuk-body">
        <a class="govuk-link" href={formHref(locale, code, n)}>
          {t('form.backToForm')}
        </a>
      </p>
    </StaffLayout>
  );
}
