import { z } from 'zod';
import { MAX_ROW_ID } from '../../db/row-id';
import { isDay } from '../../platform/calendar';
import { type FormValues, many, one } from '../../platform/web/form-values';
import {
  type ForeignPersonQuery,
  isSameTypedParty,
  isValidPersonalCode,
  isValidRegistrationNumber,
  normaliseDocument,
  type PartyView,
} from '../parties/service';
import type { ApplicationInput, CaseChannel, DeliveryChannel, PartyInput, Problem } from './types';

/** An error to show: the input's id and a message key of messages.ts (with parameters for file names). */
export interface ShownProblem {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

const DESK_CHANNELS = ['in_person', 'post', 'email', 'e_address'] as const;
const DELIVERIES = ['centre', 'post', 'email', 'e_address', 'download'] as const;
const KINDS = ['person', 'foreign_person', 'company'] as const;

/**
 * A date as a clerk types it: 31.12.2026, 31.12.2026. or 2026-12-31; undefined if not a real date of the
 * calendar's years (isDay: 1900–2200, which the database stores; 01.01.0000 is no date).
 */
export function parseDate(raw: string): string | undefined {
  const s = raw.trim();
  const lv = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [y, m, d] = lv ? [lv[3], lv[2], lv[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isDay(date) ? date : undefined;
}

const text = (max: number) => z.string().trim().max(max, 'invalid');
const required = (max: number) => text(max).min(1, 'required');

const intakeShape = z.object({
  serviceVersionId: z.coerce.number().int().positive('unknown_service').max(MAX_ROW_ID, 'unknown_service'),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'invalid'),
  channel: z.enum(DESK_CHANNELS, { message: 'choose' }),
  centre: text(60),
  receivedOn: text(20),
  'applicant-kind': z.enum(KINDS, { message: 'choose' }),
  'applicant-code': text(20),
  'applicant-name': required(200),
  'applicant-birthDate': text(20),
  'applicant-document': text(200),
  'applicant-email': text(200),
  'applicant-phone': text(40),
  'applicant-address': text(300),
  // Not chosen: a known person keeps what is stored, a new one gets Latvian and no consent.
  'applicant-language': z.enum(['lv', 'en', '']).catch(''),
  'applicant-consent': z.enum(['yes', 'no', '']).catch(''),
  'representative-code': text(20),
  'representative-name': text(200),
  // A foreigner without a personal code represents: instead of the code, the date of birth and the document.
  'representative-birthDate': text(20),
  'representative-document': text(200),
  // How to reach the representative, as the applicant's (the filing's mail goes to the representative).
  'representative-email': text(200),
  'representative-phone': text(40),
  'representative-address': text(300),
  'representative-language': z.enum(['lv', 'en', '']).catch(''),
  'representative-basis': text(500),
  summary: text(5000),
  delivery: z.enum(DELIVERIES, { message: 'choose' }),
  deliveryCentre: text(60),
});

/** The intake form as the domain's ApplicationInput (without documents), or the problems to show. */
export function parseIntake(
  values: FormValues,
  received: string[],
): { ok: true; input: Omit<ApplicationInput, 'documents'> } | { ok: false; problems: ShownProblem[] } {
  const candidate = Object.fromEntries(Object.keys(intakeShape.shape).map((k) => [k, one(values, k)]));
  const parsed = intakeShape.safeParse(candidate);
  const problems: ShownProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (problems.some((p) => p.field === field)) continue;
      const key = /^[a-z_]+$/.test(issue.message)
        ? issue.message
        : field === 'serviceVersionId'
          ? 'unknown_service'
          : 'invalid';
      problems.push({ field, key });
    }
    return { ok: false, problems };
  }
  const v = parsed.data;
  let receivedOn: string | undefined;
  if (v.receivedOn) {
    receivedOn = parseDate(v.receivedOn);
    if (!receivedOn) problems.push({ field: 'receivedOn', key: 'date_invalid' });
  }
  if (v.delivery === 'centre' && !v.deliveryCentre) problems.push({ field: 'deliveryCentre', key: 'choose' });
  const applicant = partyFrom(
    v['applicant-kind'],
    {
      code: v['applicant-code'],
      name: v['applicant-name'],
      birthDate: v['applicant-birthDate'],
      document: v['applicant-document'],
      email: v['applicant-email'],
      phone: v['applicant-phone'],
      address: v['applicant-address'],
      language: v['applicant-language'] || undefined,
      consent: v['applicant-consent'] ? v['applicant-consent'] === 'yes' : undefined,
    },
    'applicant',
    problems,
  );
  let representative: ApplicationInput['representative'];
  const foreignRepresentative = Boolean(v['representative-birthDate'] || v['representative-document']);
  // A language alone does not name a representative: a radio chosen by mistake cannot be unchosen without a script.
  const representativeContacts = Boolean(
    v['representative-email'] || v['representative-phone'] || v['representative-address'],
  );
  if (
    v['representative-code'] ||
    v['representative-name'] ||
    v['representative-basis'] ||
    foreignRepresentative ||
    representativeContacts
  ) {
    if (!v['representative-name']) problems.push({ field: 'representative-name', key: 'required' });
    if (!v['representative-basis']) problems.push({ field: 'representative-basis', key: 'required' });
    // A code, or a document and a date of birth: not both (which one would be meant?).
    const bothWays = foreignRepresentative && Boolean(v['representative-code']);
    if (bothWays) problems.push({ field: 'representative-code', key: 'party_one_way' });
    const party = bothWays
      ? undefined
      : partyFrom(
          foreignRepresentative ? 'foreign_person' : representativeKind(v['representative-code']),
          {
            code: v['representative-code'],
            name: v['representative-name'],
            birthDate: v['representative-birthDate'],
            document: v['representative-document'],
            email: v['representative-email'],
            phone: v['representative-phone'],
            address: v['representative-address'],
            language: v['representative-language'] || undefined,
          },
          'representative',
          problems,
        );
    if (party) representative = { party, basis: v['representative-basis'] };
    // One party twice: told at once, with the form's other problems (the service checks it again).
    if (applicant && party && isSameTypedParty(applicant, party))
      problems.push({
        field: party.kind === 'foreign_person' ? 'representative-document' : 'representative-code',
        key: 'same_as_applicant',
      });
  }
  if (problems.length > 0 || !applicant) return { ok: false, problems };
  const fields: Record<string, string> = {};
  if (v.summary) fields.summary = v.summary;
  if (received.length > 0) fields.documentsReceived = received.join('; ');
  return {
    ok: true,
    input: {
      serviceVersionId: v.serviceVersionId,
      applicant,
      representative,
      channel: v.channel as CaseChannel,
      centreCode: v.centre || undefined,
      receivedOn,
      fields,
      delivery: {
        channel: v.delivery as DeliveryChannel,
        centreCode: v.delivery === 'centre' ? v.deliveryCentre : undefined,
      },
      idempotencyKey: v.idempotencyKey,
    },
  };
}

/** A foreigner's date of birth as typed: a real day, not after today (as the parties' rules check it at intake). */
const birthDateTyped = required(20).transform((v, ctx) => {
  const day = parseDate(v);
  if (!day || day > new Date().toISOString().slice(0, 10)) {
    ctx.addIssue({ code: 'custom', message: 'birth_date_invalid' });
    return z.NEVER;
  }
  return day;
});

/** An identity document number as typed: one of nothing but spaces and hyphens is none. */
const documentTyped = required(200).refine((v) => normaliseDocument(v) !== '', 'required');

/**
 * The inputs of a form that names a foreigner without a personal code (the person search, a consultation), in
 * the order the forms show them; their labels are messages.ts FIELD's.
 */
export const FOREIGNER_INPUTS = { document: 'partyDocument', birthDate: 'partyBirthDate' } as const;

/**
 * A foreigner without a personal code to find, the identity document number and the date of birth read from
 * the inputs `names` of a form (the desk's look-up, the person search, a consultation), or the problems to
 * show on those inputs, in the order of `names`.
 */
export function parseForeignQuery(
  values: FormValues,
  names: { document: string; birthDate: string },
): { ok: true; query: ForeignPersonQuery } | { ok: false; problems: ShownProblem[] } {
  const parsed = z
    .object({ birthDate: birthDateTyped, document: documentTyped })
    .safeParse({ birthDate: one(values, names.birthDate), document: one(values, names.document) });
  if (parsed.success)
    return { ok: true, query: { identityDocument: parsed.data.document, birthDate: parsed.data.birthDate } };
  const problems: ShownProblem[] = [];
  // In the order the form shows its inputs (the order of `names`).
  for (const [name, field] of Object.entries(names)) {
    const issue = parsed.error.issues.find((i) => i.path[0] === name);
    if (issue) problems.push({ field, key: /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid' });
  }
  return { ok: false, problems };
}

/**
 * The look-up of a foreigner without a personal code (step `lookup-foreign`): the identity document number
 * and the date of birth typed, or the problems to show.
 */
export function parseForeignLookup(
  values: FormValues,
): { ok: true; query: ForeignPersonQuery } | { ok: false; problems: ShownProblem[] } {
  return parseForeignQuery(values, { birthDate: 'applicant-birthDate', document: 'applicant-document' });
}

/**
 * The look-up of a representative who is a foreigner without a personal code (step
 * `lookup-representative-foreign`): the representative's document number and date of birth, or the problems.
 */
export function parseRepresentativeForeignLookup(
  values: FormValues,
): { ok: true; query: ForeignPersonQuery } | { ok: false; problems: ShownProblem[] } {
  return parseForeignQuery(values, {
    birthDate: 'representative-birthDate',
    document: 'representative-document',
  });
}

/**
 * The look-up of a representative by personal code or registration number (step `lookup-representative`):
 * the code typed, once it is a valid one of the kind its first digit tells (as the form's representative), or
 * the problem to show on the representative's code (nothing is read then).
 */
export function parseRepresentativeCodeLookup(
  values: FormValues,
): { ok: true; code: string } | { ok: false; problems: ShownProblem[] } {
  const parsed = text(20).safeParse(one(values, 'representative-code'));
  const code = parsed.success ? parsed.data : '';
  const problem = (key: string) => ({
    ok: false as const,
    problems: [{ field: 'representative-code', key }],
  });
  if (!parsed.success) return problem('invalid');
  if (!code) return problem('required');
  if (representativeKind(code) === 'company')
    return isValidRegistrationNumber(code) ? { ok: true, code } : problem('registration_number_invalid');
  return isValidPersonalCode(code) ? { ok: true, code } : problem('personal_code_invalid');
}

function partyFrom(
  kind: (typeof KINDS)[number],
  p: {
    code: string;
    name: string;
    birthDate?: string;
    document?: string;
    email?: string;
    phone?: string;
    address?: string;
    language?: 'lv' | 'en';
    consent?: boolean;
  },
  prefix: 'applicant' | 'representative',
  problems: ShownProblem[],
): PartyInput | undefined {
  const contacts = {
    email: p.email || undefined,
    phone: p.phone || undefined,
    postalAddress: p.address || undefined,
    preferredLanguage: p.language,
    eAddressConsent: p.consent,
  };
  if (kind === 'foreign_person') {
    const birthDate = parseDate(p.birthDate ?? '');
    if (!birthDate)
      problems.push({ field: `${prefix}-birthDate`, key: p.birthDate ? 'birth_date_invalid' : 'required' });
    if (!p.document) problems.push({ field: `${prefix}-document`, key: 'required' });
    return birthDate && p.document
      ? { kind, name: p.name, birthDate, identityDocument: p.document, ...contacts }
      : undefined;
  }
  if (!p.code) {
    problems.push({ field: `${prefix}-code`, key: 'required' });
    return undefined;
  }
  return kind === 'company'
    ? { kind, registrationNumber: p.code, name: p.name, ...contacts }
    : { kind: 'person', personalCode: p.code, name: p.name, ...contacts };
}

/**
 * A representative is a person or a company (a lawyers' office, a management company): told apart by the
 * code, as a Latvian personal code begins with 0–3 (the day of birth, or 32 for the codes since 2017) and a
 * registration number with 4 or 5.
 */
function representativeKind(code: string): 'person' | 'company' {
  return /^\s*[4-9]/.test(code) ? 'company' : 'person';
}

/** The form field a domain problem is about (the domain names nested fields with dots). */
const DOMAIN_FIELDS: Record<string, string> = {
  'applicant.personalCode': 'applicant-code',
  'applicant.registrationNumber': 'applicant-code',
  'applicant.name': 'applicant-name',
  'applicant.birthDate': 'applicant-birthDate',
  'applicant.identityDocument': 'applicant-document',
  'applicant.email': 'applicant-email',
  'representative.personalCode': 'representative-code',
  'representative.email': 'representative-email',
  'representative.party.personalCode': 'representative-code',
  'representative.registrationNumber': 'representative-code',
  'representative.birthDate': 'representative-birthDate',
  'representative.identityDocument': 'representative-document',
  'representative.name': 'representative-name',
  'representative.party.name': 'representative-name',
  'representative.basis': 'representative-basis',
  'delivery.centreCode': 'deliveryCentre',
  'delivery.channel': 'delivery',
  delivery: 'delivery',
  centreCode: 'centre',
  serviceVersionId: 'serviceVersionId',
};

export function fromDomainProblems(problems: Problem[]): ShownProblem[] {
  return problems.map((p) => {
    const field =
      DOMAIN_FIELDS[p.field] ??
      (p.field.startsWith('documents') ? 'documents' : p.field.replaceAll('.', '-'));
    return { field, key: p.code, params: p.params };
  });
}

/**
 * A known party's contacts put in the form for confirmation (once-only, R9): what is stored replaces the
 * inputs, an input stays as typed where nothing is stored; the language stored is chosen.
 */
export function prefillContacts(
  values: FormValues,
  prefix: 'applicant' | 'representative',
  found: PartyView,
): void {
  if (found.email) values[`${prefix}-email`] = found.email;
  if (found.phone) values[`${prefix}-phone`] = found.phone;
  if (found.postalAddress) values[`${prefix}-address`] = found.postalAddress;
  values[`${prefix}-language`] = found.preferredLanguage;
}

export function receivedDocuments(values: FormValues): string[] {
  return many(values, 'received').slice(0, 50);
}
