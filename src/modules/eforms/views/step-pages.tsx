import { formatSize, type Locale, pick } from '../../../platform/i18n';
import {
  Button,
  type FormError,
  type FormValues,
  Select,
  type ShownErrors,
  TextInput,
} from '../../../platform/web/components/form';
import { PERSONAL_CODE_EXAMPLE } from '../../parties/identifiers';
import type { Answers } from '../answers';
import type { FormField, FormPage } from '../definition';
import type { DeliveryOption, DraftFileRow } from '../service';
import { FormFieldInput } from './form-field';
import { CsrfHidden, type JourneyContext, JourneyLayout, say } from './journey-layout';
import { frameOf, RadioStep, StepPage, type StepProps } from './step-page';

const DELIVERY_TEXT: Record<DeliveryOption, { lv: string; en: string }> = {
  centre: { lv: 'Klātienē pakalpojumu centrā', en: 'In person at a service centre' },
  post: { lv: 'Pa pastu uz norādīto adresi', en: 'By post to the address you gave' },
  email: { lv: 'E-pastā', en: 'By email' },
  download: {
    lv: 'Lejupielādēt šajā vietnē ar reģistrācijas numuru un piekļuves kodu',
    en: 'Download from this website with the registration number and the access code',
  },
};

export function deliveryText(locale: Locale, option: string): string {
  return (DELIVERY_TEXT as Record<string, { lv: string; en: string }>)[option]?.[locale] ?? option;
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
    `Answer only if your answer to ‘${target.label.en}’ was: ${values}.`,
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
    <StepPage
      ctx={ctx}
      title={page.title[locale]}
      back={props.back}
      summary={props.summary}
      extra={props.extra}
      conditions={conditional}
      action={props.action}
      multipart={multipart}
      saveHref={props.saveHref}
      after={
        multipart && (
          <form id={removeForm} method="post" action={props.action}>
            <CsrfHidden token={ctx.csrf} />
          </form>
        )
      }
    >
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
    </StepPage>
  );
}

/** The files already attached to one input, each with a button of the page's remove form. */
export function AttachedFiles(props: { locale: Locale; files: DraftFileRow[]; form: string }) {
  const { locale, files } = props;
  if (files.length === 0) return null;
  return (
    <dl class="govuk-summary-list">
      {files.map((f) => (
        <div class="govuk-summary-list__row" key={f.id}>
          <dt class="govuk-summary-list__key">{f.filename}</dt>
          <dd class="govuk-summary-list__value">{formatSize(f.size, locale)}</dd>
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

/**
 * The applicant page: who applies and how to reach them (a resident login only prefills it). For someone
 * else it asks the same of the filler, the representative, and says so.
 */
export function ApplicantPage(props: StepProps & { onBehalf?: boolean }) {
  const { ctx, values, errors } = props;
  const { locale } = ctx.site;
  const common = { locale, values, errors };
  return (
    <StepPage
      {...frameOf(props)}
      title={
        props.onBehalf
          ? say(locale, 'Jūsu kā pārstāvja dati', 'Your details, as the representative')
          : say(locale, 'Jūsu dati', 'Your details')
      }
      intro={
        props.onBehalf && (
          <p class="govuk-body">
            {say(
              locale,
              'Norādiet savus datus, nevis tās personas datus, kurai piesakāties. Ziņas par iesniegumu sūtīsim jums.',
              'Give your own details, not those of the person you are applying for. We send messages about the application to you.',
            )}
          </p>
        )
      }
    >
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
        hint={say(locale, `Piemēram, ${PERSONAL_CODE_EXAMPLE}`, `For example, ${PERSONAL_CODE_EXAMPLE}`)}
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
          'Norādiet e-pastu vai tālruni, vai abus. Uz e-pastu nosūtīsim apstiprinājumu. Ja pašvaldībai jūsu kontaktinformācija jau ir, rakstīsim uz to; lai to mainītu, vērsieties jebkurā pakalpojumu centrā.',
          'Give an email address or a phone number, or both. We send the confirmation by email. If the municipality already has your contact details, we write to those; to change them, go to any service centre.',
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
    </StepPage>
  );
}

/** How to receive the result: the standard's ways, and at which centre. */
export function DeliveryPage(
  props: StepProps & {
    options: DeliveryOption[];
    centres: { code: string; name: { lv: string; en: string } }[];
  },
) {
  const { values, errors } = props;
  const { locale } = props.ctx.site;
  return (
    <RadioStep
      {...props}
      id="delivery"
      title={say(locale, 'Kā vēlaties saņemt rezultātu?', 'How do you want to receive the result?')}
      items={props.options.map((o) => ({ value: o, label: deliveryText(locale, o) }))}
    >
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
    </RadioStep>
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
    <StepPage
      ctx={ctx}
      title={title}
      back={props.back}
      summary={props.summary}
      action={props.action}
      intro={
        <p class="govuk-body">
          {say(
            locale,
            'Atbildes uz lapām, kuras turpinājāt, ir saglabātas. Nosūtīsim saiti, ar kuru varat turpināt 30 dienas jebkurā ierīcē.',
            'The answers to the pages you continued from are saved. We will send a link that lets you continue for 30 days on any device.',
          )}
        </p>
      }
      actions={<Button>{say(locale, 'Nosūtīt saiti', 'Send the link')}</Button>}
    >
      <TextInput
        locale={locale}
        id="email"
        type="email"
        label={say(locale, 'E-pasta adrese', 'Email address')}
        autocomplete="email"
        values={props.values}
        errors={props.errors}
      />
    </StepPage>
  );
}

export type { Answers };
