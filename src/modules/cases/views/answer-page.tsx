import { formatDate, formatSize, type Locale, pick } from '../../../platform/i18n';
import { ALLOWED_MEDIA_TYPES, extensionsOf } from '../../../platform/uploads/service';
import type { FormValues } from '../../../platform/web/form-values';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import type { KeptFile } from '../answer-files';
import { answerKinds } from '../answer-messages';
import type { AnswerRequest } from '../online-answer';
import { trackedAnswerSendHref, trackingHref } from '../paths';
import { Checkboxes, ErrorSummary, FileField, type ShownErrors, say, Textarea } from './fields';

/** The number and the access code, carried by every form of the answer (never in a URL). */
function Credentials(props: { number: string; code: string }) {
  return (
    <>
      <input type="hidden" name="number" value={props.number} />
      <input type="hidden" name="code" value={props.code} />
    </>
  );
}

/** A button back to the status page of the case (a POST with the number and the code). */
export function StatusButton(props: {
  locale: Locale;
  number: string;
  code: string;
  label?: string;
  secondary?: boolean;
}) {
  const { locale } = props;
  return (
    <form method="post" action={trackingHref(locale)}>
      <Credentials number={props.number} code={props.code} />
      <button
        type="submit"
        class={`govuk-button${props.secondary ? ' govuk-button--secondary' : ''}`}
        data-module="govuk-button"
      >
        {props.label ?? say(locale, 'Skatīt iesnieguma statusu', 'View the status of your application')}
      </button>
    </form>
  );
}

/** What the specialist asked, as the resident reads it (the text kept as written, line breaks too). */
function RequestText(props: { locale: Locale; request: AnswerRequest }) {
  const { locale, request } = props;
  return (
    <>
      <h2 class="govuk-heading-m">{say(locale, 'Ko mēs lūdzām', 'What we asked for')}</h2>
      <p class="govuk-body govuk-!-margin-bottom-2">
        {say(
          locale,
          `Pieprasījums nosūtīts ${formatDate(request.requestedOn, locale)}`,
          `Request sent on ${formatDate(request.requestedOn, locale)}`,
        )}
      </p>
      <div class="govuk-inset-text pietura-pre-wrap">{request.message}</div>
    </>
  );
}

/**
 * The files kept from earlier tries of this form: listed, carried by the form, and sent with the answer
 * unless ticked to be left out.
 */
function KeptFiles(props: { locale: Locale; kept: KeptFile[] }) {
  const { locale, kept } = props;
  return (
    <>
      {kept.map((f) => (
        <input type="hidden" name="kept" value={f.id} key={f.id} />
      ))}
      <Checkboxes
        locale={locale}
        name="remove"
        legend={
          <span class="govuk-fieldset__legend--s">
            {say(locale, 'Jau pievienotie faili', 'Files already attached')}
          </span>
        }
        hint={say(
          locale,
          'Tie tiks nosūtīti kopā ar atbildi, tie nav jāizvēlas vēlreiz. Atzīmējiet failu, ko nevēlaties sūtīt.',
          'They will be sent with your answer: you do not need to choose them again. Tick a file you do not want to send.',
        )}
        items={kept.map((f) => ({
          value: f.id,
          label: say(
            locale,
            `Nesūtīt „${f.filename}” (${formatSize(f.size, locale)})`,
            `Do not send ‘${f.filename}’ (${formatSize(f.size, locale)})`,
          ),
        }))}
        values={{}}
        errors={new Map()}
        small
      />
    </>
  );
}

/** One thing per page: the answer to the request, a text and files, sent in one go. */
export function AnswerPage(props: {
  site: SiteContext;
  request: AnswerRequest;
  number: string;
  code: string;
  values: FormValues;
  errors: ShownErrors;
  /** Files that passed in earlier tries, kept for this form: sent with the answer unless removed. */
  kept?: KeptFile[];
}) {
  const { site, request, values, errors } = props;
  const kept = props.kept ?? [];
  const { locale } = site;
  const title = say(locale, 'Atbildēt uz informācijas pieprasījumu', 'Answer the request for information');
  const accept = [...ALLOWED_MEDIA_TYPES, ...extensionsOf(ALLOWED_MEDIA_TYPES)].join(',');
  return (
    <Layout site={site} title={`${errors.size > 0 ? say(locale, 'Kļūda: ', 'Error: ') : ''}${title}`}>
      <ErrorSummary locale={locale} errors={errors} />
      <span class="govuk-caption-l">
        {pick(request.serviceName, locale)} — {request.registrationNumber}
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      <RequestText locale={locale} request={request} />
      <form method="post" action={trackedAnswerSendHref(locale)} enctype="multipart/form-data" novalidate>
        <Credentials number={props.number} code={props.code} />
        <input type="hidden" name="request" value={String(request.requestId)} />
        <input type="hidden" name="key" value={String(values.key ?? '')} />
        <Textarea
          locale={locale}
          id="answer"
          label={<span class="govuk-label--m">{say(locale, 'Jūsu atbilde', 'Your answer')}</span>}
          hint={say(
            locale,
            'Uzrakstiet, ko lūdzām, vai paskaidrojiet. Ja pievienojat prasītos dokumentus, šo lauku var atstāt tukšu. Ne vairāk kā 5000 rakstzīmju.',
            'Write what we asked for, or explain. If you attach the documents we asked for, you can leave this empty. 5,000 characters or fewer.',
          )}
          rows={8}
          values={values}
          errors={errors}
        />
        {kept.length > 0 && <KeptFiles locale={locale} kept={kept} />}
        <FileField
          locale={locale}
          id="files"
          label={
            kept.length > 0
              ? say(locale, 'Pievienojiet vēl dokumentus (ja vajag)', 'Attach more documents (if needed)')
              : say(locale, 'Pievienojiet dokumentus (ja vajag)', 'Attach documents (if needed)')
          }
          hint={say(
            locale,
            `Varat izvēlēties vairākus failus uzreiz. Atļauti: ${answerKinds()}; katrs līdz 10 MB, kopā līdz 25 MB, ne vairāk kā 10 faili.`,
            `You can choose several files at once. Allowed: ${answerKinds()}; each up to 10 MB, 25 MB together, at most 10 files.`,
          )}
          multiple
          accept={accept}
          errors={errors}
        />
        <button
          type="submit"
          class="govuk-button"
          data-module="govuk-button"
          data-prevent-double-click="true"
        >
          {say(locale, 'Nosūtīt atbildi', 'Send your answer')}
        </button>
      </form>
      <p class="govuk-body">
        {say(
          locale,
          `Atbildi varat iesniegt arī jebkurā pakalpojumu centrā vai pa pastu, norādot iesnieguma numuru ${request.registrationNumber}.`,
          `You can also answer at any service centre or by post, giving the registration number ${request.registrationNumber}.`,
        )}
      </p>
      <StatusButton
        locale={locale}
        number={props.number}
        code={props.code}
        secondary
        label={say(locale, 'Atpakaļ uz iesnieguma statusu', 'Back to the status of your application')}
      />
    </Layout>
  );
}

/** The confirmation: the answer's registration number, and what happens next. */
export function AnswerSentPage(props: {
  site: SiteContext;
  number: string;
  code: string;
  registryNumber: string;
  dueOn: string;
  replayed: boolean;
}) {
  const { site } = props;
  const { locale } = site;
  const title = props.replayed
    ? say(locale, 'Atbilde jau ir nosūtīta', 'Your answer has already been sent')
    : say(locale, 'Atbilde nosūtīta', 'Answer sent');
  return (
    <Layout site={site} title={title}>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{title}</h1>
        <div class="govuk-panel__body">
          {say(locale, 'Atbildes reģistrācijas numurs', 'The registration number of your answer')}
          <br />
          <strong>{props.registryNumber}</strong>
        </div>
      </div>
      <h2 class="govuk-heading-m">{say(locale, 'Kas notiks tālāk', 'What happens next')}</h2>
      <p class="govuk-body">
        {say(
          locale,
          `Jūsu atbilde pievienota iesniegumam ${props.number}, un speciālists turpina to izskatīt. Termiņš atsākts: atbildi sniegsim līdz ${formatDate(props.dueOn, locale)}`,
          `Your answer has been added to application ${props.number} and the specialist is working on it again. The time limit has restarted: we will answer by ${formatDate(props.dueOn, locale)}.`,
        )}
      </p>
      <StatusButton locale={locale} number={props.number} code={props.code} />
    </Layout>
  );
}

/** The case no longer waits for an answer (answered already, or moved on): nothing was sent. */
export function AnswerClosedPage(props: { site: SiteContext; number: string; code: string }) {
  const { site } = props;
  const { locale } = site;
  const title = say(locale, 'Atbildi tiešsaistē tagad nevar nosūtīt', 'You cannot send an answer online now');
  return (
    <Layout site={site} title={title}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {say(
          locale,
          `Iesniegums ${props.number} tagad negaida jūsu atbildi: atbilde jau saņemta, vai iesnieguma izskatīšana ir turpināta. Jūsu atbilde netika nosūtīta.`,
          `Application ${props.number} is not waiting for your answer now: an answer has already been received, or the application has moved on. Your answer has not been sent.`,
        )}
      </p>
      <p class="govuk-body">
        {say(
          locale,
          'Iesnieguma statusa lapā redzams, vai jums vēl kas jādara.',
          'The status page of your application shows whether there is anything else you need to do.',
        )}
      </p>
      <StatusButton locale={locale} number={props.number} code={props.code} />
    </Layout>
  );
}
