import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isRowId } from '../../db/row-id';
import type { AppDeps } from '../../deps';
import { LOCALES, type Locale } from '../../platform/i18n';
import { type FormValues, one, readForm } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { siteContext } from '../../platform/web/site-context';
import type { ShownProblem } from './intake-form';
import { errorText } from './messages';
import { trackedDocumentHref, trackedReceiptHref, trackingHref } from './paths';
import { receiptPdf } from './receipt-pdf';
import * as cases from './service';
import { shownErrors } from './views/fields';
import { TrackingPage } from './views/tracking-page';

/** Guessing numbers and codes is slowed down per client address, as sign-in is. */
export const TRACKING_RATE_LIMIT = { max: 10, timeWindow: 60_000 } as const;

const lookupSchema = z.object({
  number: z.string().trim().toUpperCase().min(1, 'required').max(40, 'invalid'),
  code: z.string().trim().min(1, 'required').max(40, 'invalid'),
});

/** Resident tracking at /statuss and /en/status (issue 8 point 11). */
export function trackingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const publicUrl = deps.config.PIETURA_PUBLIC_URL.replace(/\/$/, '');
  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const limited = { config: { rateLimit: { ...TRACKING_RATE_LIMIT } } };

    const page = async (
      reply: FastifyReply,
      values: FormValues,
      extra: { problems?: ShownProblem[]; notes?: string[]; found?: cases.PublicCaseView },
      status = 200,
    ) => {
      const site = await siteContext(db, locale, trackingHref(other));
      return sendPage(
        reply,
        <TrackingPage
          site={site}
          values={values}
          errors={shownErrors(locale, extra.problems ?? [])}
          notes={extra.notes}
          found={extra.found}
        />,
        status,
      );
    };

    const parse = (request: FastifyRequest) => {
      const values = readForm(request.body);
      const parsed = lookupSchema.safeParse({ number: one(values, 'number'), code: one(values, 'code') });
      return { values, parsed };
    };
    const problemsOf = (error: z.ZodError): ShownProblem[] =>
      error.issues.map((i) => ({
        field: String(i.path[0]),
        key: /^[a-z_]+$/.test(i.message) ? i.message : 'invalid',
      }));

    app.get(trackingHref(locale), async (_request, reply) => page(reply, {}, {}));

    app.post(trackingHref(locale), limited, async (request, reply) => {
      const { values, parsed } = parse(request);
      if (!parsed.success) return page(reply, values, { problems: problemsOf(parsed.error) }, 400);
      const found = await cases.trackCase(db, parsed.data.number, parsed.data.code);
      // One answer for an unknown number and a wrong code: nothing tells which of the two was wrong.
      if (!found)
        return page(reply, { number: values.number ?? '' }, { notes: [errorText(locale, 'tracking')] }, 404);
      reply.header('cache-control', 'no-store');
      return page(reply, { number: parsed.data.number, code: parsed.data.code }, { found });
    });

    app.post(trackedDocumentHref(locale), limited, async (request, reply) => {
      const { values, parsed } = parse(request);
      const documentId = Number(one(values, 'document'));
      if (!parsed.success || !isRowId(documentId)) {
        return page(
          reply,
          { number: one(values, 'number') },
          { notes: [errorText(locale, 'tracking')] },
          404,
        );
      }
      const doc = await cases.trackedDocument(db, parsed.data.number, parsed.data.code, documentId);
      if (!doc)
        return page(reply, { number: parsed.data.number }, { notes: [errorText(locale, 'tracking')] }, 404);
      return reply
        .header('cache-control', 'no-store')
        .type(doc.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .send(doc.bytes);
    });

    app.post(trackedReceiptHref(locale), limited, async (request, reply) => {
      const { values, parsed } = parse(request);
      const c = parsed.success
        ? await cases.caseForReceipt(db, parsed.data.number, parsed.data.code)
        : undefined;
      if (!parsed.success || !c)
        return page(
          reply,
          { number: one(values, 'number') },
          { notes: [errorText(locale, 'tracking')] },
          404,
        );
      const site = await siteContext(db, locale, trackingHref(other));
      const bytes = await receiptPdf(c, locale, site.municipality.name, publicUrl, parsed.data.code);
      return reply
        .header('cache-control', 'no-store')
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="kvits-${c.registrationNumber.replaceAll('/', '-')}.pdf"`,
        )
        .send(bytes);
    });
  }
}
