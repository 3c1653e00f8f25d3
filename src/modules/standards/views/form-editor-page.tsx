import { type Locale, pick } from '../../../platform/i18n';
import {
  Button,
  CsrfInput,
  ErrorSummary,
  type FormError,
  SuccessBanner,
} from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { FormDefinition, FormField, FormPage } from '../../eforms/definition';
import { formText } from '../form-messages';
import { text } from '../messages';
import { formHref, standardHref, standardsHref, versionHref } from '../paths';
import type { VersionRow } from '../service';

export interface FormEditorProblems {
  linked: FormError[];
  extra: string[];
}

/** The question a condition names and the answers it takes, in words. */
export function conditionParts(locale: Locale, def: FormDefinition, field: FormField) {
  const cond = field.showWhen;
  const source = def.pages.flatMap((p) => p.fields).find((f) => f.code === cond?.field);
  const valueLabel = (v: string) =>
    source?.type === 'yesno'
      ? formText(locale, v === 'yes' ? 'yes' : 'no')
      : (source?.options?.find((o) => o.key === v)?.label[locale] ?? v);
  return {
    field: source ? source.label[locale] : (cond?.field ?? ''),
    values: (cond?.values ?? []).map(valueLabel).join(formText(locale, 'or')),
  };
}

/** The condition of a question in words ("if „Do you rent?” is Yes"). */
export function conditionText(locale: Locale, def: FormDefinition, field: FormField): string {
  return field.showWhen ? formText(locale, 'form.conditionText', conditionParts(locale, def, field)) : '';
}

function ActionForm(props: {
  action: string;
  csrfToken: string;
  hidden: Record<string, string>;
  buttons: { value: string; label: string; of: string }[];
  /** The red link to the confirmation before deleting, beside the buttons. */
  delete: { href: string; label: string; of: string };
}) {
  return (
    <form method="post" action={props.action} class="pietura-inline-form">
      <CsrfInput token={props.csrfToken} />
      {Object.entries(props.hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} key={name} />
      ))}
      <div class="govuk-button-group govuk-!-margin-bottom-0">
        {props.buttons.map((b) => (
          <button
            type="submit"
            name="action"
            value={b.value}
            key={b.value}
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
            data-module="govuk-button"
          >
            {b.label}
            <span class="govuk-visually-hidden">: {b.of}</span>
          </button>
        ))}
        <DeleteLink {...props.delete} />
      </div>
    </form>
  );
}

/** Deleting asks first: a red link to the confirmation page (which works without JavaScript). */
function DeleteLink(props: { href: string; label: string; of: string }) {
  return (
    <a
      href={props.href}
      draggable={false}
      class="govuk-button govuk-button--warning govuk-!-margin-bottom-1"
      data-module="govuk-button"
    >
      {props.label}
      <span class="govuk-visually-hidden">: {props.of}</span>
    </a>
  );
}

function PageSection(props: {
  locale: Locale;
  def: FormDefinition;
  page: FormPage;
  n: number;
  editable: boolean;
  href: (part?: 'formField' | 'formPage' | 'formDelete', query?: string) => string;
  csrfToken: string;
}) {
  const { locale, def, page, editable } = props;
  const t = (key: Parameters<typeof formText>[1]) => formText(locale, key);
  const title = page.title[locale];
  const pageQuery = `page=${encodeURIComponent(page.id)}`;
  return (
    <section aria-labelledby={`page-${page.id}`} class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id={`page-${page.id}`}>
        <span class="govuk-caption-m">{formText(locale, 'form.pageN', { n: props.n })}</span>
        {title}
      </h2>
      {editable && (
        <div class="govuk-button-group">
          <a class="govuk-link" href={props.href('formPage', pageQuery)}>
            {t('form.editPage')}
            <span class="govuk-visually-hidden">: {title}</span>
          </a>
          <a class="govuk-link" href={props.href('formField', pageQuery)}>
            {t('form.addField')}
            <span class="govuk-visually-hidden">: {title}</span>
          </a>
          <ActionForm
            action={props.href()}
            csrfToken={props.csrfToken}
            hidden={{ page: page.id }}
            buttons={[
              { value: 'page-up', label: t('form.up'), of: title },
              { value: 'page-down', label: t('form.down'), of: title },
            ]}
            delete={{ href: props.href('formDelete', pageQuery), label: t('form.deletePage'), of: title }}
          />
        </div>
      )}
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('form.col.question')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('form.col.type')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('form.col.required')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('form.col.condition')}
            </th>
            {editable && (
              <th scope="col" class="govuk-table__header">
                {t('form.col.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {page.fields.map((field) => {
            const label = field.label[locale];
            return (
              <tr class="govuk-table__row" key={field.code} id={`field-${field.code}`}>
                <th scope="row" class="govuk-table__header">
                  {label}
                  <br />
                  <span class="govuk-hint govuk-!-font-size-16">
                    {t('form.col.code')}: <code>{field.code}</code>
                  </span>
                </th>
                <td class="govuk-table__cell">{formText(locale, `type.${field.type}`)}</td>
                <td class="govuk-table__cell">{t(field.required ? 'yes' : 'no')}</td>
                <td class="govuk-table__cell">{conditionText(locale, def, field)}</td>
                {editable && (
                  <td class="govuk-table__cell">
                    <p class="govuk-body">
                      <a
                        class="govuk-link"
                        href={props.href('formField', `${pageQuery}&field=${encodeURIComponent(field.code)}`)}
                      >
                        {t('form.edit')}
                        <span class="govuk-visually-hidden">: {label}</span>
                      </a>
                    </p>
                    <ActionForm
                      action={props.href()}
                      csrfToken={props.csrfToken}
                      hidden={{ page: page.id, field: field.code }}
                      buttons={[
                        { value: 'field-up', label: t('form.up'), of: label },
                        { value: 'field-down', label: t('form.down'), of: label },
                      ]}
                      delete={{
                        href: props.href(
                          'formDelete',
                          `${pageQuery}&field=${encodeURIComponent(field.code)}`,
                        ),
                        label: t('form.delete'),
                        of: label,
                      }}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The pages and questions of a version's online form, with the editor's actions while it is a draft. */
export function FormEditorPage(props: {
  site: StaffSiteContext;
  code: string;
  version: VersionRow;
  form: FormDefinition | null;
  editable: boolean;
  done?: string;
  problems?: FormEditorProblems;
}) {
  const { site, code, version, form, editable } = props;
  const { locale } = site;
  const n = version.version;
  const name = pick(version.name, locale);
  const t = (key: Parameters<typeof formText>[1]) => formText(locale, key);
  const href = (part?: 'formField' | 'formPage' | 'formDelete', query?: string) =>
    formHref(locale, code, n, part, query);
  return (
    <StaffLayout
      site={site}
      title={`${t('form.title')} — ${name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: name, href: standardHref(locale, code) },
        { text: text(locale, 'standard.versionN', { n }), href: versionHref(locale, code, n) },
      ]}
    >
      <SuccessBanner locale={locale} message={props.done} />
      <ErrorSummary locale={locale} errors={props.problems?.linked ?? []} extra={props.problems?.extra} />
      <span class="govuk-caption-l">
        {name} — {text(locale, 'standard.versionN', { n })}
      </span>
      <h1 class="govuk-heading-l">{t('form.title')}</h1>
      <p class="govuk-body">{t('form.intro')}</p>
      {!editable && <p class="govuk-inset-text">{t('form.readOnly')}</p>}
      {!form && <p class="govuk-body">{t(editable ? 'form.none' : 'form.noneReadOnly')}</p>}
      {form && (
        <p class="govuk-body">
          <a class="govuk-link" href={formHref(locale, code, n, 'formPreview')}>
            {t('form.preview')}
          </a>
        </p>
      )}
      {form?.pages.map((page, i) => (
        <PageSection
          key={page.id}
          locale={locale}
          def={form}
          page={page}
          n={i + 1}
          editable={editable}
          href={href}
          csrfToken={site.csrfToken}
        />
      ))}
      {editable && (
        <div class="govuk-button-group govuk-!-margin-top-6">
          <a class="govuk-button" data-module="govuk-button" href={href('formPage')}>
            {t('form.addPage')}
          </a>
        </div>
      )}
      {editable && form && (
        <>
          <p class="govuk-hint">{t('form.removeHint')}</p>
          <Button variant="warning" href={href('formDelete')}>
            {t('form.remove')}
          </Button>
        </>
      )}
      <p class="govuk-body">
        <a class="govuk-link" href={versionHref(locale, code, n)}>
          {t('form.back')}
        </a>
      </p>
    </StaffLayout>
  );
}
