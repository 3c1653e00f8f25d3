import { z } from 'zod';
import {
  type Bilingual,
  CHANNELS,
  type Channel,
  FEE_KINDS,
  type FeeKind,
  type LegalBasis,
  type RequiredDocument,
  TIME_UNITS,
} from '../../db/schema';
import { dateParts, datePartsOf, optionalBilingual } from '../../platform/web/form-schema';
import { type FormValues, many, one, rowCount } from '../../platform/web/form-values';

/** What an editor sets in a version of a standard: every R1 field, in Latvian and English. */
export interface VersionInput {
  name: Bilingual;
  description: Bilingual;
  whoMayApply: Bilingual;
  requiredDocuments: RequiredDocument[];
  result: Bilingual;
  feeCents: number;
  /** How to read the amount: exactly, "from", an example of a fee that depends on the case, or none stated. */
  feeKind: FeeKind;
  /** ISO 4217 code; EUR for a Latvian municipality, another for a standard imported from abroad. */
  feeCurrency: string;
  feeNote: Bilingual | null;
  processingTime: number;
  processingTimeUnit: (typeof TIME_UNITS)[number];
  processingTimeBasis: Bilingual | null;
  legalBasis: LegalBasis[];
  legalLevel: 'state' | 'municipal';
  applyChannels: Channel[];
  receiveChannels: Channel[];
  centres: string[];
  centreException: Bilingual | null;
  onTheSpot: boolean;
  eserviceMaturity: number;
  eserviceUrl: string | null;
  contact: Bilingual | null;
  internalNotes: string | null;
  keywords: Bilingual | null;
  reviewDue: string;
}

export const LEVELS = ['state', 'municipal'] as const;
export const MAX_ROWS = 30;
/** Empty rows offered for documents and legal acts when the form works without JavaScript. */
export const SPARE_ROWS = 1;

const text = (max = 5000) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const bilingual = (max?: number) => z.object({ lv: text(max), en: text(max) });

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'tooLong')
  .refine((s) => s === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), 'url')
  .transform((s) => s || null);

/** Euros as people type them: "14", "14,00" or "14.00"; a minus sign gets its own message. */
const euros = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    if (/^-/.test(s)) ctx.addIssue({ code: 'custom', message: 'feeNegative' });
    else if (!/^\d{1,7}([.,]\d{1,2})?$/.test(s)) ctx.addIssue({ code: 'custom', message: 'fee' });
  })
  .transform((s) => Math.round(Number(s.replace(',', '.')) * 100));

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));

const emptyRow = (row: Record<string, unknown>): boolean =>
  Object.values(row).every((v) =>
    typeof v === 'string'
      ? v.trim() === ''
      : v && typeof v === 'object'
        ? emptyRow(v as Record<string, unknown>)
        : true,
  );

const documentRow = z.object({ name: bilingual(500), note: optionalBilingual });
const lawRow = z.object({
  title: bilingual(500),
  url: httpUrl,
  level: z.enum(LEVELS, { error: 'level' }),
});

/** Rows left wholly empty are spare rows, not mistakes; paths keep the row numbers of the form. */
function rows<T extends z.ZodType>(row: T) {
  return z.array(z.unknown()).transform((items, ctx) => {
    const out: z.output<T>[] = [];
    items.forEach((item, i) => {
      if (emptyRow(item as Record<string, unknown>)) return;
      const parsed = row.safeParse(item);
      if (parsed.success) out.push(parsed.data);
      else
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
    });
    return out;
  });
}

export const versionFormSchema = z
  .object({
    name: bilingual(300),
    description: bilingual(),
    whoMayApply: bilingual(),
    doc: rows(documentRow),
    result: bilingual(),
    fee: euros,
    feeKind: z.enum(FEE_KINDS, { error: 'feeKind' }),
    feeCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'currency'),
    feeNote: optionalBilingual,
    processingTime: wholeNumber(1, 3650, 'processingTime'),
    processingTimeUnit: z.enum(TIME_UNITS, { error: 'timeUnit' }),
    processingTimeBasis: optionalBilingual,
    law: rows(lawRow).refine((list) => list.length > 0, 'legalBasis'),
    legalLevel: z.enum(LEVELS, { error: 'legalLevel' }),
    applyChannels: z.array(z.enum(CHANNELS, { error: 'channel' })).min(1, 'applyChannels'),
    receiveChannels: z.array(z.enum(CHANNELS, { error: 'channel' })).min(1, 'receiveChannels'),
    centres: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'centre')).max(100),
    centreException: optionalBilingual,
    onTheSpot: z.boolean(),
    eserviceMaturity: wholeNumber(0, 4, 'maturity'),
    eserviceUrl: httpUrl,
    contact: optionalBilingual,
    internalNotes: z
      .string()
      .trim()
      .max(5000, 'tooLong')
      .transform((s) => s || null),
    keywords: optionalBilingual,
    reviewDue: dateParts,
  })
  .transform(
    (f): VersionInput => ({
      name: f.name,
      description: f.description,
      whoMayApply: f.whoMayApply,
      requiredDocuments: f.doc.map((d) => (d.note ? { name: d.name, note: d.note } : { name: d.name })),
      result: f.result,
      feeCents: f.feeKind === 'not_stated' ? 0 : f.fee,
      feeKind: f.feeKind,
      feeCurrency: f.feeCurrency,
      feeNote: f.feeNote,
      processingTime: f.processingTime,
      processingTimeUnit: f.processingTimeUnit,
      processingTimeBasis: f.processingTimeBasis,
      legalBasis: f.law.map((l) =>
        l.url ? { title: l.title, url: l.url, level: l.level } : { title: l.title, level: l.level },
      ),
      legalLevel: f.legalLevel,
      applyChannels: [...new Set(f.applyChannels)],
      receiveChannels: [...new Set(f.receiveChannels)],
      centres: [...new Set(f.centres)],
      centreException: f.centreException,
      onTheSpot: f.onTheSpot,
      eserviceMaturity: f.eserviceMaturity,
      eserviceUrl: f.eserviceUrl,
      contact: f.contact,
      internalNotes: f.internalNotes,
      keywords: f.keywords,
      reviewDue: f.reviewDue,
    }),
  );

const BILINGUAL_FIELDS = [
  'name',
  'description',
  'whoMayApply',
  'result',
  'feeNote',
  'processingTimeBasis',
  'centreException',
  'contact',
  'keywords',
] as const;

const pair = (values: FormValues, name: string) => ({
  lv: one(values, `${name}-lv`),
  en: one(values, `${name}-en`),
});

/** How many document and legal-act rows the form shows (the typed ones plus the requested spare ones). */
export function formRows(values: FormValues): { doc: number; law: number } {
  return {
    doc: rowCount(values, 'docRows', SPARE_ROWS, MAX_ROWS),
    law: rowCount(values, 'lawRows', SPARE_ROWS, MAX_ROWS),
  };
}

/** The structured candidate the schema checks, read from the flat form fields. */
export function versionCandidate(values: FormValues): Record<string, unknown> {
  const counts = formRows(values);
  const candidate: Record<string, unknown> = {};
  for (const name of BILINGUAL_FIELDS) candidate[name] = pair(values, name);
  candidate.doc = Array.from({ length: counts.doc }, (_, i) => ({
    name: pair(values, `doc-${i}-name`),
    note: pair(values, `doc-${i}-note`),
  }));
  candidate.law = Array.from({ length: counts.law }, (_, i) => ({
    title: pair(values, `law-${i}-title`),
    url: one(values, `law-${i}-url`),
    level: one(values, `law-${i}-level`),
  }));
  candidate.feeKind = one(values, 'feeKind');
  // An amount that is not stated may be left empty; one typed anyway is still checked.
  const fee = one(values, 'fee');
  candidate.fee = candidate.feeKind === 'not_stated' && fee.trim() === '' ? '0' : fee;
  candidate.feeCurrency = one(values, 'feeCurrency');
  candidate.processingTime = one(values, 'processingTime');
  candidate.processingTimeUnit = one(values, 'processingTimeUnit');
  candidate.legalLevel = one(values, 'legalLevel');
  candidate.applyChannels = many(values, 'applyChannels');
  candidate.receiveChannels = many(values, 'receiveChannels');
  candidate.centres = many(values, 'centres');
  candidate.onTheSpot = one(values, 'onTheSpot') === 'yes';
  candidate.eserviceMaturity = one(values, 'eserviceMaturity');
  candidate.eserviceUrl = one(values, 'eserviceUrl');
  candidate.internalNotes = one(values, 'internalNotes');
  candidate.reviewDue = datePartsOf(values, 'reviewDue');
  return candidate;
}

/** The input id an error path points to: the first field of a group, the day of a date. */
export function versionFieldId(path: string): string {
  if (path === 'law') return 'law-0-title-lv';
  if (path === 'reviewDue') return 'reviewDue-day';
  return path;
}

/** The form fields of a stored version (to prefill the form). */
export function versionFormValues(v: VersionInput): FormValues {
  const values: FormValues = {};
  for (const name of BILINGUAL_FIELDS) {
    const value = v[name];
    values[`${name}-lv`] = value?.lv ?? '';
    values[`${name}-en`] = value?.en ?? '';
  }
  v.requiredDocuments.forEach((d, i) => {
    values[`doc-${i}-name-lv`] = d.name.lv;
    values[`doc-${i}-name-en`] = d.name.en;
    values[`doc-${i}-note-lv`] = d.note?.lv ?? '';
    values[`doc-${i}-note-en`] = d.note?.en ?? '';
  });
  v.legalBasis.forEach((l, i) => {
    values[`law-${i}-title-lv`] = l.title.lv;
    values[`law-${i}-title-en`] = l.title.en;
    values[`law-${i}-url`] = l.url ?? '';
    values[`law-${i}-level`] = l.level;
  });
  values.docRows = String(v.requiredDocuments.length + SPARE_ROWS);
  values.lawRows = String(v.legalBasis.length + SPARE_ROWS);
  values.fee = v.feeKind === 'not_stated' ? '' : (v.feeCents / 100).toFixed(2).replace('.', ',');
  values.feeKind = v.feeKind;
  values.feeCurrency = v.feeCurrency;
  values.processingTime = String(v.processingTime);
  values.processingTimeUnit = v.processingTimeUnit;
  values.legalLevel = v.legalLevel;
  values.applyChannels = v.applyChannels;
  values.receiveChannels = v.receiveChannels;
  values.centres = v.centres;
  values.onTheSpot = v.onTheSpot ? 'yes' : '';
  values.eserviceMaturity = String(v.eserviceMaturity);
  values.eserviceUrl = v.eserviceUrl ?? '';
  values.internalNotes = v.internalNotes ?? '';
  const [year = '', month = '', day = ''] = v.reviewDue ? v.reviewDue.split('-') : [];
  values['reviewDue-day'] = day.replace(/^0/, '');
  values['reviewDue-month'] = month.replace(/^0/, '');
  values['reviewDue-year'] = year;
  return values;
}

const serviceCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'code');

/** A new service: its stable code, the owning unit, the category and the name of its first draft. */
export const newServiceSchema = z.object({
  code: serviceCode,
  unit: z.string().trim().min(1, 'unitRequired').max(100, 'unitRequired'),
  category: z.string().trim().min(1, 'categoryRequired').max(100, 'categoryRequired'),
  name: bilingual(300),
});
export type NewServiceInput = z.infer<typeof newServiceSchema>;

export function newServiceCandidate(values: FormValues) {
  return {
    code: one(values, 'code'),
    unit: one(values, 'unit'),
    category: one(values, 'category'),
    name: pair(values, 'name'),
  };
}

/** The category a service is filed under (changeCategory checks that it exists). */
export const categorySchema = z.object({
  category: z.string().trim().min(1, 'categoryRequired').max(100, 'categoryRequired'),
});

export const approveSchema = z.object({ validFrom: dateParts });
export const returnSchema = z.object({
  comment: z.string().trim().min(1, 'commentRequired').max(5000, 'tooLong'),
});
const reason = z.string().trim().min(1, 'reasonRequired').max(2000, 'tooLong');
/** A withdrawal request: why, and the first day without the service. */
export const withdrawSchema = z.object({ reason, from: dateParts });
export const restoreSchema = z.object({ reason });
export const decideSchema = z.object({
  decision: z.enum(['approve', 'reject'], 'decisionRequired'),
  note: z.string().trim().max(2000, 'tooLong'),
});
/** A request id in a URL; anything else is "not found". */
export const requestIdSchema = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

/** A service code in a URL; anything else is "not found", never an error. */
export const serviceCodeParam = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/** A version number in a URL; anything else is "not found", never an error. */
export const versionNumberSchema = z
  .string()
  .regex(/^\d{1,7}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));
export const compareQuerySchema = z.object({
  a: versionNumberSchema.optional().catch(undefined),
  b: versionNumberSchema.optional().catch(undefined),
  changes: z.literal('only').optional().catch(undefined),
});
/** ?changes=only on a version page: the comparison leaves out unchanged fields. */
export const versionQuerySchema = z.object({
  changes: z.literal('only').optional().catch(undefined),
  done: z.string().max(30).optional().catch(undefined),
});

/** The standards list filter; a bad value is no filter. */
export const standardsQuerySchema = z.object({
  unit: serviceCodeParam.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  done: z.string().max(30).optional().catch(undefined),
});
