/**
 * The applicant page of the online journey: who applies and how to reach them. Without a login the
 * person types it all in; a resident login (OpenID Connect, a later issue) will call
 * `applicantPrefill` with the verified identity and the page starts filled in — the same page, the same
 * checks, nothing else changes (see docs/online-applications.md).
 */
import { isValidPersonalCode, normaliseCode, partyProblems } from '../parties/service';

export interface ApplicantAnswers {
  name: string;
  personalCode: string;
  email: string;
  phone: string;
  postalAddress: string;
}

export const APPLICANT_FIELDS = ['name', 'personalCode', 'email', 'phone', 'postalAddress'] as const;
export type ApplicantField = (typeof APPLICANT_FIELDS)[number];

export type ApplicantProblem =
  | 'required'
  | 'too_long'
  | 'personal_code_invalid'
  | 'email_invalid'
  | 'phone_invalid'
  | 'contact_required';

/** What a verified identity (a later resident login) gives: its claims prefill the page. */
export interface VerifiedIdentity {
  /** Given name(s) and surname as the identity provider says them. */
  givenName: string;
  familyName: string;
  /** Latvian personal code, with or without the hyphen. */
  personalCode: string;
  email?: string;
  phone?: string;
}

/** The applicant page's values from a verified identity: what a login adds, and all it adds. */
export function applicantPrefill(identity: VerifiedIdentity | null | undefined): Partial<ApplicantAnswers> {
  if (!identity) return {};
  const code = normaliseCode(identity.personalCode);
  return {
    name: `${identity.givenName} ${identity.familyName}`.trim(),
    personalCode: code.length === 11 ? `${code.slice(0, 6)}-${code.slice(6)}` : identity.personalCode,
    ...(identity.email ? { email: identity.email } : {}),
    ...(identity.phone ? { phone: identity.phone } : {}),
  };
}

const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/;
const LIMIT: Record<ApplicantField, number> = {
  name: 300,
  personalCode: 20,
  email: 254,
  phone: 30,
  postalAddress: 300,
};

/** Checks the applicant page (with the parties' rules for names, codes and e-mail); values trimmed. */
export function checkApplicant(raw: Partial<Record<ApplicantField, string>>): {
  value: ApplicantAnswers;
  problems: { field: ApplicantField; code: ApplicantProblem }[];
} {
  const value = Object.fromEntries(
    APPLICANT_FIELDS.map((f) => [f, (raw[f] ?? '').replace(/\s+/g, ' ').trim()]),
  ) as unknown as ApplicantAnswers;
  const problems: { field: ApplicantField; code: ApplicantProblem }[] = [];
  for (const f of APPLICANT_FIELDS)
    if (value[f].length > LIMIT[f]) problems.push({ field: f, code: 'too_long' });
  const tooLong = new Set(problems.map((p) => p.field));
  const party = partyProblems({
    kind: 'person',
    name: value.name,
    personalCode: value.personalCode,
    email: value.email,
  });
  for (const p of party) {
    const field = p.field as ApplicantField;
    if (tooLong.has(field)) continue;
    if (field === 'name' && p.code === 'required') problems.push({ field, code: 'required' });
    if (field === 'personalCode')
      problems.push({ field, code: p.code === 'required' ? 'required' : 'personal_code_invalid' });
    if (field === 'email') problems.push({ field, code: 'email_invalid' });
  }
  if (value.phone && !tooLong.has('phone') && !PHONE.test(value.phone))
    problems.push({ field: 'phone', code: 'phone_invalid' });
  if (!value.email && !value.phone) problems.push({ field: 'email', code: 'contact_required' });
  if (!problems.some((p) => p.field === 'personalCode') && isValidPersonalCode(value.personalCode)) {
    const code = normaliseCode(value.personalCode);
    value.personalCode = `${code.slice(0, 6)}-${code.slice(6)}`;
  }
  const order = (f: ApplicantField) => APPLICANT_FIELDS.indexOf(f);
  problems.sort((a, b) => order(a.field) - order(b.field));
  return { value, problems };
}
