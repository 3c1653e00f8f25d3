import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import type { Actor } from '../../platform/auth/actor';
import { systemActor } from '../../platform/auth/actor';
import { addDays, loadCalendar, todayInRiga, type WorkingCalendar } from '../../platform/calendar';
import {
  type ActionType,
  act,
  type CaseAction,
  type CaseChannel,
  type DeliveryChoice,
  doOnTheSpot,
  type PartyInput,
  registerApplication,
} from '../cases/service';
import { personalCodeCheckDigit } from '../parties/identifiers';

/** A tiny valid PDF for demo attachments. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function oldCode(ddmmyy: string, century: '1' | '2', serial: number): string {
  for (let s = serial; ; s++) {
    const first = `${ddmmyy}${century}${String(s % 1000).padStart(3, '0')}`;
    const check = personalCodeCheckDigit(first);
    if (check !== undefined) return `${first}${check}`;
  }
}

const PEOPLE: PartyInput[] = [
  {
    kind: 'person',
    personalCode: oldCode('150385', '1', 101),
    name: 'Inese Kalniņa',
    email: 'inese.kalnina@example.lv',
    phone: '+371 26123456',
    postalAddress: 'Brīvības iela 12, Ilūkste, LV-5447',
  },
  {
    kind: 'person',
    personalCode: oldCode('020764', '1', 212),
    name: 'Jānis Ozoliņš',
    postalAddress: 'Raiņa iela 3, Subate, LV-5471',
  },
  {
    kind: 'person',
    personalCode: '32145678901',
    name: 'Laura Vītola',
    email: 'laura.vitola@example.lv',
    preferredLanguage: 'lv',
  },
  {
    kind: 'person',
    personalCode: oldCode('301299', '1', 330),
    name: 'Artūrs Bērziņš',
    phone: '+371 29876543',
    postalAddress: 'Dvietes pagasts, "Liepas", LV-5456',
  },
  {
    kind: 'person',
    personalCode: '32876543210',
    name: 'Olga Petrova',
    email: 'olga.petrova@example.com',
    preferredLanguage: 'en',
  },
  {
    kind: 'person',
    personalCode: oldCode('110552', '1', 417),
    name: 'Valdis Liepiņš',
    postalAddress: 'Bebrenes pagasts, "Ozoli", LV-5453',
  },
  {
    kind: 'foreign_person',
    name: 'Tomas Kazlauskas',
    birthDate: '1988-06-21',
    identityDocument: 'LT 23456789',
    email: 'tomas.k@example.lt',
    preferredLanguage: 'en',
  },
  {
    kind: 'company',
    registrationNumber: '41503012345',
    name: 'SIA „Sēlijas koks”',
    email: 'birojs@seli-koks.example.lv',
  },
];

const CHANNELS: CaseChannel[] = [
  'in_person',
  'post',
  'email',
  'e_address',
  'in_person',
  'portal',
  'latvija_lv',
];
const CENTRES = ['ilukste', 'subate', 'bebrene', 'dviete', 'eglaine'];

/** The path to each status, from registered. */
const PATHS: Record<string, ActionType[]> = {
  registered: [],
  in_progress: ['assign'],
  awaiting_applicant: ['assign', 'request_info'],
  answered: ['assign', 'request_info', 'info_received'],
  extended: ['assign', 'extend'],
  decided: ['assign', 'decide'],
  ready_for_issue: ['assign', 'decide', 'ready_for_issue'],
  issued: ['assign', 'decide', 'ready_for_issue', 'issue'],
  forwarded: ['forward'],
  rejected: ['assign', 'reject'],
  withdrawn: ['withdraw'],
};

function action(type: ActionType, assigneeId: number, dueOn: string, cal: WorkingCalendar): CaseAction {
  switch (type) {
    case 'assign':
      return { type, assigneeId };
    case 'request_info':
      return {
        type,
        message: 'Lūdzu iesniegt izziņu par deklarēto dzīvesvietu un ienākumiem pēdējos trīs mēnešos.',
      };
    case 'info_received':
      return {
        type,
        note: 'Izziņa saņemta klientu centrā.',
        documents: [{ filename: 'izzina.pdf', bytes: PDF }],
      };
    case 'extend':
      return {
        type,
        reason: 'Jāsaņem ziņas no Valsts zemes dienesta.',
        newDueOn: cal.nextWorkingDay(addDays(dueOn, 14)),
      };
    case 'decide':
      return {
        type,
        decision: 'granted',
        summary: 'Pakalpojums piešķirts.',
        document: { filename: 'lemums.pdf', bytes: PDF },
      };
    case 'ready_for_issue':
      return { type };
    case 'issue':
      return { type, how: 'in_person', note: 'Izsniegts klātienē.' };
    case 'forward':
      return {
        type,
        institution: 'Valsts sociālās apdrošināšanas aģentūra',
        reason: 'Jautājums nav pašvaldības kompetencē.',
      };
    case 'reject':
      return { type, reason: 'Iesniedzējs neatbilst saistošo noteikumu prasībām.' };
    case 'withdraw':
      return { type, reason: 'Iesniedzējs atsauca iesniegumu.' };
    default:
      throw new Error(`no demo action for ${type}`);
  }
}

/**
 * A few dozen realistic cases in every status, across centres, channels and units, made through the
 * case service itself (numbered, audited, mail queued). Does nothing when any case exists. Separate
 * from seedDemo so that tests which only need the catalogue stay fast. The cases are received up to
 * `today` (never later than the real one).
 */
export async function seedDemoCases(db: Db, today = todayInRiga()): Promise<number> {
  const [existing] = await query<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM case_file`);
  if ((existing?.n ?? 0) > 0) return 0;
  const services = await query<{ versionId: number; onTheSpot: boolean; unitCode: string }>(
    db,
    sql`SELECT v.id AS "versionId", v.on_the_spot AS "onTheSpot", o.code AS "unitCode"
        FROM service_version v JOIN service s ON s.id = v.service_id JOIN organisation o ON o.id = s.owner_id
        WHERE v.status = 'published' AND s.withdrawn_at IS NULL AND o.kind <> 'state' ORDER BY s.code`,
  );
  const staff = await query<{ id: number; unitCode: string }>(
    db,
    sql`SELECT u.id, g.unit_code AS "unitCode" FROM staff_user u JOIN role_grant g ON g.user_id = u.id
        WHERE g.role = 'specialist' ORDER BY u.id`,
  );
  const actor: Actor = systemActor('demo data');
  const cal = await loadCalendar(db);
  const regular = services.filter((s) => !s.onTheSpot);
  const statuses = Object.keys(PATHS);
  let made = 0;
  const staffed = regular.filter((s) => staff.some((p) => p.unitCode === s.unitCode));
  for (let i = 0; i < 33 && regular.length > 0; i++) {
    const status = statuses[i % statuses.length]!;
    const pool = PATHS[status]!.includes('assign') && staffed.length > 0 ? staffed : regular;
    const svc = pool[(i * 7) % pool.length]!;
    const channel = CHANNELS[i % CHANNELS.length]!;
    const centre = CENTRES[i % CENTRES.length]!;
    const delivery: DeliveryChoice =
      i % 4 === 3
        ? { channel: 'download' }
        : { channel: 'centre', centreCode: CENTRES[(i + 1) % CENTRES.length]! };
    const person = PEOPLE[i % PEOPLE.length]!;
    const representative =
      i % 9 === 4 ? { party: PEOPLE[(i + 1) % PEOPLE.length]!, basis: 'Pilnvara Nr. 12/2026' } : undefined;
    const r = await registerApplication(db, actor, {
      serviceVersionId: svc.versionId,
      applicant: person,
      representative,
      channel,
      centreCode: centre,
      receivedOn: addDays(today, -((i * 3) % 40)),
      fields: { iesnieguma_teksts: 'Lūdzu izskatīt manu iesniegumu.' },
      documents: [{ filename: 'iesniegums.pdf', bytes: PDF }],
      delivery,
      idempotencyKey: `demo-case-${i}`,
    });
    if (!r.ok) throw new Error(`Demo case ${i}: ${JSON.stringify(r.problems)}`);
    made++;
    const assignee = staff.find((s) => s.unitCode === svc.unitCode)?.id ?? staff[0]?.id ?? 0;
    let rowVersion = 1;
    for (const type of PATHS[status]!) {
      if (type === 'assign' && !staff.some((s) => s.unitCode === svc.unitCode)) continue;
      const done = await act(db, actor, r.caseId, rowVersion, action(type, assignee, r.dueOn, cal));
      if (!done?.ok) throw new Error(`Demo case ${i}, ${type}: ${JSON.stringify(done)}`);
      rowVersion = done.rowVersion;
    }
  }
  const spot = services.find((s) => s.onTheSpot);
  if (spot) {
    for (const [i, centre] of ['ilukste', 'subate', 'bebrene'].entries()) {
      const r = await doOnTheSpot(db, actor, {
        serviceVersionId: spot.versionId,
        applicant: PEOPLE[i]!,
        channel: 'in_person',
        centreCode: centre,
        fields: {},
        documents: [],
        delivery: { channel: 'centre', centreCode: centre },
        idempotencyKey: `demo-spot-${i}`,
      });
      if (r.ok) made++;
    }
  }
  return made;
}
