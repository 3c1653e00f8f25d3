import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { SummaryList } from '../../../platform/web/components/summary-list';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { CHANNEL, DELIVERY, label } from '../messages';
import { caseHref, intakeHref, receiptPdfHref, worklistHref } from '../paths';
import type { CaseView } from '../types';
import { CsrfInput, say } from './fields';

/** What a receipt says, in the same words on the page and in the PDF. */
export function receiptRows(c: CaseView, locale: Locale, accessCode?: string) {
  const delivery =
    label(DELIVERY, c.delivery.channel, locale) +
    (c.delivery.centre ? `: ${pick(c.delivery.centre.name, locale)}, ${c.delivery.centre.address}` : '');
  return [
    { key: say(locale, 'Reģistrācijas numurs', 'Registration number'), value: c.registrationNumber },
    { key: say(locale, 'Saņemts', 'Received on'), value: formatDate(c.receivedOn, locale) },
    { key: say(locale, 'Pakalpojums', 'Service'), value: pick(c.service.name, locale) },
    {
      key: say(locale, 'Kā saņemts', 'How it was received'),
      // An application sent online was received at no centre: no dangling „, —”.
      value: `${label(CHANNEL, c.channelIn, locale)}${c.centreIn ? `, ${pick(c.centreIn.name, locale)}` : ''}`,
    },
    { key: say(locale, 'Izpildes termiņš', 'Deadline'), value: formatDate(c.dueOn, locale) },
    { key: say(locale, 'Kā saņemsiet rezultātu', 'How you will receive the result'), value: delivery },
    {
      key: say(locale, 'Piekļuves kods', 'Access code'),
      value:
        accessCode ??
        say(locale, 'izsniegts reģistrējot (netiek glabāts)', 'given at registration (not stored)'),
    },
  ];
}

export function trackingNote(locale: Locale, site: string): string {
  return say(
    locale,
    `Iesnieguma gaitai varat sekot vietnē ${site}/statuss ar reģistrācijas numuru un piekļuves kodu.`,
    `Follow your application at ${site}/en/status with the registration number and the access code.`,
  );
}

export function ReceiptPage(props: {
  site: StaffSiteContext;
  c: CaseView;
  accessCode?: string;
  publicUrl: string;
}) {
  const { site, c, accessCode } = props;
  const { locale } = site;
  const title = say(locale, 'Iesnieguma reģistrācijas apliecinājums', 'Receipt for the application');
  return (
    <StaffLayout
      site={site}
      title={`${title} ${c.registrationNumber}`}
      current="cases"
      crumbs={[
        { text: say(locale, 'Lietas', 'Cases'), href: worklistHref(locale) },
        { text: c.registrationNumber, href: caseHref(locale, c.id) },
      ]}
    >
      {accessCode && (
        <div class="govuk-panel govuk-panel--confirmation pietura-no-print">
          <h2 class="govuk-panel__title">{say(locale, 'Iesniegums reģistrēts', 'Application registered')}</h2>
          <div class="govuk-panel__body">{c.registrationNumber}</div>
        </div>
      )}
      <h1 class="govuk-heading-l">{title}</h1>
      <SummaryList rows={receiptRows(c, locale, accessCode)} />
      <p class="govuk-body">{trackingNote(locale, props.publicUrl)}</p>
      {accessCode && (
        <p class="govuk-body pietura-no-print">
          <strong>
            {say(
              locale,
              'Piekļuves kods tiek parādīts tikai šoreiz: izdrukājiet vai iedodiet to iesniedzējam.',
              'The access code is shown only this once: print it or hand it to the applicant.',
            )}
          </strong>
        </p>
      )}
      <div class="govuk-button-group pietura-no-print">
        <form method="post" action={receiptPdfHref(locale, c.id)} class="pietura-inline-form">
          <CsrfInput token={site.csrfToken} />
          {accessCode && <input type="hidden" name="accessCode" value={accessCode} />}
          <button type="submit" class="govuk-button" data-module="govuk-button">
            {say(locale, 'Apliecinājums PDF formātā', 'Receipt as PDF')}
          </button>
        </form>
        <a class="govuk-link" href={caseHref(locale, c.id)}>
          {say(locale, 'Atvērt lietu', 'Open the case')}
        </a>
        <a class="govuk-link" href={intakeHref(locale)}>
          {say(locale, 'Reģistrēt nākamo', 'Register the next one')}
        </a>
      </div>
    </StaffLayout>
  );
}
