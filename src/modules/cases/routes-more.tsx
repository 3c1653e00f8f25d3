import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { centresFor, hasRole } from '../../platform/auth/actor';
import { requireStaff } from '../../platform/auth/guard';
import { ForbiddenError } from '../../platform/errors';
import type { Locale } from '../../platform/i18n';
import { readMultipartForm } from '../../platform/uploads/multipart';
import { sendNotFound } from '../../platform/web/error-pages';
import { type FormValues, one, readForm } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import * as catalogue from '../catalogue/service';
import { FOREIGNER_INPUTS, fromDomainProblems, parseForeignQuery, type ShownProblem } from './intake-form';
import { basePath, caseHref, correspondenceHref, partiesHref, receiptHref, SEGMENTS } from './paths';
import { receiptPdf } from './receipt-pdf';
import { caseIdOf, checkedFiles, type IdParams, RECEIPT_COOKIE, signedInCaseWorker } from './routes';
import * as cases from './service';
import type { CaseChannel } from './types';
import { CasePage } from './views/case-page';
import { CorrespondencePage } from './views/correspondence-page';
import { say, shownErrors } from './views/fields';
import { PartySearchPage } from './views/party-search-page';
import { ReceiptPage } from './views/receipt-page';

type DocParams = { Params: { id: string; documentId: string } };

/** Receipt, documents, personal code, subject access export and other correspondence. */
export function caseRoutesMore(app: FastifyInstance, deps: AppDeps, locale: Locale): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const base = basePath(locale, 'cases');
  const publicUrl = deps.config.PIETURA_PUBLIC_URL.replace(/\/$/, '');

  /** The access code handed over by the intake's redirect, once (then the cookie is gone). */
  function takeAccessCode(request: FastifyRequest, reply: FastifyReply, caseId: number): string | undefined {
    const raw = request.cookies[RECEIPT_COOKIE];
    if (!raw) return undefined;
    reply.clearCookie(RECEIPT_COOKIE, { path: '/' });
    const [id, code] = raw.split('.');
    return Number(id) === caseId && code && /^[A-Za-z0-9-]{4,40}$/.test(code) ? code : undefined;
  }

  app.get<IdParams>(`${base}/:id/${SEGMENTS.receipt[locale]}`, guarded, async (request, reply) => {
    const actor = signedInCaseWorker(request);
    const id = caseIdOf(request);
    const c = id && (await cases.getCase(db, actor, id));
    if (!id || !c) return sendNotFound(db, request, reply);
    const accessCode = takeAccessCode(request, reply, id);
    const site = await staffSiteContext(db, request, receiptHref(other, id));
    return sendPage(reply, <ReceiptPage site={site} c={c} accessCode={accessCode} publicUrl={publicUrl} />);
  });

  const pdfPath = `${base}/:id/kvits.pdf`;
  const sendPdf = async (request: FastifyRequest<IdParams>, reply: FastifyReply, accessCode?: string) => {
    const id = caseIdOf(request);
    const c = id && (await cases.getCase(db, signedInCaseWorker(request), id));
    if (!c) return sendNotFound(db, request, reply);
    const site = await staffSiteContext(db, request, receiptHref(other, c.id));
    const bytes = await receiptPdf(c, locale, site.municipality.name, publicUrl, accessCode);
    return reply
      .type('application/pdf')
      .header(
        'content-disposition',
        `inline; filename="kvits-${c.registrationNumber.replaceAll('/', '-')}.pdf"`,
      )
      .send(bytes);
  };
  app.get<IdParams>(pdfPath, guarded, (request, reply) => sendPdf(request, reply));
  app.post<IdParams>(pdfPath, guarded, (request, reply) => {
    const code = one(readMultipartForm(request.body).values, 'accessCode');
    return sendPdf(request, reply, /^[A-Za-z0-9-]{4,40}$/.test(code) ? code : undefined);
  });

  app.get<DocParams>(
    `${base}/:id/${SEGMENTS.documents[locale]}/:documentId`,
    guarded,
    async (request, reply) => {
      const id = caseIdOf(request);
      const documentId = /^\d{1,9}$/.test(request.params.documentId) ? Number(request.params.documentId) : 0;
      const doc =
        id && documentId
          ? await cases.getCaseDocument(db, signedInCaseWorker(request), id, documentId)
          : undefined;
      if (!doc) return sendNotFound(db, request, reply);
      return reply
        .type(doc.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .send(doc.bytes);
    },
  );

  app.post<IdParams>(`${base}/:id/${SEGMENTS.unmask[locale]}`, guarded, async (request, reply) => {
    const actor = signedInCaseWorker(request);
    const id = caseIdOf(request);
    const c = id && (await cases.getCase(db, actor, id));
    if (!id || !c) return sendNotFound(db, request, reply);
    const who =
      one(readMultipartForm(request.body).values, 'who') === 'representative'
        ? 'representative'
        : 'applicant';
    const code = await cases.unmaskPartyCode(db, actor, id, who);
    const options = await cases.worklistOptions(db, actor);
    const centres = (await catalogue.listCentres(db)).map((x) => ({ code: x.code, name: x.name }));
    const site = await staffSiteContext(db, request, caseHref(other, id));
    return sendPage(
      reply,
      <CasePage
        site={site}
        c={c}
        units={options.units}
        centres={centres}
        unmasked={code ? { who, code } : undefined}
      />,
    );
  });

  const partySearch = async (request: FastifyRequest, reply: FastifyReply, search?: FormValues) => {
    const actor = signedInCaseWorker(request);
    if (!cases.mayExportParties(actor)) throw new ForbiddenError();
    const site = await staffSiteContext(db, request, partiesHref(other));
    if (!search) return sendPage(reply, <PartySearchPage site={site} values={{}} errors={new Map()} />);
    if (one(search, 'by') === 'document') {
      // A foreigner without a personal code: by the identity document number and the date of birth.
      const lookup = parseForeignQuery(search, FOREIGNER_INPUTS);
      if (!lookup.ok)
        return sendPage(
          reply,
          <PartySearchPage
            site={site}
            values={search}
            errors={shownErrors(locale, lookup.problems)}
            by="document"
          />,
          400,
        );
      const found = (await cases.findForeignPerson(db, actor, lookup.query, 'export')) ?? null;
      const typed = {
        [FOREIGNER_INPUTS.document]: one(search, FOREIGNER_INPUTS.document),
        [FOREIGNER_INPUTS.birthDate]: one(search, FOREIGNER_INPUTS.birthDate),
      };
      return sendPage(
        reply,
        <PartySearchPage
          site={site}
          values={found ? {} : typed}
          errors={new Map()}
          found={found}
          by="document"
        />,
      );
    }
    const code = one(search, 'code').trim().slice(0, 30);
    if (!code)
      return sendPage(
        reply,
        <PartySearchPage
          site={site}
          values={search}
          errors={new Map([['code', say(locale, 'Ievadiet kodu', 'Enter a code')]])}
          by="code"
        />,
        400,
      );
    const found = (await cases.findPartyByCode(db, actor, code, 'export')) ?? null;
    return sendPage(
      reply,
      // The code typed comes back only to be corrected: once found, the page shows it masked, as everywhere.
      <PartySearchPage
        site={site}
        values={found ? {} : { code }}
        errors={new Map()}
        found={found}
        by="code"
      />,
    );
  };
  app.get(partiesHref(locale), guarded, (request, reply) => partySearch(request, reply));
  app.post(partiesHref(locale), guarded, (request, reply) =>
    partySearch(request, reply, readForm(request.body)),
  );

  app.post<IdParams>(
    `${basePath(locale, 'parties')}/:id/${SEGMENTS.export[locale]}`,
    guarded,
    async (request, reply) => {
      const id = caseIdOf(request);
      const data = id ? await cases.exportPartyData(db, signedInCaseWorker(request), id) : undefined;
      if (!data) return sendNotFound(db, request, reply);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="persona-${id}.json"`)
        .send(JSON.stringify(data, null, 2));
    },
  );

  const correspondencePath = `${basePath(locale, 'correspondence')}/${SEGMENTS.new[locale]}`;
  const correspondenceSchema = z.object({
    direction: z.enum(['in', 'out'], { message: 'choose' }),
    correspondent: z.string().trim().min(1, 'required').max(300, 'invalid'),
    subject: z.string().trim().min(1, 'required').max(500, 'invalid'),
    channel: z.enum(['in_person', 'post', 'email', 'e_address'], { message: 'choose' }),
    centre: z.string().max(60),
    caseNumber: z.string().trim().max(40),
    idempotencyKey: z.string().max(64),
  });

  const correspondencePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    problems: ShownProblem[],
    status: number,
    done?: string,
  ) => {
    const centres = (await catalogue.listCentres(db)).map((x) => ({ code: x.code, name: x.name }));
    const site = await staffSiteContext(db, request, correspondenceHref(other));
    return sendPage(
      reply,
      <CorrespondencePage
        site={site}
        centres={centres}
        values={values}
        errors={shownErrors(locale, problems)}
        done={done}
      />,
      status,
    );
  };
  const fresh = (request: FastifyRequest): FormValues => {
    const own = centresFor(signedInCaseWorker(request), 'clerk')[0] ?? '';
    return {
      idempotencyKey: randomBytes(16).toString('base64url'),
      direction: 'in',
      channel: 'post',
      centre: own,
    };
  };
  const mayRegisterMail = (request: FastifyRequest) => {
    if (!hasRole(signedInCaseWorker(request), 'clerk')) throw new ForbiddenError();
  };

  app.get<{ Querystring: { nr?: string } }>(correspondencePath, guarded, async (request, reply) => {
    mayRegisterMail(request);
    const nr =
      typeof request.query.nr === 'string' && /^[A-Z]{1,10}\/\d{4}\/\d{6}$/.test(request.query.nr)
        ? request.query.nr
        : undefined;
    return correspondencePage(request, reply, fresh(request), [], 200, nr);
  });

  app.post(correspondencePath, guarded, async (request, reply) => {
    mayRegisterMail(request);
    const actor = signedInCaseWorker(request);
    const { values, files } = readMultipartForm(request.body);
    const checked = await checkedFiles(files, locale, () => 'documents');
    const parsed = correspondenceSchema.safeParse(
      Object.fromEntries(Object.keys(correspondenceSchema.shape).map((k) => [k, one(values, k)])),
    );
    const problems: ShownProblem[] = [...checked.problems];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (!problems.some((p) => p.field === field)) problems.push({ field, key: issue.message });
      }
    }
    let caseId: number | undefined;
    if (parsed.success && parsed.data.caseNumber) {
      caseId = await cases.findCaseByNumber(db, actor, parsed.data.caseNumber.toUpperCase());
      if (!caseId) problems.push({ field: 'caseNumber', key: 'invalid' });
    }
    if (!parsed.success || problems.length > 0)
      return correspondencePage(request, reply, values, problems, 400);
    const d = parsed.data;
    const result = await cases.registerCorrespondence(db, actor, {
      direction: d.direction,
      correspondent: d.correspondent,
      subject: d.subject,
      channel: d.channel as CaseChannel,
      centreCode: d.centre || undefined,
      caseId,
      documents: (checked.ok.get('documents') ?? []).map((f) => ({ filename: f.filename, bytes: f.bytes })),
      idempotencyKey: /^[A-Za-z0-9_-]{16,64}$/.test(d.idempotencyKey) ? d.idempotencyKey : undefined,
    });
    if (!result.ok)
      return correspondencePage(request, reply, values, fromDomainProblems(result.problems), 400);
    return reply.redirect(
      `${correspondenceHref(locale)}?nr=${encodeURIComponent(result.registryNumber)}`,
      303,
    );
  });
}
