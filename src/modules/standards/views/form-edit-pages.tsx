import type { ComponentChildren } from 'preact';
import { pick } from '../../../platform/i18n';
import {
  BilingualField,
  CsrfInput,
  ErrorSummary,
  type FormValues,
  type ShownErrors,
  TextInput,
} from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { FormField } from '../../eforms/definition';
import { formText } from '../form-messages';
import { text } from '../messages';
import { formHref, standardHref, standardsHref, versionHref } from '../paths';
import type { VersionRow } from '../service';
import { FieldInputs } from './form-field-inputs';

export interface EditorForm {
  values: FormValues;
  errors: ShownErrors;
  /** Problems about other questions or pages (not linked: they are not on this page). */
  extra: string[];
}

function EditorLayout(props: {
  site: StaffSiteContext;
  code: string;
  version: VersionRow;
  title: string;
  caption?: string;
  form: EditorForm;
  action: string;
  hidden: Record<string, string>;
  submit: string;
  children: ComponentChildren;
}) {
  const { site, code, version } = props;
  const { locale } = site;
  const n = version.version;
  const name = pick(version.name, locale);
  return (
    <StaffLayout
      site={site}
      title={`${props.title} — ${name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: name, href: standardHref(locale, code) },
        { text: text(locale, 'standard.versionN', { n }), href: versionHref(locale, code, n) },
        { text: formText(locale, 'form.title'), href: formHref(locale, code, n) },
      ]}
    >
      <ErrorSummary locale={locale} errors={props.form.errors} extra={props.form.extra} />
      <span class="govuk-caption-l">{props.caption ?? `${name} — ${formText(locale, 'form.title')}`}</span>
      <h1 class="govuk-heading-l">{props.title}</h1>
      <form method="post" action={props.action} novalidate>
        <CsrfInput token={site.csrfToken} />
        {Object.entries(props.hidden).map(([k, v]) => (
          <input type="hidden" name={k} value={v} key={k} />
        ))}
        {props.children}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button">
            {props.submit}
          </button>
          <a class="govuk-link" href={formHref(locale, code, n)}>
            {formText(locale, 'form.backToForm')}
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}

/** Adds a question to a page, or edits one. */
export function FieldEditorPage(props: {
  site: StaffSiteContext;
  code: string;
  version: VersionRow;
  page: { id: string; title: string };
  original?: string;
  sources: FormField[];
  form: EditorForm;
}) {
  const { site, page } = props;
  const { locale } = site;
  const hidden: Record<string, string> = { page: page.id };
  if (props.original !== undefined) hidden.original = props.original;
  return (
    <EditorLayout
      site={site}
      code={props.code}
      version={props.version}
      title={formText(locale, props.original === undefined ? 'field.newTitle' : 'field.editTitle')}
      caption={formText(locale, 'field.onPage', { page: page.title })}
      form={props.form}
      action={formHref(locale, props.code, props.version.version, 'formField')}
      hidden={hidden}
      submit={formText(locale, 'field.save')}
    >
      <FieldInputs
        locale={locale}
        values={props.form.values}
        errors={props.form.errors}
        sources={props.sources}
      />
    </EditorLayout>
  );
}

/** Adds a page (with its first question: a page is never empty) or renames one. */
export function PageEditorPage(props: {
  site: StaffSiteContext;
  code: string;
  version: VersionRow;
  original?: string;
  sources: FormField[];
  form: EditorForm;
}) {
  const { site } = props;
  const { locale } = site;
  const common = { locale, values: props.form.values, errors: props.form.errors };
  const isNew = props.original === undefined;
  return (
    <EditorLayout
      site={site}
      code={props.code}
      version={props.version}
      title={formText(locale, isNew ? 'page.newTitle' : 'page.editTitle')}
      form={props.form}
      action={formHref(locale, props.code, props.version.version, 'formPage')}
      hidden={isNew ? {} : { original: props.original! }}
      submit={formText(locale, 'page.save')}
    >
      <BilingualField {...common} id="title" legend={formText(locale, 'page.title')} />
      <TextInput
        {...common}
        id="pageId"
        label={formText(locale, 'page.id')}
        hint={formText(locale, 'page.idHint')}
        width={20}
        bold
      />
      {isNew && (
        <>
          <h2 class="govuk-heading-l govuk-!-margin-top-8">{formText(locale, 'page.firstField')}</h2>
          <FieldInputs {...common} sources={props.sources} />
        </>
      )}
    </EditorLayout>
  );
}
