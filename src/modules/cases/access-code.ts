import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L: read aloud over a desk or the phone without mistakes. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 8 characters from 31: about 40 bits, with the tracking page rate-limited per address. */
export function newAccessCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function normaliseAccessCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Bound to the registration number, so one stolen hash fits no other case. */
export function hashAccessCode(registrationNumber: string, code: string): string {
  return createHash('sha256')
    .update(`${registrationNumber}\n${normaliseAccessCode(code)}`)
    .digest('hex');
}

export function accessCodeMatches(registrationNumber: string, code: string, hash: string): boolean {
  const a = Buffer.from(hashAccessCode(registrationNumber, code), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
