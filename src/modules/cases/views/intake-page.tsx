import type { Bilingual } from '../../../db/schema';
import { formatDate, type Locale, pick } from '../../../platform/i18n';
import type { StagedFile } from '../../../platform/uploads/service';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { FormFieldInput } from '../../eforms/views/form-field';
import type { PartyView } from '../../parties/service';
import { deskQuestions } from '../intake-answers';
import { CHANNEL, DELIVERY, DESK_CHANNELS, fieldLabel, label } from '../messages';
import { intakeHref, uploadHref, worklistHref } from '../paths';
import type { IntakeService } from '../types';
import {
  Checkboxes,
  CsrfInput,
  ErrorSummary,
  FileField,
  Radios,
  SelectField,
  type ShownErrors,
  say,
  Textarea,
  TextInput,
} from './fields';

export interface ServiceHit {
  serviceId: number;
  code: string;
  name: Bilingual;
}

export interface IntakeProps {
  site: StaffSiteContext;
  q: string;
  hits?: ServiceHit[];
  service?: IntakeService;
  centres: { code: string; name: Bilingual }[];
  values: FormValues;
  errors: ShownErrors;
  /** Messages not about one field (e.g. a file refused). */
  notes?: string[];
  staged: StagedFile[];
  /** The result of a personal-code look-up: the party, null when unknown, undefined when not looked up. */
  found?: PartyView | null;
  /** The result of the representative's look-up (a foreigner without a personal code), as `found`. */
  foundRepresentative?: PartyView | null;
  /** The result of the representative's look-up by personal code or registration number, as `found`. */
  foundRepresentativeByCode?: PartyView | null;
}

export function IntakePage(props: IntakeProps) {
  const { site, service } = props;
  const { locale } = site;
  const title = say(locale, 'Reģistrēt iesniegumu', 'Register an application');
  return (
    <StaffLayout
      site={site}
      title={title}
      current="cases"
      crumbs={[{ text: say(locale, 'Lietas', 'Cases'), href: worklistHref(locale) }]}
    >
      <ErrorSummary locale={locale} errors={props.errors} extra={props.notes} />
      <h1 class="govuk-heading-l">{title}</h1>
      <ServiceSearch {...props} />
      {service && <IntakeForm {...props} service={service} />}
      {service && <script type="module" src="/assets/js/case-intake.js" />}
    </StaffLayout>
  );
}

function ServiceSearch(props: IntakeProps) {
  const { locale } = props.site;
  return (
    <div class="pietura-no-print">
      <search>
        <form method="get" action={intakeHref(locale)}>
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--m" for="q">
              {props.service ? say(locale, 'Cits pakalpojums', 'Another service') : fieldLabel(locale, 'q')}
            </label>
            <div class="govuk-hint" id="q-hint">
              {say(
                locale,
                'Meklējiet tāpat kā publiskajā katalogā, piemēram, „pabalsts”',
                'Search as in the public catalogue, for example ‘benefit’',
              )}
            </div>
            <input
              class="govuk-input govuk-input--width-20"
              id="q"
              name="q"
              type="search"
              value={props.q}
              aria-describedby="q-hint"
            />{' '}
            <button
              type="submit"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              data-module="govuk-button"
            >
              {say(locale, 'Meklēt', 'Search')}
            </button>
          </div>
        </form>
      </search>
      {props.hits && (
        <div>
          <h2 class="govuk-heading-s">
            {props.hits.length === 0
              ? say(locale, 'Nekas nav atrasts', 'Nothing found')
              : say(
                  locale,
                  `Atrasti pakalpojumi: ${props.hits.length}`,
                  `Services found: ${props.hits.length}`,
                )}
          </h2>
          <ul class="govuk-list">
            {props.hits.map((h) => (
              <li key={h.code}>
                <a class="govuk-link" href={intakeHref(locale, `pakalpojums=${h.serviceId}`)}>
                  {pick(h.name, locale)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function IntakeForm(props: IntakeProps & { service: IntakeService }) {
  const { site, service, values, errors } = props;
  const { locale } = site;
  const centreItems = props.centres.map((c) => ({ value: c.code, label: pick(c.name, locale) }));
  const kind = values['applicant-kind'] ?? 'person';
  const deliveries = deliveryChoices(service);
  return (
    <form method="post" action={intakeHref(locale)} encType="multipart/form-data" novalidate data-intake-form>
      <CsrfInput token={site.csrfToken} />
      <input type="hidden" name="serviceId" value={String(service.serviceId)} />
      <input type="hidden" name="serviceVersionId" value={String(service.serviceVersionId)} />
      <input type="hidden" name="idempotencyKey" value={String(values.idempotencyKey ?? '')} />
      <div class="govuk-inset-text">
        <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
          {pick(service.name, locale)}
        </p>
        <p class="govuk-body govuk-!-margin-bottom-0">
          {say(locale, 'Atbildīgā struktūrvienība', 'Responsible unit')}: {pick(service.unitName, locale)}.{' '}
          {say(locale, 'Termiņš, ja saņemts šodien', 'Deadline if received today')}:{' '}
          {formatDate(service.dueOnIfToday, locale)}
          {service.onTheSpot && ` ${say(locale, '(izpilda uz vietas)', '(done on the spot)')}`}
        </p>
      </div>

      <Radios
        locale={locale}
        name="channel"
        legend={fieldLabel(locale, 'channel')}
        inline
        items={DESK_CHANNELS.map((c) => ({ value: c, label: label(CHANNEL, c, locale) }))}
        values={values}
        errors={errors}
      />
      <TextInput
        locale={locale}
        id="receivedOn"
        label={fieldLabel(locale, 'receivedOn')}
        width={10}
        values={values}
        errors={errors}
        hint={say(
          locale,
          'Piemēram, 27.11.2026.; tukšs — šodien',
          'For example 27.11.2026; empty means today',
        )}
      />
      <SelectField
        locale={locale}
        id="centre"
        label={fieldLabel(locale, 'centre')}
        items={centreItems}
        values={values}
        errors={errors}
      />

      <h2 class="govuk-heading-m">{say(locale, 'Iesniedzējs', 'Applicant')}</h2>
      <Radios
        locale={locale}
        name="applicant-kind"
        legend={fieldLabel(locale, 'applicant-kind')}
        inline
        small
        items={[
          {
            value: 'person',
            label: say(locale, 'Persona ar Latvijas personas kodu', 'A person with a Latvian personal code'),
          },
          {
            value: 'foreign_person',
            label: say(locale, 'Ārzemnieks bez personas koda', 'A foreigner without a code'),
          },
          { value: 'company', label: say(locale, 'Uzņēmums vai organizācija', 'A company or organisation') },
        ]}
        values={{ ...values, 'applicant-kind': kind }}
        errors={errors}
      />
      <div class={`govuk-form-group${errors.has('applicant-code') ? ' govuk-form-group--error' : ''}`}>
        <TextInput
          locale={locale}
          id="applicant-code"
          label={fieldLabel(locale, 'applicant-code')}
          width={20}
          inputmode="numeric"
          values={values}
          errors={errors}
          hint={say(
            locale,
            'Zināmas personas dati tiks aizpildīti — pārbaudiet tos kopā ar iesniedzēju',
            'What is known about the person is filled in — check it with the applicant',
          )}
        />
        <FindButton step="lookup" label={say(locale, 'Atrast pēc koda', 'Find by code')} />
      </div>
      <LookupResult
        found={props.found}
        notKnown={say(
          locale,
          'Šāda persona vēl nav zināma: ievadiet datus.',
          'This person is not known yet: enter the details.',
        )}
        foundText={say(
          locale,
          'Atrasta zināma persona; dati aizpildīti — apstipriniet tos ar iesniedzēju:',
          'A known person was found and the details filled in — confirm them with the applicant:',
        )}
        who={(f) =>
          ` (${
            f.kind === 'foreign_person' && f.birthDate
              ? `${say(locale, 'dzimšanas datums', 'born')} ${formatDate(f.birthDate, locale)}`
              : f.identifier
          })`
        }
      />
      <TextInput
        locale={locale}
        id="applicant-name"
        label={fieldLabel(locale, 'applicant-name')}
        width={30}
        values={values}
        errors={errors}
      />
      {kind === 'foreign_person' && (
        <>
          <TextInput
            locale={locale}
            id="applicant-birthDate"
            label={fieldLabel(locale, 'applicant-birthDate')}
            width={10}
            values={values}
            errors={errors}
            hint={say(locale, 'Piemēram, 31.12.1980.', 'For example 31.12.1980')}
          />
          <div
            class={`govuk-form-group${errors.has('applicant-document') ? ' govuk-form-group--error' : ''}`}
          >
            <TextInput
              locale={locale}
              id="applicant-document"
              label={fieldLabel(locale, 'applicant-document')}
              width={30}
              values={values}
              errors={errors}
              hint={say(
                locale,
                'Pases vai personas apliecības numurs, piemēram, LT23456789; atstarpes un defises netiek ņemtas vērā. Ar dzimšanas datumu tas atrod zināmu ārzemnieku',
                'The passport or identity card number, for example LT23456789; spaces and hyphens are ignored. With the date of birth it finds a known foreigner',
              )}
            />
            <FindButton
              step="lookup-foreign"
              label={say(
                locale,
                'Atrast pēc dokumenta un dzimšanas datuma',
                'Find by document and date of birth',
              )}
            />
          </div>
        </>
      )}
      <ContactInputs
        locale={locale}
        party="applicant"
        values={values}
        errors={errors}
        languageHint={say(
          locale,
          'Neizvēlēta: zināmai personai paliek saglabātā, jaunai — latviešu.',
          'Not chosen: a known person keeps the stored one, a new one gets Latvian.',
        )}
      />
      <Radios
        locale={locale}
        name="applicant-consent"
        legend={fieldLabel(locale, 'applicant-consent')}
        inline
        small
        items={[
          { value: 'yes', label: say(locale, 'Jā', 'Yes') },
          { value: 'no', label: say(locale, 'Nē', 'No') },
        ]}
        values={values}
        errors={errors}
      />

      <details
        class="govuk-details"
        open={
          props.foundRepresentative !== undefined ||
          props.foundRepresentativeByCode !== undefined ||
          REPRESENTATIVE_INPUTS.some((id) => Boolean(values[id]) || errors.has(id))
        }
      >
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">
            {say(locale, 'Iesniedz pārstāvis', 'Submitted by a representative')}
          </span>
        </summary>
        <div class="govuk-details__text">
          <RepresentativeByCode {...props} />
          <RepresentativeForeigner {...props} />
          <TextInput
            locale={locale}
            id="representative-name"
            label={fieldLabel(locale, 'representative-name')}
            width={30}
            values={values}
            errors={errors}
          />
          <ContactInputs
            locale={locale}
            party="representative"
            values={values}
            errors={errors}
            languageHint={say(
              locale,
              'Neizvēlēta: zināmam pārstāvim paliek saglabātā, jaunam — latviešu.',
              'Not chosen: a known representative keeps the stored one, a new one gets Latvian.',
            )}
          />
          <TextInput
            locale={locale}
            id="representative-basis"
            label={fieldLabel(locale, 'representative-basis')}
            width={30}
            values={values}
            errors={errors}
            hint={say(
              locale,
              'Piemēram, pilnvara Nr. 12, 01.10.2026.',
              'For example power of attorney no. 12 of 1 October 2026',
            )}
          />
        </div>
      </details>

      <h2 class="govuk-heading-m">{say(locale, 'Iesniegums', 'Application')}</h2>
      <Textarea
        locale={locale}
        id="summary"
        label={fieldLabel(locale, 'summary')}
        rows={3}
        values={values}
        errors={errors}
      />
      <DeskQuestions locale={locale} service={service} values={values} errors={errors} />
      {service.requiredDocuments.length > 0 && (
        <Checkboxes
          locale={locale}
          name="received"
          legend={fieldLabel(locale, 'received')}
          small
          hint={say(
            locale,
            'Standarta prasītie dokumenti: atzīmējiet saņemtos',
            'The documents the standard asks for: tick those received',
          )}
          items={service.requiredDocuments.map((d) => ({
            value: pick(d.name, locale),
            label: pick(d.name, locale),
          }))}
          values={values}
          errors={errors}
        />
      )}
      <DocumentsField {...props} />

      <h2 class="govuk-heading-m">{fieldLabel(locale, 'delivery')}</h2>
      <Radios
        locale={locale}
        name="delivery"
        legend={fieldLabel(locale, 'delivery')}
        items={deliveries.map((d) => ({ value: d, label: label(DELIVERY, d, locale) }))}
        values={values}
        errors={errors}
      />
      <SelectField
        locale={locale}
        id="deliveryCentre"
        label={fieldLabel(locale, 'deliveryCentre')}
        items={centreItems}
        values={values}
        errors={errors}
        emptyLabel={say(locale, '— izvēlieties, ja saņems centrā —', '— choose if collected at a centre —')}
      />

      {service.onTheSpot && (
        <FileField
          locale={locale}
          id="resultDocument"
          label={say(
            locale,
            'Izsniegtais dokuments (ja izpilda uz vietas)',
            'The document issued (when done on the spot)',
          )}
          hint={say(
            locale,
            'Nav obligāts: piemēram, izziņas skenējums. Tas kļūst par lietas rezultātu.',
            'Optional: for example the scanned certificate. It becomes the case’s result.',
          )}
          errors={errors}
        />
      )}
      <div class="govuk-button-group">
        <button type="submit" name="step" value="register" class="govuk-button" data-module="govuk-button">
          {say(locale, 'Reģistrēt', 'Register')}
        </button>
        {service.onTheSpot && (
          <button
            type="submit"
            name="step"
            value="on_the_spot"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
          >
            {say(locale, 'Reģistrēt, izlemt un izsniegt uzreiz', 'Register, decide and issue now')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The representative's inputs: the details are open when any is filled in or has an error. */
const REPRESENTATIVE_INPUTS = [
  'representative-code',
  'representative-birthDate',
  'representative-document',
  'representative-name',
  'representative-email',
  'representative-phone',
  'representative-address',
  'representative-language',
  'representative-basis',
];

/**
 * How to reach a party of the application: e-mail, phone, postal address and the language of the mail. The
 * applicant's and the representative's are the same inputs under their own prefix (the filing's mail goes to
 * the representative when there is one).
 */
function ContactInputs(props: {
  locale: Locale;
  party: 'applicant' | 'representative';
  values: FormValues;
  errors: ShownErrors;
  languageHint: string;
}) {
  const { locale, party, values, errors } = props;
  const input = (field: string, extra: { type?: 'email' | 'tel'; width: 20 | 30 }) => (
    <TextInput
      locale={locale}
      id={`${party}-${field}`}
      label={fieldLabel(locale, `${party}-${field}`)}
      {...extra}
      values={values}
      errors={errors}
    />
  );
  return (
    <>
      {input('email', { type: 'email', width: 30 })}
      {input('phone', { type: 'tel', width: 20 })}
      {input('address', { width: 30 })}
      <Radios
        locale={locale}
        name={`${party}-language`}
        legend={fieldLabel(locale, `${party}-language`)}
        inline
        small
        items={[
          { value: 'lv', label: say(locale, 'Latviešu', 'Latvian') },
          { value: 'en', label: say(locale, 'Angļu', 'English') },
        ]}
        values={values}
        errors={errors}
        hint={props.languageHint}
      />
    </>
  );
}

/**
 * The representative's personal code or registration number, with its own "Find" (step
 * `lookup-representative`): a known representative's name and contacts are filled in for confirmation
 * (once-only, R9).
 */
function RepresentativeByCode(props: IntakeProps) {
  const { values, errors } = props;
  const { locale } = props.site;
  const found = props.foundRepresentativeByCode;
  return (
    <>
      <div class={`govuk-form-group${errors.has('representative-code') ? ' govuk-form-group--error' : ''}`}>
        <TextInput
          locale={locale}
          id="representative-code"
          label={fieldLabel(locale, 'representative-code')}
          width={20}
          inputmode="numeric"
          values={values}
          errors={errors}
          hint={say(
            locale,
            'Zināma pārstāvja dati tiks aizpildīti — pārbaudiet tos kopā ar pārstāvi',
            'What is known about the representative is filled in — check it with the representative',
          )}
        />
        <FindButton
          step="lookup-representative"
          label={say(locale, 'Atrast pārstāvi pēc koda', 'Find the representative by code')}
        />
      </div>
      <LookupResult
        found={found}
        notKnown={say(
          locale,
          'Šāds pārstāvis vēl nav zināms — ievadiet vārdu vai nosaukumu.',
          'This representative is not known yet — type the name.',
        )}
        foundText={say(
          locale,
          'Atrasts zināms pārstāvis; dati aizpildīti — apstipriniet tos ar pārstāvi:',
          'A known representative was found and the details filled in — confirm them with the representative:',
        )}
        who={(f) => ` (${f.identifier})`}
      />
    </>
  );
}

/**
 * A representative who is a foreigner without a personal code: the date of birth and the identity document
 * instead of the code, found again as the applicant is (always shown, so the form needs no script).
 */
function RepresentativeForeigner(props: IntakeProps) {
  const { values, errors } = props;
  const { locale } = props.site;
  const found = props.foundRepresentative;
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby="representative-foreigner-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {say(
            locale,
            'Pārstāvis — ārzemnieks bez personas koda',
            'A representative who is a foreigner without a code',
          )}
        </legend>
        <div class="govuk-hint" id="representative-foreigner-hint">
          {say(
            locale,
            'Koda vietā: dzimšanas datums un dokumenta numurs; atstarpes un defises netiek ņemtas vērā. Ar abiem tas atrod zināmu ārzemnieku',
            'Instead of the code: the date of birth and the document number; spaces and hyphens are ignored. With both it finds a known foreigner',
          )}
        </div>
        <TextInput
          locale={locale}
          id="representative-birthDate"
          label={fieldLabel(locale, 'representative-birthDate')}
          width={10}
          values={values}
          errors={errors}
          hint={say(locale, 'Piemēram, 31.12.1980.', 'For example 31.12.1980')}
        />
        <TextInput
          locale={locale}
          id="representative-document"
          label={fieldLabel(locale, 'representative-document')}
          width={30}
          values={values}
          errors={errors}
          hint={say(
            locale,
            'Pases vai personas apliecības numurs, piemēram, LT23456789',
            'The passport or identity card number, for example LT23456789',
          )}
        />
        <FindButton
          step="lookup-representative-foreign"
          label={say(
            locale,
            'Atrast pārstāvi pēc dokumenta un dzimšanas datuma',
            'Find the representative by document and date of birth',
          )}
          last
        />
      </fieldset>
      <LookupResult
        found={found}
        notKnown={say(
          locale,
          'Šāds pārstāvis vēl nav zināms: ievadiet datus.',
          'This representative is not known yet: enter the details.',
        )}
        foundText={say(
          locale,
          'Atrasts zināms pārstāvis; dati aizpildīti — apstipriniet tos ar pārstāvi:',
          'A known representative was found and the details filled in — confirm them with the representative:',
        )}
        who={(f) =>
          f.birthDate
            ? ` (${say(locale, 'dzimšanas datums', 'born')} ${formatDate(f.birthDate, locale)})`
            : ''
        }
      />
    </div>
  );
}

/** A "Find" of the desk form: a step of the same POST, sent without the browser's own checks. */
function FindButton(props: { step: string; label: string; last?: boolean }) {
  return (
    <button
      type="submit"
      name="step"
      value={props.step}
      class={`govuk-button govuk-button--secondary${props.last ? ' govuk-!-margin-bottom-0' : ''}`}
      formNoValidate
      data-module="govuk-button"
    >
      {props.label}
    </button>
  );
}

/** What a "Find" gave: nothing before a look-up, "not known" (null), or who was found, to confirm. */
function LookupResult(props: {
  found: PartyView | null | undefined;
  notKnown: string;
  foundText: string;
  who: (found: PartyView) => string;
}) {
  if (props.found === undefined) return null;
  return (
    <div class="govuk-inset-text" role="status">
      {props.found === null ? (
        props.notKnown
      ) : (
        <>
          {props.foundText} <strong>{props.found.name}</strong>
          {props.who(props.found)}
        </>
      )}
    </div>
  );
}

function DocumentsField(props: IntakeProps) {
  const { locale } = props.site;
  const error = props.errors.get('documents');
  return (
    <div
      class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}
      data-upload-url={uploadHref(locale)}
    >
      <label class="govuk-label govuk-label--s" for="documents">
        {fieldLabel(locale, 'documents')}
      </label>
      <div class="govuk-hint" id="documents-hint">
        {say(
          locale,
          'PDF, JPG, PNG, TIFF, DOCX, ODT vai EDOC, katrs līdz 10 MB, ne vairāk kā 10',
          'PDF, JPG, PNG, TIFF, DOCX, ODT or EDOC, each up to 10 MB, at most 10',
        )}
      </div>
      {error && (
        <p id="documents-error" class="govuk-error-message">
          <span class="govuk-visually-hidden">{say(locale, 'Kļūda:', 'Error:')}</span> {error}
        </p>
      )}
      <StagedList locale={locale} staged={props.staged} />
      <input
        class="govuk-file-upload"
        id="documents"
        name="documents"
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.docx,.odt,.edoc,.asice"
        aria-describedby={`documents-hint${error ? ' documents-error' : ''}`}
      />
    </div>
  );
}

/**
 * Files already received (before an error, or added by script): kept by id, each can be removed. `input`
 * names the fields ({input}-staged, {input}-removeStaged) where a page has several file inputs.
 */
export function StagedList(props: { locale: Locale; staged: StagedFile[]; input?: string }) {
  const { locale } = props;
  const name = (field: string) => (props.input ? `${props.input}-${field}` : field);
  return (
    <ul class="govuk-list" data-staged-list aria-live="polite">
      {props.staged.map((f) => (
        <li key={f.id}>
          <input type="hidden" name={name('staged')} value={f.id} />
          {say(locale, 'Saņemts', 'Received')}: {f.filename} ({Math.ceil(f.size / 1024)} KB){' '}
          <span class="govuk-checkboxes govuk-checkboxes--small pietura-inline-check">
            <span class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                type="checkbox"
                id={`remove-${f.id}`}
                name={name('removeStaged')}
                value={f.id}
              />
              <label class="govuk-label govuk-checkboxes__label" for={`remove-${f.id}`}>
                {say(locale, 'noņemt', 'remove')} <span class="govuk-visually-hidden">{f.filename}</span>
              </label>
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Delivery ways the standard allows: a centre when results are received in person, download always. */
/** The questions of the service's online form, to type what the application says (none required at the desk). */
function DeskQuestions(props: {
  locale: Locale;
  service: IntakeService;
  values: FormValues;
  errors: ShownErrors;
}) {
  const page = deskQuestions(props.service.formDefinition);
  if (!page) return null;
  const { locale } = props;
  return (
    <fieldset class="govuk-fieldset" aria-describedby="desk-questions-hint">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
        {say(locale, 'Veidlapas jautājumi', 'The form’s questions')}
      </legend>
      <div class="govuk-hint" id="desk-questions-hint">
        {say(
          locale,
          'Tie paši jautājumi, ko iesniedzējs atbild tiešsaistē. Ierakstiet, ko norāda iesniegums; trūkstošo speciālists var pieprasīt vēlāk.',
          'The questions an applicant answers online. Type what the application says; what it lacks the specialist can ask for later.',
        )}
      </div>
      {page.fields.map((field) => (
        <FormFieldInput
          key={field.code}
          locale={locale}
          field={field}
          values={props.values}
          errors={props.errors}
        />
      ))}
    </fieldset>
  );
}

function deliveryChoices(service: IntakeService): ('centre' | 'post' | 'email' | 'e_address' | 'download')[] {
  const r = service.receiveChannels;
  const out: ('centre' | 'post' | 'email' | 'e_address' | 'download')[] = [];
  if (r.includes('in_person') || r.length === 0) out.push('centre');
  if (r.includes('post')) out.push('post');
  if (r.includes('email')) out.push('email');
  if (r.includes('e_address')) out.push('e_address');
  out.push('download');
  return out;
}
