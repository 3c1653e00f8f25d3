import { staffHref } from '../../../platform/auth/paths';
import { formatDate, type Locale } from '../../../platform/i18n';
import type { OutboxMessage } from '../../../platform/outbox';
import { ActionButton } from '../../../platform/web/components/button';
import { SuccessBanner } from '../../../platform/web/components/notification-banner';
import { Table } from '../../../platform/web/components/table';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { caseHref } from '../paths';
import { say } from './fields';

const rigaTime = new Intl.DateTimeFormat('lv-LV', {
  timeZone: 'Europe/Riga',
  hour: '2-digit',
  minute: '2-digit',
});

/** When a message was queued: the day as people in Latvia write it, and the time in Riga. */
function when(at: Date, locale: Locale): string {
  return `${formatDate(at, locale)} ${rigaTime.format(at)}`;
}

export function mailAgainHref(locale: Locale, id: number): string {
  return staffHref(locale, 'mail', id, locale === 'lv' ? 'suti-velreiz' : 'send-again');
}

function MailTable(props: {
  locale: Locale;
  csrf: string;
  label: string;
  messages: OutboxMessage[];
  again: boolean;
}) {
  const { locale } = props;
  return (
    <Table
      label={props.label}
      caption={props.label}
      captionSize="m"
      head={[
        say(locale, 'Rindā kopš', 'Queued'),
        say(locale, 'Saņēmējs', 'To'),
        say(locale, 'Temats', 'Subject'),
        say(locale, 'Lieta', 'Case'),
        { text: say(locale, 'Mēģinājumi', 'Attempts'), numeric: true },
        say(locale, 'Pēdējā kļūda', 'Last error'),
        ...(props.again ? [say(locale, 'Darbība', 'Action')] : []),
      ]}
      rows={props.messages.map((m) => ({
        key: String(m.id),
        cells: [
          when(m.createdAt, locale),
          m.to,
          m.subject,
          m.caseId ? (
            <a class="govuk-link" href={caseHref(locale, m.caseId)}>
              {say(locale, 'Atvērt', 'Open')}
              <span class="govuk-visually-hidden"> ({m.subject})</span>
            </a>
          ) : (
            ''
          ),
          String(m.attempts),
          m.lastError ?? '',
          ...(props.again
            ? [
                <ActionButton
                  key="again"
                  action={mailAgainHref(locale, m.id)}
                  csrfToken={props.csrf}
                  label={say(locale, 'Sūtīt vēlreiz', 'Send again')}
                  secondary
                />,
              ]
            : []),
        ],
      }))}
      empty={say(locale, 'Tādu nav.', 'None.')}
    />
  );
}

/** Mail to residents that has not gone out: failed for good (sent again by a person), and still being retried. */
export function MailPage(props: {
  site: StaffSiteContext;
  failed: OutboxMessage[];
  retrying: OutboxMessage[];
  done?: 'again' | 'notFailed';
}) {
  const { site } = props;
  const { locale } = site;
  const title = say(locale, 'Nenosūtītais pasts', 'Mail not sent');
  return (
    <StaffLayout site={site} title={title} current="mail">
      {props.done === 'again' && (
        <SuccessBanner
          locale={locale}
          message={say(
            locale,
            'Vēstule ir atkal rindā un tiks nosūtīta.',
            'The message is queued again and will be sent.',
          )}
        />
      )}
      {props.done === 'notFailed' && (
        <div class="govuk-inset-text" role="status">
          {say(
            locale,
            'Šī vēstule vairs nav starp neizdevušajām: tā jau ir rindā vai nosūtīta.',
            'This message is no longer a failed one: it is queued again or was sent.',
          )}
        </div>
      )}
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {say(
          locale,
          'Vēstules iedzīvotājiem, kuras pasta serveris nepieņēma. Pārbaudiet adresi lietā (ja vajag, sazinieties ar iedzīvotāju) un sūtiet vēlreiz.',
          'Messages to residents that the mail server did not accept. Check the address on the case (contact the resident if needed) and send again.',
        )}
      </p>
      <MailTable
        locale={locale}
        csrf={site.csrfToken}
        label={say(locale, 'Neizdevās', 'Failed')}
        messages={props.failed}
        again
      />
      <MailTable
        locale={locale}
        csrf={site.csrfToken}
        label={say(locale, 'Tiek mēģināts vēlreiz', 'Being retried')}
        messages={props.retrying}
        again={false}
      />
    </StaffLayout>
  );
}
