import type { CaseStatus } from '../../db/schema';
import type { Locale } from '../../platform/i18n';

type Text = Record<Locale, string>;

/** Plain words for a case's status, as the resident tracking page says them. */
export const STATUS_NOTES: Record<CaseStatus, Text> = {
  registered: { lv: 'Pieteikums reģistrēts, gaida izskatīšanu.', en: 'Registered, waiting to be handled.' },
  forwarded: {
    lv: 'Pārsūtīts iestādei, kuras kompetencē tas ir.',
    en: 'Forwarded to the institution responsible for it.',
  },
  in_progress: { lv: 'Tiek izskatīts.', en: 'Being handled.' },
  awaiting_applicant: {
    lv: 'Gaida papildu informāciju no iesniedzēja.',
    en: 'Waiting for more information from the applicant.',
  },
  decided: { lv: 'Lēmums pieņemts, gatavojam izsniegšanai.', en: 'Decided, being prepared for issue.' },
  ready_for_issue: { lv: 'Rezultāts gatavs izsniegšanai.', en: 'The result is ready to be collected.' },
  issued: { lv: 'Rezultāts izsniegts. Lieta pabeigta.', en: 'The result was issued. Closed.' },
  rejected: { lv: 'Pieteikums noraidīts. Lieta pabeigta.', en: 'The application was refused. Closed.' },
  withdrawn: { lv: 'Iesniedzējs pieteikumu atsauca.', en: 'Withdrawn by the applicant.' },
};

export function deadlineNotice(locale: Locale, due: string): string {
  // A Latvian date ends with its own full stop (01.12.2026.).
  const end = due.endsWith('.') ? '' : '.';
  return locale === 'lv' ? `Atbildi sniegsim līdz ${due}${end}` : `We will answer by ${due}${end}`;
}

/** Why a request was refused, in the client's language (an Open311 error's description). */
export const ERRORS = {
  keyMissing: { lv: 'Nav norādīta API atslēga (api_key).', en: 'api_key is missing.' },
  keyRefused: {
    lv: 'API atslēga nav derīga vai ir atsaukta.',
    en: 'The api_key is not valid or has been revoked.',
  },
  tooMany: {
    lv: 'Pārāk daudz pieprasījumu ar šo API atslēgu. Mēģiniet vēlāk.',
    en: 'Too many requests with this api_key. Try again later.',
  },
  serviceUnknown: {
    lv: 'Nav pakalpojuma ar šādu service_code, kuram var pieteikties.',
    en: 'There is no service with this service_code that takes applications.',
  },
  requestUnknown: { lv: 'Nav pieprasījuma ar šādu numuru.', en: 'There is no request with this number.' },
  notFound: { lv: 'Šādas Open311 adreses nav.', en: 'There is no such Open311 address.' },
  bodyTooLarge: {
    lv: 'Pieprasījums ir pārāk liels (ne vairāk kā 1 MB).',
    en: 'The request is too large (at most 1 MB).',
  },
  badBody: { lv: 'Pieprasījuma saturu nevar nolasīt.', en: 'The request body cannot be read.' },
  noMultipart: {
    lv: 'Failus (multipart/form-data) Open311 nepieņem: sūtiet application/x-www-form-urlencoded vai JSON; attēlam norādiet media_url.',
    en: 'Open311 takes no files (multipart/form-data): send application/x-www-form-urlencoded or JSON, and an image as media_url.',
  },
  server: { lv: 'Iekšēja kļūda. Mēģiniet vēlāk.', en: 'Internal error. Try again later.' },
} as const satisfies Record<string, Text>;
