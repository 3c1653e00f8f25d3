import type { FieldOption, FormField, FormPage } from '../../../eforms/definition';

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
  'text',
  'Bankas konta numurs (IBAN)',
  'Bank account number (IBAN)',
  {
    hint: hint(
      'Piemēram, LV80BANK0000435195001. Pabalstu pārskaita uz šo kontu.',
      'For example, LV80BANK0000435195001. The benefit is paid into this account.',
    ),
    maxLength: 34,
  },
);
