/**
 * Open311 GeoReport v2 (issue 9 point 7): the services that take applications, their definitions from
 * the online form, service requests filed as cases on the 'api' channel, and what the public may know
 * of those cases. See docs/open311.md for every decision (what is public, statuses, the applicant).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { Actor } from '../../platform/auth/actor';
import { todayInRiga } from '../../platform/calendar/days';
import { formatDate, type Locale } from '../../platform/i18n';
import * as cases from '../cases/service';
import * as catalogue from '../catalogue/service';
import { type Answers, caseFields, checkAnswers, visibleFields } from '../eforms/answers';
import { allFields, type FormDefinition, type FormField, parseFormDefinition } from '../eforms/definition';
import { answerProblemMessage, IBAN_EXAMPLE } from '../eforms/messages';
import type { Open311Error } from './format';
import { deadlineNotice, ERRORS, STATUS_NOTES } from './messages';
import { CONTROL_OR_BREAK, inputProblemMessage, type PostRequestInput } from './request-input';
import { expectedDateTime, isoDateTime } from './time';

export const MAX_REQUESTS = 1000;
export const DEFAULT_DAYS = 90;

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'batch';
  keywords: string;
  group: string;
}

export interface Open311Value {
  key: string;
  name: string;
}

export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: Open311Value[];
}

export interface Open311Definition {
  service_code: string;
  attributes: Open311Attribute[];
}

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
}

export interface Open311Receipt {
  service_request_id: string;
  service_notice: string;
  account_id: null;
}

const DATATYPES: Record<FormField['type'], Open311Attribute['datatype']> = {
  text: 'string',
  address: 'string',
  personal_code: 'string',
  iban: 'string',
  textarea: 'text',
  number: 'number',
  date: 'datetime',
  choice: 'singlevaluelist',
  yesno: 'singlevaluelist',
  choices: 'multivaluelist',
  file: 'string',
};

/** A service takes applications when its version in force names at least one way to apply. */
function takesApplications(s: catalogue.ServiceStandard): boolean {
  return s.version.applyChannels.length > 0;
}

function formOf(s: catalogue.ServiceStandard): FormDefinition | undefined {
  if (!s.version.formDefinition) return undefined;
  const parsed = parseFormDefinition(s.version.formDefinition);
  return parsed.ok ? parsed.definition : undefined;
}

/** Keywords as the spec wants them: comma-separated (the catalogue keeps them separated by spaces). */
function keywordList(text: string | undefined): string {
  if (!text) return '';
  const words = text.includes(',') ? text.split(',') : text.split(/\s+/);
  return words
    .map((w) => w.trim())
    .filter(Boolean)
    .join(',');
}

export async function listOpen311Services(db: Db, locale: Locale): Promise<Open311Service[]> {
  const all = await catalogue.listServices(db, catalogue.NO_FILTER, locale);
  return all.filter(takesApplications).map((s) => ({
    service_code: s.code,
    service_name: s.version.name[locale],
    description: s.version.description[locale],
    metadata: Boolean(formOf(s)),
    type: 'batch' as const,
    keywords: keywordList(s.version.keywords?.[locale]),
    group: s.category.name[locale],
  }));
}

interface Taking {
  s: catalogue.ServiceStandard;
  def: FormDefinition | undefined;
  /** The form's fields, their codes and the codes of its file fields, worked out once per revision. */
  fields: FormField[];
  codes: Set<string>;
  files: Set<string>;
}

function taking(s: catalogue.ServiceStandard): Taking {
  const def = formOf(s);
  const fields = def ? allFields(def) : [];
  return {
    s,
    def,
    fields,
    codes: new Set(fields.map((f) => f.code)),
    files: new Set(fields.filter((f) => f.type === 'file').map((f) => f.code)),
  };
}

/** What a published standard's form gives a POST, worked out once per standard (one per catalogue revision). */
const takingOf = new WeakMap<catalogue.ServiceStandard, Taking>();

/**
 * A service taking applications, from the catalogue kept per revision (catalogue.publishedServiceByCode):
 * a POST reads no catalogue. A version that changed in the instant before the revision's notice arrived is
 * caught by intake, which files only against the revision it checked (ADR 0011).
 */
async function serviceTakingApplications(db: Db, code: string): Promise<Taking | undefined> {
  if (!/^[a-z0-9-]{1,100}$/.test(code)) return undefined;
  const s = await catalogue.publishedServiceByCode(db, code);
  if (!s || !takesApplications(s)) return undefined;
  let found = takingOf.get(s);
  if (!found) {
    found = taking(s);
    takingOf.set(s, found);
  }
  return found;
}

function describe(field: FormField, def: FormDefinition, locale: Locale): string {
  const lv = locale === 'lv';
  const parts: string[] = [];
  if (field.hint?.[locale]) parts.push(field.hint[locale]);
  if (field.type === 'date') parts.push(lv ? 'Datums formā GGGG-MM-DD.' : 'A date as YYYY-MM-DD.');
  if (field.type === 'number') {
    parts.push(
      lv
        ? 'Skaitlis ar punktu pirms decimāldaļas, bez atdalītājiem (12.5).'
        : 'A number with a point for decimals and no separators (12.5).',
    );
    if (field.integer) parts.push(lv ? 'Vesels skaitlis.' : 'A whole number.');
    if (field.money) parts.push(lv ? 'Summa euro.' : 'An amount in euros.');
    if (field.min !== undefined) parts.push(lv ? `Vismaz ${field.min}.` : `At least ${field.min}.`);
    if (field.max !== undefined) parts.push(lv ? `Ne vairāk kā ${field.max}.` : `At most ${field.max}.`);
  }
  if (field.type === 'iban')
    parts.push(
      lv
        ? `Bankas konta numurs (IBAN), piemēram, ${IBAN_EXAMPLE}.`
        : `A bank account number (IBAN), like ${IBAN_EXAMPLE}.`,
    );
  if (field.type === 'personal_code')
    parts.push(lv ? 'Latvijas personas kods, 11 cipari.' : 'A Latvian personal code, 11 digits.');
  if (field.type === 'choices')
    parts.push(lv ? 'Vairākas vērtības: attribute[kods][]=…' : 'Several values: attribute[code][]=…');
  if (field.showWhen) {
    const on = allFields(def).find((f) => f.code === field.showWhen?.field);
    const when = field.showWhen.values.join(', ');
    parts.push(
      lv
        ? `Jautā tikai tad, ja ${on?.code ?? field.showWhen.field} ir ${when}${field.required ? '; tad obligāts' : ''}.`
        : `Asked only when ${on?.code ?? field.showWhen.field} is ${when}${field.required ? '; then required' : ''}.`,
    );
  }
  if (field.type === 'file')
    parts.push(
      lv
        ? 'Šim laukam vajag failu, ko Open311 nevar nosūtīt: piesakieties tiešsaistē vai klātienē.'
        : 'This field needs a file, which Open311 cannot send: apply online or in person.',
    );
  return parts.join(' ');
}

function attributeOf(field: FormField, def: FormDefinition, order: number, locale: Locale): Open311Attribute {
  const values: Open311Value[] =
    field.type === 'yesno'
      ? [
          { key: 'yes', name: locale === 'lv' ? 'Jā' : 'Yes' },
          { key: 'no', name: locale === 'lv' ? 'Nē' : 'No' },
        ]
      : (field.options ?? []).map((o) => ({ key: o.key, name: o.label[locale] }));
  return {
    // A file cannot be sent through Open311: the attribute only informs (variable false).
    variable: field.type !== 'file',
    code: field.code,
    datatype: DATATYPES[field.type],
    required: field.required && !field.showWhen && field.type !== 'file',
    datatype_description: describe(field, def, locale),
    order,
    description: field.label[locale],
    values,
  };
}

export async function open311Definition(
  db: Db,
  code: string,
  locale: Locale,
): Promise<Open311Definition | undefined> {
  const found = await serviceTakingApplications(db, code);
  if (!found) return undefined;
  const { s, def } = found;
  return {
    service_code: s.code,
    attributes: def ? allFields(def).map((f, i) => attributeOf(f, def, i + 1, locale)) : [],
  };
}

export type SubmitResult =
  | { ok: true; receipt: Open311Receipt; replayed: boolean }
  | { ok: false; status: 400 | 404; errors: Open311Error[] };

const bad = (errors: string[]): SubmitResult => ({
  ok: false,
  status: 400,
  errors: errors.map((description) => ({ code: 400, description })),
});

/** The case's idempotency key: the client's Idempotency-Key under this api key, else a fresh one. */
export function idempotencyKeyFor(actor: Actor, clientKey: string | undefined): string {
  if (!clientKey) return `open311:${randomUUID()}`;
  const digest = createHash('sha256').update(clientKey, 'utf8').digest('hex');
  return `open311:${actor.id}:${digest}`;
}

/** What the case keeps besides the form's answers: the free text and the location, as sent. */
function requestFields(input: PostRequestInput, codes: Set<string>): Record<string, string> {
  const key = (name: string) => (codes.has(name) ? `open311_${name}` : name);
  const out: Record<string, string> = {};
  if (input.description) out[key('summary')] = input.description;
  if (input.address_string) out[key('address_string')] = input.address_string;
  if (input.lat !== undefined) out[key('lat')] = String(input.lat);
  if (input.long !== undefined) out[key('long')] = String(input.long);
  if (input.media_url) out[key('media_url')] = input.media_url;
  return out;
}

function checkAttributes(
  { def, fields, files }: Taking,
  raw: Answers,
  locale: Locale,
): { answers: Answers; errors: string[] } {
  const lv = locale === 'lv';
  const errors: string[] = [];
  if (!def) {
    for (const code of Object.keys(raw))
      errors.push(
        `attribute[${code}]: ${lv ? 'pakalpojumam nav šāda atribūta.' : 'the service has no such attribute.'}`,
      );
    return { answers: {}, errors };
  }
  // A file field is not an attribute: an answer to it would pass as the id of an uploaded file.
  // Without a prototype, as request-input.ts reads them: an attribute named __proto__ stays one, and is refused.
  const sent: Answers = Object.create(null);
  for (const [code, v] of Object.entries(raw)) {
    if (files.has(code))
      errors.push(
        `attribute[${code}]: ${lv ? 'failu caur Open311 nosūtīt nevar.' : 'a file cannot be sent through Open311.'}`,
      );
    else sent[code] = v;
  }
  const { answers, problems } = checkAnswers(def, sent, todayInRiga(), 'machine', 'refuse');
  for (const p of problems) {
    const field = fields.find((f) => f.code === p.field);
    const message = field
      ? field.type === 'file'
        ? describe(field, def, locale)
        : answerProblemMessage(locale, field, p.code, 'machine')
      : lv
        ? 'Pakalpojuma veidlapā nav šāda atribūta.'
        : 'The service has no such attribute.';
    errors.push(`attribute[${p.field}]: ${message}`);
  }
  return { answers, errors };
}

/**
 * Files a service request as a case on the API channel, with the key's actor (so the intake's audit
 * row names the key). The applicant is a contact_person: Open311 has no personal code.
 */
export async function submitRequest(
  db: Db,
  actor: Actor,
  input: PostRequestInput,
  locale: Locale,
  clientIdempotencyKey: string | undefined,
): Promise<SubmitResult> {
  const lv = locale === 'lv';
  const found = await serviceTakingApplications(db, input.service_code);
  if (!found)
    return { ok: false, status: 404, errors: [{ code: 404, description: ERRORS.serviceUnknown[locale] }] };
  const { s, def } = found;
  const { answers, errors } = checkAttributes(found, input.attributes, locale);
  const name = [input.first_name, input.last_name].filter(Boolean).join(' ');
  if (!name) errors.push(lv ? 'Norādiet first_name vai last_name.' : 'Give first_name or last_name.');
  if (!input.email && !input.phone)
    errors.push(
      lv ? 'Norādiet email vai phone, lai ar jums sazinātos.' : 'Give email or phone so we can reach you.',
    );
  if (errors.length > 0) return bad(errors);

  const result = await cases.registerApplication(db, actor, {
    serviceVersionId: s.version.id,
    applicant: {
      kind: 'contact_person',
      name,
      email: input.email || undefined,
      phone: input.phone || undefined,
      postalAddress: undefined,
      preferredLanguage: locale,
    },
    channel: 'api',
    fields: { ...(def ? caseFields(def, answers) : {}), ...requestFields(input, found.codes) },
    documents: [],
    delivery: { channel: input.email ? 'email' : 'download' },
    idempotencyKey: idempotencyKeyFor(actor, clientIdempotencyKey),
  });
  if (!result.ok) {
    if (result.problems.some((p) => p.code === 'unknown_service' || p.code === 'version_not_in_force'))
      return { ok: false, status: 404, errors: [{ code: 404, description: ERRORS.serviceUnknown[locale] }] };
    return bad(
      result.problems.map((p) => {
        const field = p.field.startsWith('applicant.') ? p.field.slice('applicant.'.length) : p.field;
        return inputProblemMessage(locale, {
          field: field === 'name' ? 'first_name' : field,
          code: 'invalid',
        });
      }),
    );
  }
  return {
    ok: true,
    replayed: result.replayed,
    receipt: {
      service_request_id: result.registrationNumber,
      service_notice: deadlineNotice(locale, formatDate(result.dueOn, locale)),
      account_id: null,
    },
  };
}

/** Which fields of a form are asked given some answers (exported for the tests of conditions). */
export { visibleFields };

function toOpen311(r: cases.PublicRequest, locale: Locale): Open311Request {
  return {
    service_request_id: r.registrationNumber,
    status: cases.OPEN_STATUSES.includes(r.status) ? 'open' : 'closed',
    status_notes: STATUS_NOTES[r.status][locale],
    service_name: r.serviceName[locale],
    service_code: r.serviceCode,
    agency_responsible: r.unitName[locale],
    service_notice: cases.OPEN_STATUSES.includes(r.status)
      ? deadlineNotice(locale, formatDate(r.dueOn, locale))
      : '',
    requested_datetime: isoDateTime(r.receivedAt),
    updated_datetime: isoDateTime(r.updatedAt),
    expected_datetime: expectedDateTime(r.dueOn),
  };
}

export interface RequestQuery {
  numbers?: string[];
  serviceCodes?: string[];
  from?: Date;
  to?: Date;
  status?: 'open' | 'closed';
}

const DAY_MS = 86_400_000;

export async function listOpen311Requests(
  db: Db,
  q: RequestQuery,
  locale: Locale,
): Promise<Open311Request[]> {
  let { from, to } = q;
  // The spec's default: the last 90 days (a window given only by one end is 90 days long).
  if (!from && !to) from = new Date(Date.now() - DEFAULT_DAYS * DAY_MS);
  else if (!from && to) from = new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  const rows = await cases.listPublicRequests(db, {
    numbers: q.numbers,
    serviceCodes: q.serviceCodes,
    from,
    to,
    statuses:
      q.status === 'open' ? cases.OPEN_STATUSES : q.status === 'closed' ? cases.CLOSED_STATUSES : undefined,
    limit: MAX_REQUESTS,
  });
  return rows.map((r) => toOpen311(r, locale));
}

export async function getOpen311Request(
  db: Db,
  id: string,
  locale: Locale,
): Promise<Open311Request | undefined> {
  // An id from the address: no registration number holds a control character (NUL is no text to compare).
  if (id.length > 100 || CONTROL_OR_BREAK.test(id)) return undefined;
  const [row] = await cases.listPublicRequests(db, { numbers: [id], limit: 1 });
  return row && toOpen311(row, locale);
}
