import { z } from 'zod';
import { type FormValues, one } from '../../platform/web/form-values';
import { compactIban, isValidIban } from './checks';

const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .transform((s) => s || null);
const colour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'colour')
  .transform((s) => s.toLowerCase());

/** Registry prefix of registration numbers, e.g. "ILN": 2 to 6 capital Latin letters. */
export const REGISTRY_PREFIX = /^[A-Z]{2,6}$/;

/** The municipality's settings as the administrator (or `pietura setup`) gives them. */
export const settingsSchema = z.object({
  name: z.object({ lv: required(200), en: required(200) }),
  shortName: z.object({ lv: required(100), en: required(100) }),
  registrationNumber: optional(11).refine((s) => s === null || /^\d{11}$/.test(s), 'registrationNumber'),
  address: required(300),
  phone: optional(40).refine((s) => s === null || /^\+?[\d\s()-]{5,40}$/.test(s), 'phone'),
  email: optional(200).refine((s) => s === null || z.email().safeParse(s).success, 'email'),
  eAddress: optional(200),
  website: optional(300).refine((s) => s === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), 'website'),
  registryPrefix: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().min(1, 'required').regex(REGISTRY_PREFIX, 'registryPrefix')),
  primaryColour: colour,
  accentColour: colour,
  bankAccount: optional(50)
    .refine((s) => s === null || isValidIban(s), 'iban')
    .transform((s) => (s === null ? null : compactIban(s))),
  bankName: optional(200),
});
export type SettingsInput = z.output<typeof settingsSchema>;

/** The form's fields (ids) in the shape the schema reads. */
export function settingsCandidate(values: FormValues) {
  return {
    name: { lv: one(values, 'name-lv'), en: one(values, 'name-en') },
    shortName: { lv: one(values, 'shortName-lv'), en: one(values, 'shortName-en') },
    registrationNumber: one(values, 'registrationNumber'),
    address: one(values, 'address'),
    phone: one(values, 'phone'),
    email: one(values, 'email'),
    eAddress: one(values, 'eAddress'),
    website: one(values, 'website'),
    registryPrefix: one(values, 'registryPrefix'),
    primaryColour: one(values, 'primaryColour'),
    accentColour: one(values, 'accentColour'),
    bankAccount: one(values, 'bankAccount'),
    bankName: one(values, 'bankName'),
  };
}
