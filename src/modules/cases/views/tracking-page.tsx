import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { SummaryList } from '../../../platform/web/components/summary-list';
import type { FormValues } from '../../../platform/web/form-values';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { DECISION, DELIVERY, EVENT, ISSUED, label, PUBLIC_STATUS, PUBLIC_STATUS_TITLE } from '../messages';
import { trackedAnswerHref, trackedDocumentHref, trackingHref } from '../paths';
import type { PublicCaseView } from '../types';
import { ErrorSummary, type ShownErrors, say, TextInput } from './fields';

/** The resident's tracking page: registration number and access code → the case in plain words. */
export function TrackingPage(props: {
  site: SiteContext;
  values: FormValues;
  errors: ShownErrors;
  notes?: string[];
  found?: PublicCaseView;
}) {
  const { site, values, found } = props;
  const { locale } = site;
  // „Number or code not right” belongs to the number: the summary links to it and the field says it too.
  const [note, ...notes] = props.notes ?? [];
  const errors: ShownErrors =
    props.errors.size === 0 && note !== undefined ? new Map([['number', note]]) : props.errors;
  const extra = props.errors.size === 0 ? notes : props.notes;
  const title = say(locale, 'Iesnieguma statuss', 'Application status');
  const failed = errors.size > 0 || (extra?.length ?? 0) > 0;
  return (
    <Layout site={site} title={`${failed ? say(locale, 'Kļūda: ', 'Error: ') : ''}${title}`}>
      <ErrorSummary locale={locale} errors={errors} extra={extra} />
      <h1 class="govuk-heading-l">{title}</h1>
      {found ? (
        <Found locale={locale} c={found} values={values} />
      ) : (
        <>
          <p class="govuk-body">
            {say(
              locale,
              'Ievadiet reģistrācijas numuru un piekļuves kodu no apliecinājuma, ko saņēmāt, iesniedzot iesniegumu.',
              'Enter the registration number and the access code from the receipt you got when you applied.',
            )}
          </p>
          <form method="post" action={trackingHref(locale)} novalidate>
            <TextInput
              locale={locale}
              id="number"
              label={say(locale, 'Reģistrācijas numurs', 'Registration number')}
              hint={say(locale, 'Piemēram, ILN/2026/000123', 'For example ILN/2026/000123')}
              width={20}
              values={values}
              errors={errors}
            />
            <TextInput
              locale={locale}
              id="code"
              label={say(locale, 'Piekļuves kods', 'Access code')}
              hint={say(
                locale,
                '8 burti un cipari, piemēram, ABCD-2345',
                '8 letters and numbers, like ABCD-2345',
              )}
              width={20}
              values={{}}
              errors={errors}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {say(locale, 'Skatīt statusu', 'Show the status')}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}

function Found(props: { locale: Locale; c: PublicCaseView; values: FormValues }) {
  const { locale, c, values } = props;
  const todo = c.todo;
  return (
    <>
      <div class={`govuk-panel ${good(c) ? 'govuk-panel--confirmation' : 'pietura-panel--neutral'}`}>
        <h2 class="govuk-panel__title">{label(PUBLIC_STATUS_TITLE, c.status, locale)}</h2>
        <div class="govuk-panel__body">{c.registrationNumber}</div>
      </div>
      <p class="govuk-body-l">{PUBLIC_STATUS[c.status][locale]}</p>
      {todo.kind === 'send_information' && (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{say(locale, 'Svarīgi', 'Warning')}</span>
            {say(locale, 'Jums jāiesniedz papildu informācija: ', 'You need to send more information: ')}
            <span class="pietura-pre-wrap">{todo.message}</span>
          </strong>
        </div>
      )}
      {todo.kind === 'send_information' && (
        <>
          <p class="govuk-body">
            {say(
              locale,
              `Atbildi varat nosūtīt tiešsaistē šeit, iesniegt jebkurā pakalpojumu centrā vai nosūtīt pa pastu, norādot iesnieguma numuru ${c.registrationNumber}.`,
              `You can send your answer online here, or answer at any service centre or by post, giving the registration number ${c.registrationNumber}.`,
            )}
          </p>
          <form method="post" action={trackedAnswerHref(locale)}>
            <input type="hidden" name="number" value={String(values.number ?? '')} />
            <input type="hidden" name="code" value={String(values.code ?? '')} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {say(locale, 'Atbildēt tiešsaistē', 'Answer online')}
            </button>
          </form>
        </>
      )}
      {todo.kind === 'collect' && (
        <div class="govuk-inset-text">
          {c.delivery.centre
            ? say(
                locale,
                `Rezultātu varat saņemt: ${pick(c.delivery.centre.name, 'lv')}, ${c.delivery.centre.address}. Līdzi ņemiet personu apliecinošu dokumentu.`,
                `You can collect the result at ${pick(c.delivery.centre.name, 'en')}, ${c.delivery.centre.address}. Bring an identity document.`,
              )
            : label(DELIVERY, c.delivery.channel, locale)}
        </div>
      )}
      <SummaryList
        rows={[
          { key: say(locale, 'Pakalpojums', 'Service'), value: pick(c.serviceName, locale) },
          { key: say(locale, 'Saņemts', 'Received'), value: formatDate(c.receivedOn, locale) },
          {
            key: say(locale, 'Termiņš', 'Deadline'),
            value: `${formatDate(c.dueOn, locale)}${c.paused ? say(locale, ' (apturēts, kamēr gaidām jūsu informāciju)', ' (paused while we wait for your information)') : ''}`,
          },
          c.decision && {
            key: say(locale, 'Lēmums', 'Decision'),
            value: label(DECISION, c.decision, locale),
          },
          c.issued
            ? {
                key: say(locale, 'Kā rezultāts izsniegts', 'How the result was issued'),
                value: issuedText(locale, c),
              }
            : {
                key: say(locale, 'Kā saņemsiet rezultātu', 'How you receive the result'),
                value: `${label(DELIVERY, c.delivery.channel, locale)}${c.delivery.centre ? `: ${pick(c.delivery.centre.name, locale)}, ${c.delivery.centre.address}` : ''}`,
              },
        ]}
      />
      {c.downloads.length > 0 && (
        <>
          <h2 class="govuk-heading-m">{say(locale, 'Lejupielādēt', 'Download')}</h2>
          {c.downloads.map((d) => (
            <form method="post" action={trackedDocumentHref(locale)} key={d.id} class="pietura-inline-form">
              <input type="hidden" name="number" value={String(values.number ?? '')} />
              <input type="hidden" name="code" value={String(values.code ?? '')} />
              <input type="hidden" name="document" value={String(d.id)} />
              <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                {d.filename}
                {d.registryNumber && ` (${d.registryNumber})`}
              </button>
            </form>
          ))}
        </>
      )}
      <h2 class="govuk-heading-m">{say(locale, 'Vēsture', 'History')}</h2>
      <ol class="govuk-list">
        {c.history.map((h) => (
          <li key={`${h.at.toISOString()}-${h.type}`}>
            {formatDate(h.at, locale)} — {label(EVENT, h.type, locale)}
          </li>
        ))}
      </ol>
      <p class="govuk-body">
        <a class="govuk-link" href={trackingHref(locale)}>
          {say(locale, 'Pārbaudīt citu iesniegumu', 'Check another application')}
        </a>
      </p>
    </>
  );
}

function issuedText(locale: Locale, c: PublicCaseView): string {
  const issued = c.issued!;
  const how = label(ISSUED, issued.how, locale);
  if (issued.how === 'post' && issued.postedOn)
    return say(
      locale,
      `${how} ${formatDate(issued.postedOn, locale)}`,
      `${how} on ${formatDate(issued.postedOn, locale)}`,
    );
  if (issued.how === 'in_person' && c.delivery.centre)
    return `${how}: ${pick(c.delivery.centre.name, locale)}, ${c.delivery.centre.address}`;
  return how;
}

/**
 * The status panel is green only for a case going well or done in the applicant's favour; a case refused,
 * rejected, withdrawn, forwarded elsewhere or waiting for the applicant has a neutral panel.
 */
function good(c: PublicCaseView): boolean {
  if (c.decision === 'refused') return false;
  return ['registered', 'in_progress', 'decided', 'ready_for_issue', 'issued'].includes(c.status);
}
