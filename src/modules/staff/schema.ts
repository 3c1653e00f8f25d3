import { z } from 'zod';
import { rowIdSchema } from '../../db/row-id';
import type { RoleGrant } from '../../platform/auth/actor';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../platform/auth/password';
import { isStaffMessageKey, type StaffMessageKey } from './messages';

/** Form values arrive as strings, or as arrays when a name repeats; anything else counts as empty. */
const field = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().catch(''));
const key = (k: StaffMessageKey) => k;
const CONTROL = /\p{Cc}/u;

const email = field
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, key('error.emailRequired'))
      .max(254, key('error.emailInvalid'))
      .pipe(z.email(key('error.emailInvalid'))),
  );

const newPassword = field.pipe(
  z
    .string()
    .min(PASSWORD_MIN_LENGTH, key('error.passwordShort'))
    .max(PASSWORD_MAX_LENGTH, key('error.passwordLong')),
);

/** An organisation or centre code chosen from a list; empty = none. Whether it exists is the service's job. */
const optionalCode = (message: StaffMessageKey) =>
  field
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .max(100, message)
        .regex(/^([A-Za-z0-9][A-Za-z0-9._-]*)?$/, message),
    );

export const signInSchema = z.object({
  email: field
    .transform((s) => s.trim().toLowerCase())
    .pipe(
      z
        .string()
        .min(1, key('error.emailRequired'))
        .max(254, key('error.emailInvalid'))
        .refine((s) => !CONTROL.test(s), key('error.emailInvalid')),
    ),
  password: field.pipe(z.string().min(1, key('error.passwordRequired')).max(PASSWORD_MAX_LENGTH)),
  next: field,
});

export const changePasswordSchema = z
  .object({
    current: field.pipe(z.string().min(1, key('error.passwordRequired')).max(PASSWORD_MAX_LENGTH)),
    next: newPassword,
    confirm: field,
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: key('error.passwordMismatch') });

const UNSCOPED_ROLES = ['admin', 'manager', 'editor'] as const;

export const newUserSchema = z
  .object({
    email,
    name: field
      .transform((s) => s.trim())
      .pipe(
        z
          .string()
          .min(1, key('error.nameRequired'))
          .max(200, key('error.nameInvalid'))
          .refine((s) => !CONTROL.test(s), key('error.nameInvalid')),
      ),
    password: newPassword,
    roles: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(UNSCOPED_ROLES)).max(3).catch([]),
    ),
    headUnit: optionalCode('error.unitUnknown'),
    specialistUnit: optionalCode('error.unitUnknown'),
    clerkCentre: optionalCode('error.centreUnknown'),
  })
  .refine((v) => v.roles.length > 0 || v.headUnit || v.specialistUnit || v.clerkCentre, {
    path: ['roles'],
    message: key('error.roleRequired'),
  });

export type NewUserForm = z.infer<typeof newUserSchema>;

/** The roles and scopes of an existing account, as the edit form sends them (same rules as creation). */
export const editGrantsSchema = z
  .object({
    roles: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(UNSCOPED_ROLES)).max(3).catch([]),
    ),
    headUnit: optionalCode('error.unitUnknown'),
    specialistUnit: optionalCode('error.unitUnknown'),
    clerkCentre: optionalCode('error.centreUnknown'),
  })
  .refine((v) => v.roles.length > 0 || v.headUnit || v.specialistUnit || v.clerkCentre, {
    path: ['roles'],
    message: key('error.roleRequired'),
  });

/** The grants a roles form stands for: each ticked role, and each scoped role with its unit or centre. */
export function grantsOfForm(f: z.infer<typeof editGrantsSchema>): RoleGrant[] {
  return [
    ...f.roles.map((role) => ({ role })),
    ...(f.headUnit ? [{ role: 'head' as const, unit: f.headUnit }] : []),
    ...(f.specialistUnit ? [{ role: 'specialist' as const, unit: f.specialistUnit }] : []),
    ...(f.clerkCentre ? [{ role: 'clerk' as const, centre: f.clerkCentre }] : []),
  ];
}

export const userIdSchema = rowIdSchema;

/** Field name → message key of the first problem with it. */
export function fieldErrors(error: z.ZodError): Record<string, StaffMessageKey> {
  const out: Record<string, StaffMessageKey> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? 'form');
    out[name] ??= isStaffMessageKey(issue.message) ? issue.message : 'error.invalid';
  }
  return out;
}
