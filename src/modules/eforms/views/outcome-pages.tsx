import type { ComponentChildren } from 'preact';
import { type Locale, pick } from '../../../platform/i18n';
import { Checkboxes, type ShownErrors } from '../../../platform/web/components/form';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import * as catalogue from '../../catalogue/service';
import { type Answers, displayAnswer, visibleFields } from '../answers';
import { basisShown, isOnBehalf, PROOF_FIELD, proofFiles } from '../on-behalf';
import { FROM_CHECK, servicePageHref, stepHref } from '../paths';
import type { DraftFileRow } from '../service';
import { CsrfHidden, type JourneyContext, JourneyLayout, say } from './journey-layout';
import { deliveryText } from './step-pages';

interface CheckRow {
  key: string;
  value: ComponentChildren;
  change: string;
}

function CheckList(props: { locale: Locale; rows: CheckRow[] }) {
  const { locale } = props;
  return (
    <dl class="govuk-summary-list govuk-!-margin-bottom-9">
      {props.rows.map((r) => (
        <div class="govuk-summary-list__row" key={r.key}>
          <dt class="govuk-summary-list__key">{r.key}</dt>
          <dd class="govuk-summary-list__value">{r.value}</dd>
          <dd class="govuk-summary-list__actions">
            <a class="govuk-link" href={r.change}>
              {say(locale, 'Mainīt', 'Change')}
              <span class="govuk-visually-hidden"> {r.key}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Check your answers, with a change link per answer, the declaration and "Accept and send". */
export function CheckPage(props: {
  ctx: JourneyContext;
  answers: Answers;
  files: DraftFileRow[];
  applicant: Record<string, string> | null;
  delivery: { channel: string; centreCode?: string } | null;
  centreName?: string;
  errors: ShownErrors;
  errorLinks: { href: string; text: string }[];
  /** The version of what is shown (draftVersion): a submission from a page made stale is refused. */
  version: string;
  action: string;
  back?: string;
}) {
  const { ctx, answers } = props;
  const { locale } = ctx.site;
  const { code, definition } = ctx.journey;
  const shown = new Set(visibleFields(definition, answers).map((f) => f.code));
  const fileNames = Object.fromEntries(props.files.map((f) => [String(f.id), f.filename]));
  const notGiven = say(locale, 'Nav norādīts', 'Not given');
  const change = (step: string) => stepHref(locale, code, step, FROM_CHECK);
  const title = say(
    locale,
    'Pārbaudiet atbildes pirms iesniegšanas',
    'Check your answers before sending your application',
  );
  const a = props.applicant ?? {};
  const onBehalf = isOnBehalf(a);
  const proofs = proofFiles(props.files);
  const forWhomRows: CheckRow[] = [
    {
      key: say(locale, 'Kura vārdā', 'Applying for'),
      value: onBehalf
        ? say(locale, 'Citas personas vārdā (kā tās pārstāvis)', 'Someone else (as their representative)')
        : a.applyingFor === 'self'
          ? say(locale, 'Savā vārdā', 'Myself')
          : notGiven,
      change: change('forWhom'),
    },
  ];
  if (onBehalf)
    forWhomRows.push(
      {
        key: say(locale, 'Pārstāvamās personas vārds, uzvārds', 'Their full name'),
        value: a.representedName || notGiven,
        change: change('represented'),
      },
      {
        key: say(locale, 'Pārstāvamās personas kods', 'Their personal code'),
        value: a.representedCode || notGiven,
        change: change('represented'),
      },
      {
        key: say(locale, 'Pārstāvības pamats', 'Basis of representation'),
        value: basisShown(a, locale) || notGiven,
        change: change('represented'),
      },
      {
        key: PROOF_FIELD.label[locale],
        value: proofs.length > 0 ? proofs.map((f) => f.filename).join(', ') : notGiven,
        change: change('represented'),
      },
    );
  return (
    <JourneyLayout ctx={ctx} title={title} back={props.back} errorLinks={props.errorLinks}>
      <h1 class="govuk-heading-l">{title}</h1>
      {definition.pages
        .filter((p) => p.fields.some((f) => shown.has(f.code)))
        .map((p) => (
          <div key={p.id}>
            <h2 class="govuk-heading-m">{p.title[locale]}</h2>
            <CheckList
              locale={locale}
              rows={p.fields
                .filter((f) => shown.has(f.code))
                .map((f) => ({
                  key: f.label[locale],
                  value: displayAnswer(f, answers[f.code], locale, fileNames) || notGiven,
                  change: change(p.id),
                }))}
            />
          </div>
        ))}
      <h2 class="govuk-heading-m">{say(locale, 'Kura vārdā piesakāties', 'Who the application is for')}</h2>
      <CheckList locale={locale} rows={forWhomRows} />
      <h2 class="govuk-heading-m">
        {onBehalf
          ? say(locale, 'Jūsu kā pārstāvja dati', 'Your details, as the representative')
          : say(locale, 'Jūsu dati', 'Your details')}
      </h2>
      <CheckList
        locale={locale}
        rows={[
          {
            key: say(locale, 'Vārds, uzvārds', 'Full name'),
            value: a.name || notGiven,
            change: change('applicant'),
          },
          {
            key: say(locale, 'Personas kods', 'Personal code'),
            value: a.personalCode || notGiven,
            change: change('applicant'),
          },
          {
            key: say(locale, 'E-pasta adrese', 'Email address'),
            value: a.email || notGiven,
            change: change('applicant'),
          },
          { key: say(locale, 'Tālrunis', 'Phone'), value: a.phone || notGiven, change: change('applicant') },
          {
            key: say(locale, 'Pasta adrese', 'Postal address'),
            value: a.postalAddress || notGiven,
            change: change('applicant'),
          },
        ]}
      />
      <h2 class="govuk-heading-m">{say(locale, 'Rezultāta saņemšana', 'Receiving the result')}</h2>
      <CheckList
        locale={locale}
        rows={[
          {
            key: say(locale, 'Kā saņemsiet', 'How'),
            value: props.delivery
              ? `${deliveryText(locale, props.delivery.channel)}${props.centreName ? `: ${props.centreName}` : ''}`
              : notGiven,
            change: change('delivery'),
          },
        ]}
      />
      <h2 class="govuk-heading-m">{say(locale, 'Iesniegšana', 'Now send your application')}</h2>
      <form method="post" action={props.action} novalidate>
        <CsrfHidden token={ctx.csrf} />
        <input type="hidden" name="version" value={props.version} />
        <Checkboxes
          locale={locale}
          id="declaration"
          legend={say(locale, 'Apliecinājums', 'Declaration')}
          items={[
            {
              value: 'yes',
              label: onBehalf
                ? say(
                    locale,
                    'Apliecinu, ka sniegtā informācija ir patiesa un ka man ir tiesības pārstāvēt norādīto personu un iesniegt šo iesniegumu tās vārdā',
                    'I confirm the information I have given is true and that I have the right to represent the person named and to send this application on their behalf',
                  )
                : say(
                    locale,
                    'Apliecinu, ka sniegtā informācija ir patiesa',
                    'I confirm the information I have given is true',
                  ),
            },
          ]}
          errors={props.errors}
        />
        <button
          type="submit"
          class="govuk-button"
          data-module="govuk-button"
          data-prevent-double-click="true"
        >
          {say(locale, 'Apstiprināt un iesniegt', 'Accept and send')}
        </button>
      </form>
    </JourneyLayout>
  );
}

/** The confirmation (GOV.UK panel): the registration number, the access code once, what happens next. */
export function ConfirmationPage(props: {
  ctx: JourneyContext;
  registrationNumber: string;
  /** Shown only right after the submission (held briefly in a cookie of this browser), never again. */
  accessCode?: string;
  /** Whether a confirmation went by e-mail (the applicant, or the person on record, has an address). */
  mailed: boolean;
  /** For someone else: the person applied for (shown with the access code, right after sending). */
  representedName?: string;
  trackingHref: string;
  receiptHref: string;
}) {
  const { ctx, accessCode } = props;
  const { locale } = ctx.site;
  const v = ctx.journey.standard.version;
  const title = accessCode
    ? say(locale, 'Iesniegums iesniegts', 'Application sent')
    : say(locale, 'Iesniegums jau ir iesniegts', 'This application has already been sent');
  return (
    <JourneyLayout ctx={ctx} title={title}>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{title}</h1>
        <div class="govuk-panel__body">
          {say(locale, 'Reģistrācijas numurs', 'Your registration number')}
          <br />
          <strong>{props.registrationNumber}</strong>
        </div>
      </div>
      {accessCode ? (
        <>
          {props.representedName && (
            <p class="govuk-body">
              {say(locale, 'Pārstāvētā persona: ', 'The person you applied for: ')}
              <strong>{props.representedName}</strong>
            </p>
          )}
          <p class="govuk-body">
            {say(locale, 'Jūsu piekļuves kods: ', 'Your access code: ')}
            <strong class="pietura-access-code">{accessCode}</strong>
          </p>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">{say(locale, 'Brīdinājums', 'Warning')}</span>
              {say(
                locale,
                'Pierakstiet vai lejupielādējiet piekļuves kodu: to parādām tikai šoreiz, un bez tā nevar sekot iesnieguma gaitai.',
                'Write down or download the access code: it is shown only this once, and you need it to follow your application.',
              )}
            </strong>
          </div>
          <form method="post" action={props.receiptHref}>
            <input type="hidden" name="number" value={props.registrationNumber} />
            <input type="hidden" name="code" value={accessCode} />
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
              {say(locale, 'Lejupielādēt apliecinājumu (PDF)', 'Download the receipt (PDF)')}
            </button>
          </form>
        </>
      ) : (
        <p class="govuk-body">
          {say(
            locale,
            'Otrs iesniegums netika izveidots. Piekļuves kods tika parādīts, kad iesniedzāt iesniegumu; ja tas ir pazudis, vērsieties jebkurā pakalpojumu centrā ar reģistrācijas numuru.',
            'No second application was made. The access code was shown when you sent the application; if you have lost it, go to any service centre with the registration number.',
          )}
        </p>
      )}
      <h2 class="govuk-heading-m">{say(locale, 'Kas notiks tālāk', 'What happens next')}</h2>
      <p class="govuk-body">
        {say(
          locale,
          'Iesniegums ir reģistrēts un nodots atbildīgajai iestādei. ',
          'The application is registered and passed to the responsible unit. ',
        )}
        {props.mailed
          ? say(
              locale,
              'Apstiprinājumu nosūtījām uz e-pastu — to, kas pašvaldībai par jums jau bija zināms, vai to, ko norādījāt. ',
              'We sent a confirmation by email — to the address the municipality already had for you, or to the one you gave. ',
            )
          : say(
              locale,
              'E-pastu jums nesūtījām, jo e-pasta adrese nav zināma, tāpēc saglabājiet reģistrācijas numuru un piekļuves kodu. ',
              'We have not sent you an email, as we have no email address for you, so keep the registration number and the access code. ',
            )}
        {say(locale, 'Atbildi sniegsim ', 'We answer ')}
        {catalogue.withinText(v.processingTime, v.processingTimeUnit, locale)}.
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={props.trackingHref}>
          {say(
            locale,
            'Sekot iesnieguma gaitai ar reģistrācijas numuru un piekļuves kodu',
            'Follow your application with the registration number and the access code',
          )}
        </a>
      </p>
    </JourneyLayout>
  );
}

/** Submitted by another request that has not finished yet: try again in a moment. */
export function BusyPage(props: { ctx: JourneyContext; again: string }) {
  const { locale } = props.ctx.site;
  const title = say(locale, 'Iesniegums tiek iesniegts', 'Your application is being sent');
  return (
    <JourneyLayout ctx={props.ctx} title={title}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {say(locale, 'Pagaidiet mirkli un ', 'Wait a moment and ')}
        <a class="govuk-link" href={props.again}>
          {say(locale, 'atveriet apstiprinājumu', 'open the confirmation')}
        </a>
        .
      </p>
    </JourneyLayout>
  );
}

/** A public page outside a journey: the service cannot be applied for online, or a link does not work. */
export function NoticePage(props: {
  site: SiteContext;
  title: string;
  children: ComponentChildren;
  service?: { code: string; name: { lv: string; en: string } };
}) {
  const { site } = props;
  const { locale } = site;
  return (
    <Layout
      site={site}
      title={props.title}
      crumbs={[{ text: say(locale, 'Pakalpojumi', 'Services'), href: href(locale, 'services') }]}
    >
      <h1 class="govuk-heading-l">{props.title}</h1>
      {props.children}
      {props.service && (
        <p class="govuk-body">
          <a class="govuk-link" href={servicePageHref(locale, props.service.code)}>
            {pick(props.service.name, locale)}
          </a>
        </p>
      )}
    </Layout>
  );
}
