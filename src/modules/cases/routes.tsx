import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRowId } from '../../db/row-id';
import type { AppDeps } from '../../deps';
import { type Actor, centresFor, hasRole } from '../../platform/auth/actor';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { todayInRiga } from '../../platform/calendar/days';
import { ForbiddenError } from '../../platform/errors';
import { LOCALES, type Locale } from '../../platform/i18n';
import { type ReceivedPart, readMultipartForm } from '../../platform/uploads/multipart';
import * as uploads from '../../platform/uploads/service';
import { sendNotFound } from '../../platform/web/error-pages';
import { type FormValues, many, one } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import * as catalogue from '../catalogue/service';
import { actionFiles, dropActionFiles, keepActionFiles } from './action-files';
import { actionHeader, parseAction } from './action-form';
import { readDeskAnswers } from './intake-answers';
import {
  fromDomainProblems,
  parseForeignLookup,
  parseIntake,
  parseRepresentativeCodeLookup,
  parseRepresentativeForeignLookup,
  prefillContacts,
  receivedDocuments,
  type ShownProblem,
} from './intake-form';
import { ACTION, errorText, label, STATUS } from './messages';
import { basePath, caseHref, intakeHref, receiptHref, SEGMENTS, worklistHref } from './paths';
import { caseRoutesMore } from './routes-more';
import * as cases from './service';
import type { ActionType, DocumentInput, PartyView } from './types';
import { CasePage } from './views/case-page';
import { shownErrors } from './views/fields';
import { IntakePage, type IntakeProps } from './views/intake-page';
import { WorklistPage } from './views/worklist-page';
import { worklistQuery } from './worklist-query';

export const RECEIPT_COOKIE = 'pietura_receipt';

/**
 * Whoever holds no role in case work (an editor of standards) is refused every case page outright: a 403
 * tells nothing about any one case. Within case work, a case outside the user's scope is a 404.
 */
export function signedInCaseWorker(request: FastifyRequest): Actor {
  const actor = signedInActor(request);
  if (!(['clerk', 'specialist', 'head', 'manager', 'admin'] as const).some((r) => hasRole(actor, r))) {
    throw new ForbiddenError();
  }
  return actor;
}

export type IdParams = { Params: { id: string } };

export function caseIdOf(request: FastifyRequest<IdParams>): number | undefined {
  const id = Number(request.params.id);
  return /^\d{1,9}$/.test(request.params.id) && id > 0 ? id : undefined;
}

/** Files of a form checked at the edge (size, type from the bytes, name); refused ones become problems. */
export async function checkedFiles(
  files: Map<string, ReceivedPart[]>,
  locale: Locale,
  field: (name: string) => string = (n) => n,
): Promise<{ ok: Map<string, (DocumentInput & uploads.CheckedFile)[]>; problems: ShownProblem[] }> {
  const ok = new Map<string, (DocumentInput & uploads.CheckedFile)[]>();
  const problems: ShownProblem[] = [];
  for (const [name, parts] of files) {
    for (const part of parts) {
      const checked = await uploads.checkFile(part.filename, part.bytes, { truncated: part.truncated });
      if (checked.ok) ok.set(name, [...(ok.get(name) ?? []), checked.file]);
      else
        problems.push({
          field: field(name),
          key: checked.problem,
          params:
            checked.problem === 'file_name_mismatch'
              ? uploads.mismatchParams(locale, checked.filename, checked.named!, checked.mediaType!)
              : { file: checked.filename, max: uploads.MAX_FILE_BYTES / 1024 / 1024 },
        });
    }
  }
  return { ok, problems };
}

/** The staff pages of case work (issue 8): worklist, intake, case page and its actions. */
export function casesRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = basePath(locale, 'cases');

    app.get(base, guarded, async (request, reply) => {
      const actor = signedInCaseWorker(request);
      const query = worklistQuery(request.query);
      let notFound: string | undefined;
      if (query.number) {
        const id = await cases.findCaseByNumber(db, actor, query.number);
        if (id) return reply.redirect(caseHref(locale, id), 303);
        notFound = query.number;
      }
      const [list, options] = await Promise.all([
        cases.listCases(db, actor, query.filter, { after: query.after }),
        cases.worklistOptions(db, actor),
      ]);
      const keep = new URLSearchParams(query.kept as Record<string, string>);
      const site = await staffSiteContext(db, request, worklistHref(other, keep.toString() || undefined));
      const next = list.next ? new URLSearchParams([...keep, ['pec', list.next]]).toString() : undefined;
      return sendPage(
        reply,
        <WorklistPage
          site={site}
          rows={list.rows}
          options={options}
          query={query.kept}
          nextHref={next ? worklistHref(locale, next) : undefined}
          firstHref={query.after ? worklistHref(locale, keep.toString() || undefined) : undefined}
          mayRegister={cases.mayRegister(actor)}
          notFound={notFound}
        />,
        notFound ? 404 : 200,
      );
    });

    const intakePath = `${base}/${SEGMENTS.new[locale]}`;

    /** The intake page: a service search, and the form once a service is chosen. */
    async function intakePage(
      request: FastifyRequest,
      reply: FastifyReply,
      actor: Actor,
      opts: Omit<IntakeProps, 'site' | 'centres'> & { serviceId?: number },
      status = 200,
    ) {
      const options = await cases.worklistOptions(db, actor);
      const service =
        opts.service ?? (opts.serviceId ? await cases.serviceForIntake(db, opts.serviceId) : undefined);
      const query = service ? `pakalpojums=${service.serviceId}` : undefined;
      const site = await staffSiteContext(db, request, intakeHref(other, query));
      const allCentres = await catalogue.listCentres(db);
      const centres = allCentres.map((c) => ({ code: c.code, name: c.name }));
      return sendPage(
        reply,
        <IntakePage
          site={site}
          centres={centres.length > 0 ? centres : options.centres}
          {...opts}
          service={service}
        />,
        status,
      );
    }

    function freshValues(actor: Actor): FormValues {
      const own = centresFor(actor, 'clerk')[0] ?? '';
      return {
        idempotencyKey: randomBytes(16).toString('base64url'),
        channel: 'in_person',
        centre: own,
        'applicant-kind': 'person',
        delivery: 'centre',
        deliveryCentre: own,
      };
    }

    app.get<{ Querystring: { q?: string; pakalpojums?: string } }>(
      intakePath,
      guarded,
      async (request, reply) => {
        const actor = signedInActor(request);
        if (!cases.mayRegister(actor)) return refuse();
        const q = typeof request.query.q === 'string' ? request.query.q.slice(0, 200) : '';
        const hits = q
          ? (await catalogue.listServices(db, { q }, locale)).slice(0, 20).map((s) => ({
              serviceId: s.serviceId,
              code: s.code,
              name: s.version.name,
            }))
          : undefined;
        // Files staged for forms that were abandoned go after a day; an intake page view is a fine moment.
        await uploads.sweepStaged(db);
        const raw = request.query.pakalpojums;
        const serviceId = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
        const service = serviceId ? await cases.serviceForIntake(db, serviceId) : undefined;
        const errors =
          serviceId && !service ? shownErrors(locale, [{ field: 'q', key: 'unknown_service' }]) : new Map();
        return intakePage(
          request,
          reply,
          actor,
          { q, hits, service, values: freshValues(actor), errors, staged: [] },
          service || !serviceId ? 200 : 404,
        );
      },
    );

    app.post(intakePath, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      if (!cases.mayRegister(actor)) return refuse();
      const { values, files } = readMultipartForm(request.body);
      const removed = new Set(many(values, 'removeStaged'));
      await uploads.discardStaged(db, actor, [...removed]);
      const keptIds = many(values, 'staged').filter((id) => !removed.has(id));
      const checked = await checkedFiles(files, locale, (name) =>
        name === 'resultDocument' ? name : 'documents',
      );
      const newlyStaged = [];
      for (const file of checked.ok.get('documents') ?? [])
        newlyStaged.push(await uploads.stageFile(db, actor, file));
      const staged = [...(await uploads.stagedFiles(db, actor, keptIds)), ...newlyStaged];
      const problems: ShownProblem[] = [...checked.problems];
      if (staged.length > uploads.MAX_FILES) problems.push({ field: 'documents', key: 'too_many_files' });
      const chosenService = Number(one(values, 'serviceId'));
      const serviceId = isRowId(chosenService) ? chosenService : undefined;
      // Read once: the page shown again after an error and the form's questions both need it.
      const service = serviceId ? await cases.serviceForIntake(db, serviceId) : undefined;
      const stagedShown = staged.map(({ id, filename, mediaType, size }) => ({
        id,
        filename,
        mediaType,
        size,
      }));
      const again = (extra: Partial<IntakeProps>, status: number) =>
        intakePage(
          request,
          reply,
          actor,
          { q: '', values, errors: new Map(), staged: stagedShown, service, serviceId, ...extra },
          status,
        );

      const step = one(values, 'step');
      if (step === 'lookup-representative') {
        // The representative's personal code or registration number: read and audited as the applicant's
        // code (once-only, R9); a code that is not one is told on its field and nothing is read.
        const lookup = parseRepresentativeCodeLookup(values);
        if (!lookup.ok) problems.push(...lookup.problems);
        const found = lookup.ok ? ((await cases.findPartyByCode(db, actor, lookup.code)) ?? null) : undefined;
        if (found) {
          values['representative-name'] = found.name;
          prefillContacts(values, 'representative', found);
        }
        return again(
          { foundRepresentativeByCode: found, errors: shownErrors(locale, problems) },
          problems.length > 0 ? 400 : 200,
        );
      }
      if (step === 'lookup-representative-foreign') {
        // A representative who is a foreigner without a personal code: as the applicant's look-up, audited.
        const lookup = parseRepresentativeForeignLookup(values);
        if (!lookup.ok) problems.push(...lookup.problems);
        const found = lookup.ok
          ? ((await cases.findForeignPerson(db, actor, lookup.query)) ?? null)
          : undefined;
        if (found) {
          values['representative-name'] = found.name;
          if (found.identityDocument) values['representative-document'] = found.identityDocument;
          prefillContacts(values, 'representative', found);
        }
        return again(
          { foundRepresentative: found, errors: shownErrors(locale, problems) },
          problems.length > 0 ? 400 : 200,
        );
      }
      if (step === 'lookup' || step === 'lookup-foreign') {
        // Undefined: not looked up (what was typed is not enough to); null: not known.
        let found: PartyView | null | undefined = null;
        if (step === 'lookup') {
          const code = one(values, 'applicant-code');
          found = code ? ((await cases.findPartyByCode(db, actor, code)) ?? null) : null;
        } else {
          // A foreigner without a personal code: by the identity document number and the date of birth.
          values['applicant-kind'] = 'foreign_person';
          const lookup = parseForeignLookup(values);
          if (!lookup.ok) {
            problems.push(...lookup.problems);
            found = undefined;
          } else found = (await cases.findForeignPerson(db, actor, lookup.query)) ?? null;
          if (found?.identityDocument) values['applicant-document'] = found.identityDocument;
        }
        if (found) {
          values['applicant-name'] = found.name;
          values['applicant-kind'] = found.kind;
          prefillContacts(values, 'applicant', found);
          values['applicant-consent'] = found.eAddressConsent ? 'yes' : 'no';
        }
        return again({ found, errors: shownErrors(locale, problems) }, problems.length > 0 ? 400 : 200);
      }

      const parsed = parseIntake(values, receivedDocuments(values));
      const answered = readDeskAnswers(service?.formDefinition, values, locale, todayInRiga());
      if (!parsed.ok || problems.length > 0 || answered.errors.length > 0) {
        const all = [...problems, ...(parsed.ok ? [] : parsed.problems)];
        return again({ errors: new Map([...shownErrors(locale, all), ...answered.errors]) }, 400);
      }
      parsed.input.fields = { ...answered.fields, ...parsed.input.fields };
      const documents = (
        await uploads.stagedFiles(
          db,
          actor,
          staged.map((s) => s.id),
        )
      ).map((s) => ({
        filename: s.filename,
        bytes: s.bytes,
      }));
      const input = { ...parsed.input, documents };
      // Done on the spot, the document issued (a certificate, a permit) may be attached to the case as its result.
      const issued = checked.ok.get('resultDocument')?.[0];
      const result =
        one(values, 'step') === 'on_the_spot'
          ? await cases.doOnTheSpot(db, actor, {
              ...input,
              document: issued && { filename: issued.filename, bytes: issued.bytes },
            })
          : await cases.registerApplication(db, actor, input);
      if (!result.ok) return again({ errors: shownErrors(locale, fromDomainProblems(result.problems)) }, 400);
      await uploads.discardStaged(
        db,
        actor,
        staged.map((s) => s.id),
      );
      reply.setCookie(RECEIPT_COOKIE, `${result.caseId}.${result.accessCode}`, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.config.PIETURA_PUBLIC_URL.startsWith('https:'),
        maxAge: 15 * 60,
      });
      return reply.redirect(receiptHref(locale, result.caseId), 303);
    });

    /** Staging a file by script (the form's documents without a page reload): JSON in, JSON out. */
    app.post(`${base}/${SEGMENTS.upload[locale]}`, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      if (!cases.mayRegister(actor)) return refuse();
      const { files } = readMultipartForm(request.body);
      const checked = await checkedFiles(files, locale);
      const problem = checked.problems[0];
      if (problem) {
        return reply.code(400).send({
          error: problem.key,
          message: errorText(locale, problem.key as 'file_empty', problem.params),
        });
      }
      const file = [...checked.ok.values()].flat()[0];
      if (!file)
        return reply
          .code(400)
          .send({ error: 'required', message: errorText(locale, 'required', { field: '' }) });
      const staged = await uploads.stageFile(db, actor, file);
      return reply.code(201).send(staged);
    });

    app.get<IdParams & { Querystring: { done?: string } }>(`${base}/:id`, guarded, async (request, reply) => {
      const actor = signedInCaseWorker(request);
      const id = caseIdOf(request);
      if (!id) return sendNotFound(db, request, reply);
      // The case and what the page around it needs, side by side.
      const [c, context] = await Promise.all([cases.getCase(db, actor, id), casePageContext(request, id)]);
      if (!c) return sendNotFound(db, request, reply);
      const done =
        typeof request.query.done === 'string' && Object.hasOwn(ACTION, request.query.done)
          ? request.query.done
          : undefined;
      return casePage(
        request,
        reply,
        actor,
        c,
        { done: done && `${label(ACTION, done, locale)}: ${say(locale, 'izdarīts', 'done')}` },
        200,
        context,
      );
    });

    /** The page around a case: the units to send it to, the centres, the site's frame. */
    async function casePageContext(request: FastifyRequest, id: number) {
      const [units, centres, site] = await Promise.all([
        cases.unitOptions(db),
        catalogue.listCentres(db),
        staffSiteContext(db, request, caseHref(other, id)),
      ]);
      return { units, centres: centres.map((x) => ({ code: x.code, name: x.name })), site };
    }

    async function casePage(
      request: FastifyRequest,
      reply: FastifyReply,
      _actor: Actor,
      c: cases.CaseView,
      extra: Omit<Parameters<typeof CasePage>[0], 'site' | 'c' | 'units' | 'centres'>,
      status = 200,
      context?: Awaited<ReturnType<typeof casePageContext>>,
    ) {
      const { units, centres, site } = context ?? (await casePageContext(request, c.id));
      return sendPage(
        reply,
        <CasePage site={site} c={c} units={units} centres={centres} {...extra} />,
        status,
      );
    }

    app.post<IdParams>(`${base}/:id/${SEGMENTS.act[locale]}`, guarded, async (request, reply) => {
      const actor = signedInCaseWorker(request);
      const id = caseIdOf(request);
      const c = id && (await cases.getCase(db, actor, id));
      if (!id || !c) return sendNotFound(db, request, reply);
      const { values, files } = readMultipartForm(request.body);
      const header = actionHeader.safeParse({
        action: one(values, 'action'),
        rowVersion: one(values, 'rowVersion'),
      });
      if (!header.success) {
        return casePage(
          request,
          reply,
          actor,
          c,
          { notes: [errorText(locale, 'invalid', { field: say(locale, 'darbība', 'action') })] },
          400,
        );
      }
      const type: ActionType = header.data.action;
      const checked = await checkedFiles(files, locale);
      const chosen = await actionFiles(db, actor, type, values, checked.ok);
      const parsed = parseAction(type, values, chosen.files);
      const problems = [...checked.problems, ...(parsed.ok ? [] : parsed.problems)];
      // Whatever went wrong, the form comes back with what was typed and the files chosen.
      const back = async (notes: string[], errs: ShownProblem[], status: number, fresh = c) => {
        const staged = await keepActionFiles(db, actor, chosen);
        return casePage(
          request,
          reply,
          actor,
          fresh,
          { notes, state: { action: type, values, errors: shownErrors(locale, errs), staged } },
          status,
        );
      };
      if (!parsed.ok || problems.length > 0) return back([], problems, 400);
      const result = await cases.act(db, actor, id, header.data.rowVersion, parsed.action);
      if (!result) return sendNotFound(db, request, reply);
      if (result.ok) {
        await dropActionFiles(db, actor, chosen);
        return reply.redirect(caseHref(locale, id, `done=${type}`), 303);
      }
      const p = result.problem;
      switch (p.kind) {
        case 'stale':
          return back(
            [errorText(locale, 'stale', { status: label(STATUS, p.currentStatus, locale) })],
            [],
            409,
          );
        case 'not_allowed':
          return back(
            [
              errorText(locale, 'not_allowed', {
                action: label(ACTION, p.action, locale),
                status: label(STATUS, p.status, locale),
              }),
            ],
            [],
            409,
          );
        case 'forbidden':
          return back([errorText(locale, 'forbidden', { action: label(ACTION, p.action, locale) })], [], 403);
        case 'invalid':
          return back(
            [],
            p.problems.map((x) => ({
              field: `${type}-${x.field.split('.').pop()}`,
              key: x.code,
              params: x.params,
            })),
            400,
          );
      }
    });

    caseRoutesMore(app, deps, locale);
  }
}

function say(locale: Locale, lv: string, en: string): string {
  return locale === 'lv' ? lv : en;
}

function refuse(): never {
  throw new ForbiddenError();
}
