import type { Bilingual } from '../../../db/schema';
import { staffHref } from '../../../platform/auth/paths';
import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { SummaryList } from '../../../platform/web/components/summary-list';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { PartyView } from '../../parties/service';
import { CHANNEL, DECISION, DELIVERY, EVENT, label, STATUS } from '../messages';
import { documentHref, partyExportHref, receiptHref, unmaskHref, worklistHref } from '../paths';
import type { CaseEventView, CaseView } from '../types';
import { type ActionFormState, ActionForms } from './action-forms';
import { DueDate, StatusTag } from './due';
import { CsrfInput, ErrorSummary, SuccessBanner, say } from './fields';
import { ForwardingDays } from './worklist-page';

export function CasePage(props: {
  site: StaffSiteContext;
  c: CaseView;
  units: { code: string; name: Bilingual }[];
  centres: { code: string; name: Bilingual }[];
  state?: ActionFormState;
  /** Messages for the whole page (stale row version, a transition not allowed). */
  notes?: string[];
  done?: string;
  unmasked?: { who: 'applicant' | 'representative'; code: string };
}) {
  const { site, c } = props;
  const { locale } = site;
  const csrf = site.csrfToken;
  const versionHref = staffHref(
    locale,
    'standards',
    c.service.code,
    locale === 'lv' ? 'versijas' : 'versions',
    c.service.version,
  );
  return (
    <StaffLayout
      site={site}
      title={`${say(locale, 'Lieta', 'Case')} ${c.registrationNumber}`}
      current="cases"
      crumbs={[{ text: say(locale, 'Lietas', 'Cases'), href: worklistHref(locale) }]}
    >
      <ErrorSummary locale={locale} errors={props.state?.errors ?? new Map()} extra={props.notes} />
      <SuccessBanner locale={locale} message={props.done} />
      <span class="govuk-caption-l">{pick(c.service.name, locale)}</span>
      <h1 class="govuk-heading-l">
        {say(locale, 'Lieta', 'Case')} {c.registrationNumber} <StatusTag locale={locale} status={c.status} />
      </h1>
      <SummaryList
        rows={[
          {
            key: say(locale, 'Pakalpojuma standarts', 'Service standard'),
            value: (
              <a class="govuk-link" href={versionHref}>
                {pick(c.service.name, locale)},{' '}
                {say(locale, `${c.service.version}. versija`, `version ${c.service.version}`)}
              </a>
            ),
          },
          {
            key: say(locale, 'Atbildīgā struktūrvienība', 'Responsible unit'),
            value: pick(c.unit.name, locale),
          },
          {
            key: say(locale, 'Izpildītājs', 'Assignee'),
            value: c.assignee?.name ?? say(locale, 'nav piešķirts', 'not assigned'),
          },
          {
            key: say(locale, 'Saņemts', 'Received'),
            value: `${formatDate(c.receivedOn, locale)}, ${label(CHANNEL, c.channelIn, locale)}${c.centreIn ? `, ${pick(c.centreIn.name, locale)}` : ''}`,
          },
          {
            key: say(locale, 'Termiņš', 'Deadline'),
            value: (
              <>
                <DueDate locale={locale} dueOn={c.dueOn} state={c.dueState} />
                {c.maxDueOn && (
                  <span class="govuk-hint govuk-!-margin-bottom-0">
                    {say(locale, 'Likumā atļautais maksimums', 'Legal maximum')}:{' '}
                    {formatDate(c.maxDueOn, locale)}
                  </span>
                )}
                {c.pauses.length > 0 && (
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    {c.pauses.map((p) => (
                      <li key={p.from}>
                        {say(locale, 'Apturēts', 'Paused')} {formatDate(p.from, locale)} –{' '}
                        {p.to ? formatDate(p.to, locale) : say(locale, 'joprojām', 'still')}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ),
          },
          {
            key: say(locale, 'Rezultāta saņemšana', 'Delivery of the result'),
            value: `${label(DELIVERY, c.delivery.channel, locale)}${c.delivery.centre ? `: ${pick(c.delivery.centre.name, locale)}` : ''}`,
          },
          c.decision && {
            key: say(locale, 'Lēmums', 'Decision'),
            value: `${label(DECISION, c.decision, locale)}${c.decidedOn ? `, ${formatDate(c.decidedOn, locale)}` : ''}`,
          },
          c.forwardedTo && {
            key: say(locale, 'Pārsūtīts', 'Forwarded to'),
            value: (
              <>
                {c.forwardedTo}
                {c.forwardingWorkingDays !== null && (
                  <>
                    {' — '}
                    <ForwardingDays locale={locale} days={c.forwardingWorkingDays} />
                  </>
                )}
              </>
            ),
          },
        ]}
      />
      <p class="govuk-body pietura-no-print">
        <a class="govuk-link" href={receiptHref(locale, c.id)}>
          {say(locale, 'Reģistrācijas apliecinājums', 'Receipt')}
        </a>
      </p>

      <h2 class="govuk-heading-m">{say(locale, 'Iesniedzējs', 'Applicant')}</h2>
      {c.personalDataRemoved || !c.applicant ? (
        <p class="govuk-body">
          {say(
            locale,
            'Personas dati dzēsti pēc glabāšanas termiņa.',
            'Personal data removed after retention.',
          )}
        </p>
      ) : (
        <PartyBlock
          locale={locale}
          csrf={csrf}
          caseId={c.id}
          who="applicant"
          party={c.applicant}
          unmasked={props.unmasked}
          mayUnmask={c.mayUnmask}
          mayExport={c.mayExportParties}
        />
      )}
      {c.representative && (
        <>
          <h3 class="govuk-heading-s">
            {say(locale, 'Pārstāvis', 'Representative')}
            {c.representative.basis && ` (${c.representative.basis})`}
          </h3>
          <PartyBlock
            locale={locale}
            csrf={csrf}
            caseId={c.id}
            who="representative"
            party={c.representative.party}
            unmasked={props.unmasked}
            mayUnmask={c.mayUnmask}
            mayExport={c.mayExportParties}
          />
        </>
      )}

      {Object.keys(c.fields).length > 0 && (
        <>
          <h2 class="govuk-heading-m">{say(locale, 'Iesnieguma saturs', 'Application')}</h2>
          <SummaryList
            rows={Object.entries(c.fields).map(([k, v]) => ({
              key:
                k === 'summary'
                  ? say(locale, 'Būtība', 'Summary')
                  : k === 'documentsReceived'
                    ? say(locale, 'Saņemtie dokumenti', 'Documents received')
                    : (c.fieldLabels?.[k]?.[locale] ?? k),
              value: v,
            }))}
          />
        </>
      )}

      <h2 class="govuk-heading-m">{say(locale, 'Dokumenti', 'Documents')}</h2>
      {c.documents.length === 0 ? (
        <p class="govuk-body">{say(locale, 'Nav dokumentu.', 'No documents.')}</p>
      ) : (
        <ul class="govuk-list">
          {c.documents.map((d) => (
            <li key={d.id}>
              {d.direction === 'in' ? say(locale, 'Saņemts', 'In') : say(locale, 'Nosūtīts', 'Out')}
              {d.registryNumber && ` ${d.registryNumber}`}:{' '}
              {d.removed ? (
                `${d.filename} (${say(locale, 'dzēsts', 'removed')})`
              ) : (
                <a class="govuk-link" href={documentHref(locale, c.id, d.id)}>
                  {d.filename}
                </a>
              )}{' '}
              ({Math.ceil(d.size / 1024)} KB)
            </li>
          ))}
        </ul>
      )}

      <ActionForms
        locale={locale}
        csrfToken={csrf}
        c={c}
        units={props.units}
        centres={props.centres}
        state={props.state}
      />

      <h2 class="govuk-heading-m">{say(locale, 'Vēsture', 'History')}</h2>
      <ol class="govuk-list govuk-list--spaced">
        {c.events.map((e) => (
          <EventItem key={e.id} locale={locale} e={e} />
        ))}
      </ol>
    </StaffLayout>
  );
}

/** Made once: building an Intl.DateTimeFormat costs far more than formatting with it. */
const EVENT_TIME: Record<Locale, Intl.DateTimeFormat> = {
  lv: new Intl.DateTimeFormat('lv-LV', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Riga' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Riga' }),
};

function EventItem(props: { locale: Locale; e: CaseEventView }) {
  const { locale, e } = props;
  const when = EVENT_TIME[locale].format(e.at);
  return (
    <li>
      <strong>{when}</strong> — {eventLabel(locale, e)}
      {e.actorName && ` (${e.actorName})`}
      {e.actorKind === 'applicant' && ` (${say(locale, 'iesniedzējs tiešsaistē', 'the applicant, online')})`}
      {e.reason && (
        <>
          <br />
          <span class="pietura-pre-wrap">{e.reason}</span>
        </>
      )}
    </li>
  );
}

function eventLabel(locale: Locale, e: CaseEventView): string {
  const what = label(EVENT, e.type, locale);
  const registry = typeof e.data.registryNumber === 'string' ? ` (${e.data.registryNumber})` : '';
  return e.toStatus && e.fromStatus !== e.toStatus
    ? `${what}${registry} → ${label(STATUS, e.toStatus, locale)}`
    : `${what}${registry}`;
}

function PartyBlock(props: {
  locale: Locale;
  csrf: string;
  caseId: number;
  who: 'applicant' | 'representative';
  party: PartyView;
  unmasked?: { who: string; code: string };
  mayUnmask: boolean;
  mayExport: boolean;
}) {
  const { locale, party, who } = props;
  const shown = props.unmasked?.who === who ? props.unmasked.code : undefined;
  return (
    <>
      <SummaryList
        rows={[
          { key: say(locale, 'Vārds, uzvārds / nosaukums', 'Name'), value: party.name },
          { key: say(locale, 'Identifikators', 'Identifier'), value: shown ?? party.identifier },
          { key: say(locale, 'E-pasts', 'E-mail'), value: party.email ?? '' },
          { key: say(locale, 'Tālrunis', 'Phone'), value: party.phone ?? '' },
          { key: say(locale, 'Adrese', 'Address'), value: party.postalAddress ?? '' },
        ]}
      />
      <div class="govuk-button-group pietura-no-print">
        {props.mayUnmask && party.kind === 'person' && !shown && (
          <form method="post" action={unmaskHref(locale, props.caseId)} class="pietura-inline-form">
            <CsrfInput token={props.csrf} />
            <input type="hidden" name="who" value={who} />
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
              {say(locale, 'Rādīt personas kodu', 'Show personal code')}
              <span class="govuk-visually-hidden"> ({party.name})</span>
            </button>
          </form>
        )}
        {props.mayExport && <PartyExportButton locale={locale} csrf={props.csrf} party={party} />}
      </div>
    </>
  );
}

/** The subject access export of a party's data (a POST: the answer is a file, and the request is audited). */
export function PartyExportButton(props: {
  locale: Locale;
  csrf: string;
  party: { id: number; name: string };
}) {
  const { locale, party } = props;
  return (
    <form method="post" action={partyExportHref(locale, party.id)} class="pietura-inline-form">
      <CsrfInput token={props.csrf} />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {say(locale, 'Personas datu eksports (JSON)', 'Export personal data (JSON)')}
        <span class="govuk-visually-hidden"> ({party.name})</span>
      </button>
    </form>
  );
}
