import { type Locale, pick } from '../../../platform/i18n';
import {
  Button,
  type FormError,
  type FormValues,
  Radios,
  Select,
  type ShownErrors,
  TextInput,
} from '../../../platform/web/components/form';
import * as catalogue from '../../catalogue/service';
import type { Answers } from '../answers';
import type { FormField, FormPage } from '../definition';
import type { DeliveryOption, DraftFileRow } from '../service';
import { FormFieldInput } from './form-field';
import { CsrfHidden, type JourneyContext, JourneyLayout, say } from './journey-layout';

const DELIVERY_TEXT: Record<DeliveryOption, { lv: string; en: string }> = {
  centre: { lv: 'Klātienē klientu apkalpošanas centrā', en: 'In person at a service centre' },
  post: { lv: 'Pa pastu uz norādīto adresi', en: 'By post to the address you gave' },
  email: { lv: 'E-pastā', en: 'By email' },
  download: {
    lv: 'Lejupielādēt šeit ar reģistrācijas numuru un piekļuves kodu',
    en: 'Download here with the registration number and the access code',
  },
};

export function deliveryText(locale: Locale, option: string): string {
  return (DELIVERY_TEXT as Record<string, { lv: string; en: string }>)[option]?.[locale] ?? option;
}

/** The start page (GOV.UK): what you need, how long it takes, the fee, and "Start now". */
export function StartPage(props: { ctx: JourneyContext; action: string; startCsrf: string }) {
  const { ctx } = props;
  const { locale } = ctx.site;
  const v = ctx.journey.standard.version;
  const docs = ctx.journey.service.requiredDocuments;
  const hasFiles = ctx.journey.definition.pages.some((p) => p.fields.some((f) => f.type === 'file'));
  return (
    <JourneyLayout ctx={ctx} title={say(locale, 'Pieteikties tiešsaistē', 'Apply online')}>
      <h1 class="govuk-heading-xl">{say(locale, 'Pieteikties tiešsaistē', 'Apply online')}</h1>
      <p class="govuk-body-l">
        {say(
          locale,
          'Aizpildiet iesniegumu šeit: tas tiks reģistrēts tāpat kā klientu apkalpošanas centrā, un jūs saņemsiet reģistrācijas numuru un piekļuves kodu.',
          'Fill in the application here: it is registered as it would be at a service centre, and you get a registration number and an access code.',
        )}
      </p>
      <h2 class="govuk-heading-m">{say(locale, 'Kas jums būs vajadzīgs', 'What you need')}</h2>
      <ul class="govuk-list govuk-list--bullet">
        <li>{say(locale, 'jūsu vārds, uzvārds un personas kods', 'your name and personal code')}</li>
        <li>{say(locale, 'e-pasta adrese vai tālruņa numurs', 'an email address or a phone number')}</li>
        {docs.map((d) => (
          <li key={d.name.lv}>
            {pick(d.name, locale)}
            {hasFiles ? say(locale, ' (datnē, ko pievienot)', ' (as a file to attach)') : ''}
          </li>
        ))}
      </ul>
      <h2 class="govuk-heading-m">{say(locale, 'Cik ilgi tas aizņem', 'How long it takes')}</h2>
      <p class="govuk-body">
        {say(locale, 'Aizpildīšana aizņem aptuveni 10 minūtes. ', 'Filling it in takes about 10 minutes. ')}
        {say(locale, 'Atbildi sniegsim ', 'We answer within ')}
        {catalogue.timeText(v.processingTime, v.processingTimeUnit, locale)}
        {say(locale, ' laikā.', '.')}
      </p>
      <h2 class="govuk-heading-m">{say(locale, 'Maksa', 'Fee')}</h2>
      <p class="govuk-body">{catalogue.feeText(v, locale)}</p>
      <form method="post" action={props.action} novalidate>
        <CsrfHidden token={props.startCsrf} />
        <button type="submit" class="govuk-button govuk-button--start" data-module="govuk-button">
          {say(locale, 'Sākt', 'Start now')}
          <svg
            class="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
      </form>
      <p class="govuk-body">
        {say(
          locale,
          'Atbildes tiek saglabātas pēc katras lapas. Ja sākāt agrāk un saglabājāt iesniegumu, atveriet saiti, ko nosūtījām jums e-pastā.',
          'Your answers are saved after every page. If you started before and saved the application, open the link we sent you by email.',
        )}
      </p>
    </JourneyLayout>
  );
}

/** "Answer only if …": the hint of a question shown by a condition on the same page (without JavaScript). */
function withConditionHint(field: FormField, page: FormPage, locale: Locale): FormField {
  const cond = field.showWhen;
  const target = cond && page.fields.find((f) => f.code === cond.field);
  if (!cond || !target) return field;
  const values = cond.values
    .map((v) =>
      target.type === 'yesno'
        ? v === 'yes'
          ? say(locale, 'Jā', 'Yes')
          : say(locale, 'Nē', 'No')
        : (target.options?.find((o) => o.key === v)?.label[locale] ?? v),
    )
    .join(say(locale, ' vai ', ' or '));
  const only = say(
    locale,
    `Atbildiet tikai tad, ja uz jautājumu „${target.label.lv}” atbildējāt: ${values}.`,
    `Answer only if your answer to “${target.label.en}” was: ${values}.`,
  );
  const hint = field.hint?.[locale];
  return {
    ...field,
    hint: { lv: '', en: '', [locale]: hint ? `${hint} ${only}` : only } as { lv: string; en: string },
  };
}

/** One page of the service's form: its questions, the files attached so far, and Continue. */
export function QuestionPage(props: {
  ctx: JourneyContext;
  page: FormPage;
  /** The fields of this page to show: the visible ones, plus those whose condition is on this page. */
  fields: FormField[];
  values: FormValues;
  errors: ShownErrors;
  summary: FormError[];
  extra?: string[];
  files: DraftFileRow[];
  action: string;
  back?: string;
  saveHref: string;
}) {
  const { ctx, page } = props;
  const { locale } = ctx.site;
  const multipart = page.fields.some((f) => f.type === 'file');
  const conditional = props.fields.some((f) => f.showWhen);
  const removeForm = `remove-${page.id}`;
  return (
    <JourneyLayout
      ctx={ctx}
      title={page.title[locale]}
      back={props.back}
      errors={props.summary}
      extra={props.extra}
      conditions={conditional}
    >
      <h1 class="govuk-heading-l">{page.title[locale]}</h1>
      <form
        method="post"
        action={props.action}
        novalidate
        {...(multipart ? { enctype: 'multipart/form-data' } : {})}
      >
        <CsrfHidden token={ctx.csrf} />
        {props.fields.map((f) => (
          <div key={f.code}>
            {f.type === 'file' && (
              <AttachedFiles
                locale={locale}
                files={props.files.filter((x) => x.fieldCode === f.code)}
                form={removeForm}
              />
            )}
            <FormFieldInput
              locale={locale}
              field={withConditionHint(f, page, locale)}
              values={props.values}
              errors={props.errors}
            />
          </div>
        ))}
        <div class="govuk-button-group">
          <Button>{say(locale, 'Turpināt', 'Continue')}</Button>
          <a class="govuk-link" href={props.saveHref}>
            {say(locale, 'Saglabāt un turpināt vēlāk', 'Save and come back later')}
          </a>
        </div>
      </form>
      {multipart && (
        <form id={removeForm} method="post" action={props.action}>
          <CsrfHidden token={ctx.csrf} />
        </form>
      )}
    </JourneyLayout>
  );
}

function AttachedFiles(props: { locale: Locale; files: DraftFileRow[]; form: string }) {
  const { locale, files } = props;
  if (files.length === 0) return null;
  return (
    <dl class="govuk-summary-list">
      {files.map((f) => (
        <div class="govuk-summary-list__row" key={f.id}>
          <dt class="govuk-summary-list__key">{f.filename}</dt>
          <dd class="govuk-summary-list__value">{sizeText(f.size, locale)}</dd>
          <dd class="govuk-summary-list__actions">
            <button
              type="submit"
              form={props.form}
              name="remove"
              value={String(f.id)}
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              data-module="govuk-button"
            >
              {say(locale, 'Noņemt', 'Remove')}
              <span class="govuk-visually-hidden"> {f.filename}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function sizeText(bytes: number, locale: Locale): string {
  const mb = bytes / (1024 * 1024);
  const n = mb >= 1 ? mb.toFixed(1) : (bytes / 1024).toFixed(0);
  return `${locale === 'lv' ? n.replace('.', ',') : n} ${mb >= 1 ? 'MB' : 'KB'}`;
}

/** The applicant page: who applies and how to reach them (a resident login only prefills it). */
export function ApplicantPage(props: {
  ctx: JourneyContext;
  values: FormValues;
  errors: ShownErrors;
  summary: FormError[];
  action: string;
  back?: string;
  saveHref: string;
}) {
  const { ctx, values, errors } = props;
  const { locale } = ctx.site;
  const common = { locale, values, errors };
  return (
    <JourneyLayout
      ctx={ctx}
      title={say(locale, 'Jūsu dati', 'Your details')}
      back={props.back}
      errors={props.summary}
    >
      <h1 class="govuk-heading-l">{say(locale, 'Jūsu dati', 'Your details')}</h1>
      <form method="post" action={props.action} novalidate>
        <CsrfHidden token={ctx.csrf} />
        <TextInput
          {...common}
          id="name"
          label={say(locale, 'Vārds, uzvārds', 'Full name')}
          autocomplete="name"
          spellcheck={false}
        />
        <TextInput
          {...common}
          id="personalCode"
          label={say(locale, 'Personas kods', 'Personal code')}
          hint={say(locale, 'Piemēram, 010190-12345', 'For example, 010190-12345')}
          inputmode="numeric"
          width={10}
          spellcheck={false}
        />
        <TextInput
          {...common}
          id="email"
          type="email"
          label={say(locale, 'E-pasta adrese', 'Email address')}
          hint={say(
            locale,
            'Norādiet e-pastu vai tālruni, vai abus. Uz e-pastu nosūtīsim apstiprinājumu.',
            'Give an email address or a phone number, or both. We send the confirmation by email.',
          )}
          autocomplete="email"
        />
        <TextInput
          {...common}
          id="phone"
          type="tel"
          label={say(
            locale,
            'Tālrunis (nav obligāts, ja norādīts e-pasts)',
            'Phone (optional if you gave an email)',
          )}
          autocomplete="tel"
          width={20}
        />
        <TextInput
          {...common}
          id="postalAddress"
          label={say(locale, 'Pasta adrese (nav obligāta)', 'Postal address (optional)')}
          hint={say(
            locale,
            'Vajadzīga, ja rezultātu vēlaties saņemt pa pastu',
            'Needed if you want the result by post',
          )}
          autocomplete="street-address"
        />
        <div class="govuk-button-group">
          <Button>{say(locale, 'Turpināt', 'Continue')}</Button>
          <a class="govuk-link" href={props.saveHref}>
            {say(locale, 'Saglabāt un turpināt vēlāk', 'Save and come back later')}
          </a>
        </div>
      </form>
    </JourneyLayout>
  );
}

/** How to receive the result: the standard's ways, and at which centre. */
export function DeliveryPage(props: {
  ctx: JourneyContext;
  options: DeliveryOption[];
  centres: { code: string; name: { lv: string; en: string } }[];
  values: FormValues;
  errors: ShownErrors;
  summary: FormError[];
  action: string;
  back?: string;
  saveHref: string;
}) {
  const { ctx, values, errors } = props;
  const { locale } = ctx.site;
  const title = say(locale, 'Kā vēlaties saņemt rezultātu?', 'How do you want to receive the result?');
  return (
    <JourneyLayout ctx={ctx} title={title} back={props.back} errors={props.summary}>
      <form method="post" action={props.action} novalidate>
        <CsrfHidden token={ctx.csrf} />
        <Radios
          locale={locale}
          id="delivery"
          legend={<h1 class="govuk-fieldset__heading">{title}</h1>}
          items={props.options.map((o) => ({ value: o, label: deliveryText(locale, o) }))}
          values={values}
          errors={errors}
        />
        {props.options.includes('centre') && (
          <Select
            locale={locale}
            id="deliveryCentre"
            label={say(locale, 'Kurā centrā?', 'At which centre?')}
            hint={say(
              locale,
              'Tikai, ja rezultātu saņemsiet centrā',
              'Only if you collect the result at a centre',
            )}
            emptyLabel={say(locale, '— izvēlieties centru —', '— choose a centre —')}
            options={props.centres.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
            values={values}
            errors={errors}
          />
        )}
        <div class="govuk-button-group">
          <Button>{say(locale, 'Turpināt', 'Continue')}</Button>
          <a class="govuk-link" href={props.saveHref}>
            {say(locale, 'Saglabāt un turpināt vēlāk', 'Save and come back later')}
          </a>
        </div>
      </form>
    </JourneyLayout>
  );
}

/** "Save and come back later": the e-mail address to send the link to. */
export function SavePage(props: {
  ctx: JourneyContext;
  values: FormValues;
  errors: ShownErrors;
  summary: FormError[];
  action: string;
  back: string;
  sentTo?: string;
}) {
  const { ctx } = props;
  const { locale } = ctx.site;
  const title = say(locale, 'Saglabāt un turpināt vēlāk', 'Save and come back later');
  if (props.sentTo)
    return (
      <JourneyLayout ctx={ctx} title={say(locale, 'Saite nosūtīta', 'Link sent')}>
        <h1 class="govuk-heading-l">{say(locale, 'Saite nosūtīta', 'Link sent')}</h1>
        <p class="govuk-body">
          {say(locale, 'Nosūtījām saiti uz ', 'We sent a link to ')}
          <strong>{props.sentTo}</strong>.{' '}
          {say(
            locale,
            'Ar to varat turpināt 30 dienas. Pēc tam atbildes tiks dzēstas.',
            'It lets you continue for 30 days. After that the answers are deleted.',
          )}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={props.back}>
            {say(locale, 'Turpināt tagad', 'Continue now')}
          </a>
        </p>
      </JourneyLayout>
    );
  return (
    <JourneyLayout ctx={ctx} title={title} back={props.back} errors={props.summary}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {say(
          locale,
          'Atbildes uz lapām, kuras turpinājāt, ir saglabātas. Nosūtīsim saiti, ar kuru varat turpināt 30 dienas jebkurā ierīcē.',
          'The answers to the pages you continued from are saved. We will send a link that lets you continue for 30 days on any device.',
        )}
      </p>
      <form method="post" action={props.action} novalidate>
        <CsrfHidden token={ctx.csrf} />
        <TextInput
          locale={locale}
          id="email"
          type="email"
          label={say(locale, 'E-pasta adrese', 'Email address')}
          autocomplete="email"
          values={props.values}
          errors={props.errors}
        />
        <Button>{say(locale, 'Nosūtīt saiti', 'Send the link')}</Button>
      </form>
    </JourneyLayout>
  );
}

export type { Answers };
