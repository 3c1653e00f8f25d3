import type { FieldOption, FormField, FormPage } from '../../../eforms/definition';
import { IBAN_EXAMPLE } from '../../../eforms/messages';

type Extra = Omit<FormField, 'code' | 'type' | 'label' | 'required'>;

/** A required question. */
export function q(
  code: string,
  type: FormField['type'],
  lv: string,
  en: string,
  extra: Extra = {},
): FormField {
  return { code, type, label: { lv, en }, required: true, ...extra };
}

/** An optional question. */
export function optional(code: string, type: FormField['type'], lv: string, en: string, extra: Extra = {}) {
  return { ...q(code, type, lv, en, extra), required: false };
}

export function opt(key: string, lv: string, en: string): FieldOption {
  return { key, label: { lv, en } };
}

export function hint(lv: string, en: string) {
  return { lv, en };
}

export function page(id: string, lv: string, en: string, fields: FormField[]): FormPage {
  return { id, title: { lv, en }, fields };
}

/** Shown only when an earlier question's answer is one of `values`. */
export function when(field: string, ...values: string[]) {
  return { showWhen: { field, values } };
}

export const DOCUMENTS = { accept: ['pdf', 'jpeg', 'png', 'edoc'] as FormField['accept'] };
export const PHOTOS = { accept: ['jpeg', 'png'] as FormField['accept'] };

export const BANK_ACCOUNT = q(
  'bankas_konts',
  'iban',
  'Bankas konta numurs (IBAN)',
  'Bank account number (IBAN)',
  {
    hint: hint(
      `Piemēram, ${IBAN_EXAMPLE}. Pabalstu pārskaita uz šo kontu.`,
      `For example, ${IBAN_EXAMPLE}. The benefit is paid into this account.`,
    ),
  },
);

/** The child's questions of the family and school forms. */
export const CHILD_NAME = q('berna_vards', 'text', 'Bērna vārds un uzvārds', 'The child’s name and surname', {
  maxLength: 100,
});
export const CHILD_PERSONAL_CODE = q(
  'berna_personas_kods',
  'personal_code',
  'Bērna personas kods',
  'The child’s personal code',
);
export const CHILD_BIRTH_DATE = q(
  'dzimsanas_datums',
  'date',
  'Bērna dzimšanas datums',
  'The child’s date of birth',
  {
    dateRule: 'past',
  },
);

/** The municipality's schools, as a choice. */
export const SCHOOLS: FieldOption[] = [
  opt('ilukstes_vidusskola', 'Ilūkstes Raiņa vidusskola', 'Ilūkste Rainis Secondary School'),
  opt('subates_pamatskola', 'Subates pamatskola', 'Subate Primary School'),
  opt('eglaines_pamatskola', 'Eglaines pamatskola', 'Eglaine Primary School'),
  opt('bebrenes_skola', 'Bebrenes vispārizglītojošā skola', 'Bebrene General School'),
];

/** The day of a booking or an event. */
export const BOOKING_DATE = q('datums', 'date', 'Datums', 'Date', { dateRule: 'future' });

/** The hours of a booking or an event, with an example of them as the hint. */
export function bookingTime(example?: string): FormField {
  return q('laiks', 'text', 'Laiks no–līdz', 'Time from–to', {
    ...(example ? { hint: hint(`Piemēram, ${example}.`, `For example, ${example}.`) } : {}),
    maxLength: 20,
  });
}
