import type { Locale } from '../../platform/i18n';

/** Staff pages of case work under /darbs (Latvian) and /en/work (English), and the resident's tracking page. */
const BASE = {
  cases: { lv: '/darbs/lietas', en: '/en/work/cases' },
  correspondence: { lv: '/darbs/korespondence', en: '/en/work/correspondence' },
  consultations: { lv: '/darbs/konsultacijas', en: '/en/work/consultations' },
  parties: { lv: '/darbs/personas', en: '/en/work/parties' },
  tracking: { lv: '/statuss', en: '/en/status' },
} as const;

export const SEGMENTS = {
  new: { lv: 'jauna', en: 'new' },
  upload: { lv: 'augsupielade', en: 'upload' },
  act: { lv: 'darbiba', en: 'action' },
  receipt: { lv: 'kvits', en: 'receipt' },
  documents: { lv: 'dokumenti', en: 'documents' },
  unmask: { lv: 'personas-kods', en: 'personal-code' },
  export: { lv: 'eksports', en: 'export' },
  download: { lv: 'dokuments', en: 'document' },
  trackedReceipt: { lv: 'apliecinajums.pdf', en: 'receipt.pdf' },
  answer: { lv: 'atbilde', en: 'answer' },
  answerSend: { lv: 'nosutit', en: 'send' },
} as const;

export type Base = keyof typeof BASE;

export function basePath(locale: Locale, base: Base): string {
  return BASE[base][locale];
}

function withQuery(path: string, query?: string): string {
  return query ? `${path}?${query}` : path;
}

export function worklistHref(locale: Locale, query?: string): string {
  return withQuery(BASE.cases[locale], query);
}

export function intakeHref(locale: Locale, query?: string): string {
  return withQuery(`${BASE.cases[locale]}/${SEGMENTS.new[locale]}`, query);
}

export function uploadHref(locale: Locale): string {
  return `${BASE.cases[locale]}/${SEGMENTS.upload[locale]}`;
}

export function caseHref(locale: Locale, id: number, query?: string): string {
  return withQuery(`${BASE.cases[locale]}/${id}`, query);
}

export function actHref(locale: Locale, id: number): string {
  return `${BASE.cases[locale]}/${id}/${SEGMENTS.act[locale]}`;
}

export function receiptHref(locale: Locale, id: number): string {
  return `${BASE.cases[locale]}/${id}/${SEGMENTS.receipt[locale]}`;
}

/** The PDF has one name in both languages, as the brief names it. */
export function receiptPdfHref(locale: Locale, id: number): string {
  return `${BASE.cases[locale]}/${id}/kvits.pdf`;
}

export function documentHref(locale: Locale, id: number, documentId: number): string {
  return `${BASE.cases[locale]}/${id}/${SEGMENTS.documents[locale]}/${documentId}`;
}

export function unmaskHref(locale: Locale, id: number): string {
  return `${BASE.cases[locale]}/${id}/${SEGMENTS.unmask[locale]}`;
}

export function correspondenceHref(locale: Locale): string {
  return `${BASE.correspondence[locale]}/${SEGMENTS.new[locale]}`;
}

export function consultationsHref(locale: Locale, query?: string): string {
  return withQuery(BASE.consultations[locale], query);
}

export function partiesHref(locale: Locale): string {
  return BASE.parties[locale];
}

export function partyExportHref(locale: Locale, partyId: number): string {
  return `${BASE.parties[locale]}/${partyId}/${SEGMENTS.export[locale]}`;
}

export function trackingHref(locale: Locale): string {
  return BASE.tracking[locale];
}

export function trackedDocumentHref(locale: Locale): string {
  return `${BASE.tracking[locale]}/${SEGMENTS.download[locale]}`;
}

/** The receipt PDF for the holder of the number and the access code (POST: the code never in a URL). */
export function trackedReceiptHref(locale: Locale): string {
  return `${BASE.tracking[locale]}/${SEGMENTS.trackedReceipt[locale]}`;
}

/** The applicant's online answer to a request for information: the form (POST: number and code in the body). */
export function trackedAnswerHref(locale: Locale): string {
  return `${BASE.tracking[locale]}/${SEGMENTS.answer[locale]}`;
}

/** Where the answer form is sent (multipart: the text and the files). */
export function trackedAnswerSendHref(locale: Locale): string {
  return `${trackedAnswerHref(locale)}/${SEGMENTS.answerSend[locale]}`;
}
