/**
 * Applying for someone else: who the application is for, and — for another person — that person's name and
 * personal code and the basis of representation. The case is filed as at the desk: the represented person
 * is the applicant, the person filling in is the representative (`ApplicationInput.representative`).
 * The answers live in the draft's `applicant` object beside the filler's own details (no new column).
 */
import { isSameTypedParty, isValidPersonalCode, normaliseCode, partyProblems } from '../parties/service';
import type { FormField } from './definition';

export const APPLYING_FOR = ['self', 'other'] as const;
export type ApplyingFor = (typeof APPLYING_FOR)[number];

export const REPRESENTATION_BASES = ['power_of_attorney', 'legal_representative', 'other'] as const;
export type RepresentationBasis = (typeof REPRESENTATION_BASES)[number];

export const BASIS_TEXT: Record<RepresentationBasis, { lv: string; en: string }> = {
  power_of_attorney: { lv: 'Pilnvara', en: 'Power of attorney' },
  legal_representative: {
    lv: 'Likumiskais pārstāvis (vecāks, aizbildnis)',
    en: 'Legal representative (parent, guardian)',
  },
  other: { lv: 'Cits', en: 'Other' },
};

export const REPRESENTED_FIELDS = ['representedName', 'representedCode', 'basis', 'basisOther'] as const;
export type RepresentedField = (typeof REPRESENTED_FIELDS)[number];
export type RepresentedProblem = 'required' | 'too_long' | 'personal_code_invalid' | 'same_as_applicant';

/** The keys of the draft's applicant object that belong to this step, not to the filler's own details. */
export const ON_BEHALF_KEYS = ['applyingFor', ...REPRESENTED_FIELDS] as const;

const LIMIT: Record<RepresentedField, number> = {
  representedName: 300,
  representedCode: 20,
  basis: 40,
  basisOther: 500,
};

/** Whether the draft is filled in by a representative. */
export function isOnBehalf(applicant: Record<string, string> | null | undefined): boolean {
  return applicant?.applyingFor === 'other';
}

/** The on-behalf part of the draft's applicant object. */
export function onBehalfPart(applicant: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ON_BEHALF_KEYS) if (applicant?.[k] !== undefined) out[k] = applicant[k];
  return out;
}

export function checkApplyingFor(raw: string): { value?: ApplyingFor; problem?: 'required' } {
  return (APPLYING_FOR as readonly string[]).includes(raw)
    ? { value: raw as ApplyingFor }
    : { problem: 'required' };
}

/**
 * Checks the represented person's page with the parties' rules (as the applicant's code is), and refuses
 * the filler as their own representative (the desk's same_as_applicant, `isSameTypedParty`).
 */
export function checkRepresented(
  raw: Partial<Record<RepresentedField, string>>,
  filler: { name?: string; personalCode?: string } | null | undefined,
): {
  value: Record<RepresentedField, string>;
  problems: { field: RepresentedField; code: RepresentedProblem }[];
} {
  const value = Object.fromEntries(
    REPRESENTED_FIELDS.map((f) => [f, (raw[f] ?? '').replace(/\s+/g, ' ').trim()]),
  ) as Record<RepresentedField, string>;
  const problems: { field: RepresentedField; code: RepresentedProblem }[] = [];
  for (const f of REPRESENTED_FIELDS)
    if (value[f].length > LIMIT[f]) problems.push({ field: f, code: 'too_long' });
  const tooLong = new Set(problems.map((p) => p.field));
  const person = {
    kind: 'person' as const,
    name: value.representedName,
    personalCode: value.representedCode,
  };
  for (const p of partyProblems(person)) {
    if (p.field === 'name' && p.code === 'required' && !tooLong.has('representedName'))
      problems.push({ field: 'representedName', code: 'required' });
    if (p.field === 'personalCode' && !tooLong.has('representedCode'))
      problems.push({
        field: 'representedCode',
        code: p.code === 'required' ? 'required' : 'personal_code_invalid',
      });
  }
  if (!(REPRESENTATION_BASES as readonly string[]).includes(value.basis))
    problems.push({ field: 'basis', code: 'required' });
  if (value.basis === 'other' && !value.basisOther && !tooLong.has('basisOther'))
    problems.push({ field: 'basisOther', code: 'required' });
  if (value.basis !== 'other') value.basisOther = '';
  if (!problems.some((p) => p.field === 'representedCode') && isValidPersonalCode(value.representedCode)) {
    const code = normaliseCode(value.representedCode);
    value.representedCode = `${code.slice(0, 6)}-${code.slice(6)}`;
    if (
      filler &&
      isSameTypedParty(
        { kind: 'person', name: filler.name ?? '', personalCode: filler.personalCode ?? '' },
        person,
      )
    )
      problems.push({ field: 'representedCode', code: 'same_as_applicant' });
  }
  const order = (f: RepresentedField) => REPRESENTED_FIELDS.indexOf(f);
  problems.sort((a, b) => order(a.field) - order(b.field));
  return { value, problems };
}

/** The basis of representation as the case records it (the desk's free text): the choice in Latvian, or the text typed. */
export function basisRecorded(answers: Record<string, string>): string {
  const basis = answers.basis as RepresentationBasis;
  if (basis === 'other') return answers.basisOther ?? '';
  return BASIS_TEXT[basis]?.lv ?? '';
}

/** The basis as the check page shows it, in the page's language. */
export function basisShown(answers: Record<string, string>, locale: 'lv' | 'en'): string {
  const basis = answers.basis as RepresentationBasis;
  if (!BASIS_TEXT[basis]) return '';
  return basis === 'other'
    ? `${BASIS_TEXT.other[locale]}: ${answers.basisOther ?? ''}`
    : BASIS_TEXT[basis][locale];
}

/**
 * The draft files of the represented person's page: a copy of the power of attorney or another document of
 * the representation. Not a form field: a definition's codes start with a letter, so this one is never theirs.
 */
export const PROOF_CODE = '_representation';

export const PROOF_FIELD: FormField = {
  code: PROOF_CODE,
  type: 'file',
  label: { lv: 'Pārstāvību apliecinošs dokuments', en: 'Proof that you represent this person' },
  hint: {
    lv: 'Pilnvaras vai cita dokumenta kopija: PDF, JPG, PNG vai e-parakstīts dokuments (.edoc, .asice), ne vairāk kā 3 faili līdz 10 MB katrs. Ja pārstāvat ar pilnvaru, tā jāpievieno; vecākam vai aizbildnim tas nav jādara.',
    en: 'A copy of the power of attorney or another document: PDF, JPG, PNG or an e-signed document (.edoc, .asice), at most 3 files of up to 10 MB each. You must add it if you act under a power of attorney; a parent or guardian need not.',
  },
  required: false,
  maxFiles: 3,
  accept: ['pdf', 'jpeg', 'png', 'edoc'],
};

/** The draft's files that are the proof of representation (PROOF_CODE), in the order attached. */
export function proofFiles<F extends { fieldCode: string }>(files: F[]): F[] {
  return files.filter((f) => f.fieldCode === PROOF_CODE);
}

/**
 * A power of attorney is shown with the application (its copy); a parent's or guardian's standing the
 * municipality checks in the registers, and another basis is described in words.
 */
export function proofMissing(
  applicant: Record<string, string> | null | undefined,
  files: { fieldCode: string }[],
): boolean {
  return isOnBehalf(applicant) && applicant?.basis === 'power_of_attorney' && proofFiles(files).length === 0;
}
