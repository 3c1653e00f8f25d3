import { type SQL, sql } from 'drizzle-orm';
import type { Bilingual } from '../../db/schema';
import type { Tx } from '../../platform/audit/service';
import { enqueueMail, type MailInput } from '../../platform/outbox';

/** Each event is its own outbox key: a result made ready, then issued, is two mails. */
export type CaseMailEvent = 'registered' | 'info_requested' | 'result_ready' | 'result_issued' | 'forwarded';

export interface CaseMailFacts {
  caseId: number;
  registrationNumber: string;
  serviceName: Bilingual;
  dueOn: string;
  /** What the applicant must send (info_requested). */
  message?: string;
  /** Where to collect the result (result_ready at a centre). */
  centre?: { name: Bilingual; address: string };
  /** How the result was issued when not in person (result_issued). */
  issuedHow?: 'post' | 'electronic';
  /** The institution a case was forwarded to (forwarded). */
  institution?: string;
  trackUrl: string;
  /** Who writes: the municipality's name (its settings' row), signed under every mail in the mail's language. */
  municipality: Bilingual;
  /** registered: where the filing statement names the person applied for, when the mail goes to their representative. */
  representedMark?: string;
}

function lvDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}.`;
}

const EN_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' });
function enDate(day: string): string {
  return EN_DATE.format(new Date(`${day}T00:00:00Z`));
}

function compose(
  event: CaseMailEvent,
  lang: 'lv' | 'en',
  f: CaseMailFacts,
): { subject: string; text: string } {
  const name = f.serviceName[lang] || f.serviceName.lv;
  const num = f.registrationNumber;
  if (lang === 'lv') {
    // „sekot” takes the dative: „Iesnieguma gaitai varat sekot”.
    const track = `Iesnieguma gaitai varat sekot vietnē ${f.trackUrl}, ievadot reģistrācijas numuru un piekļuves kodu no apliecinājuma.`;
    const letter = (body: string) => `Labdien!\n\n${body}\n\n${track}\n\nAr cieņu\n${f.municipality.lv}\n`;
    const download =
      'To varat lejupielādēt iesnieguma statusa lapā ar reģistrācijas numuru un piekļuves kodu.';
    if (event === 'registered')
      return {
        subject: `Iesniegums reģistrēts: ${num}`,
        text: letter(
          `Jūsu iesniegums „${name}” reģistrēts ar numuru ${num}.\nAtbildi sniegsim līdz ${lvDate(f.dueOn)}${f.representedMark ?? ''}`,
        ),
      };
    if (event === 'info_requested')
      return {
        subject: `Nepieciešama papildu informācija: ${num}`,
        text: letter(
          `Lai izskatītu iesniegumu ${num} („${name}”), lūdzam iesniegt:\n\n${f.message ?? ''}\n\nTermiņš ir apturēts, līdz saņemsim atbildi. Atbildi varat nosūtīt tiešsaistē vietnē ${f.trackUrl} (ievadiet reģistrācijas numuru un piekļuves kodu, tad izvēlieties „Atbildēt tiešsaistē”), iesniegt jebkurā pakalpojumu centrā vai nosūtīt pa pastu, norādot iesnieguma numuru ${num}.`,
        ),
      };
    if (event === 'forwarded')
      return {
        subject: `Iesniegums pārsūtīts: ${num}`,
        text: letter(
          `Jūsu iesnieguma ${num} („${name}”) izskatīšana nav pašvaldības kompetencē. Tas pārsūtīts iestādei: ${f.institution ?? ''}.`,
        ),
      };
    if (event === 'result_issued')
      return {
        subject: `Rezultāts izsniegts: ${num}`,
        text: letter(
          `Iesnieguma ${num} („${name}”) rezultāts ir izsniegts. ${f.issuedHow === 'post' ? 'Tas nosūtīts pa pastu.' : download}`,
        ),
      };
    const how = f.centre
      ? `Rezultātu varat saņemt: ${f.centre.name.lv}, ${f.centre.address}. Līdzi ņemiet personu apliecinošu dokumentu.`
      : download;
    return {
      subject: `Rezultāts gatavs: ${num}`,
      text: letter(`Iesnieguma ${num} („${name}”) rezultāts ir gatavs. ${how}`),
    };
  }
  const track = `Follow your application at ${f.trackUrl} with the registration number and the access code on your receipt.`;
  const signature = f.municipality.en || f.municipality.lv;
  const letter = (body: string) => `Hello,\n\n${body}\n\n${track}\n\nKind regards,\n${signature}\n`;
  const download =
    'You can download it from the status page of your application with the registration number and the access code.';
  if (event === 'registered')
    return {
      subject: `Application registered: ${num}`,
      text: letter(
        `Your application ‘${name}’ has been registered as ${num}.\nWe will answer by ${enDate(f.dueOn)}.${f.representedMark ?? ''}`,
      ),
    };
  if (event === 'info_requested')
    return {
      subject: `More information needed: ${num}`,
      text: letter(
        `To decide on application ${num} (‘${name}’) we need:\n\n${f.message ?? ''}\n\nThe time limit is paused until we receive your answer. You can answer online at ${f.trackUrl} (enter the registration number and the access code, then choose ‘Answer online’), at any service centre or by post, giving the registration number ${num}.`,
      ),
    };
  if (event === 'forwarded')
    return {
      subject: `Application forwarded: ${num}`,
      text: letter(
        `Your application ${num} (‘${name}’) is outside the municipality's competence. It has been forwarded to: ${f.institution ?? ''}.`,
      ),
    };
  if (event === 'result_issued')
    return {
      subject: `Result issued: ${num}`,
      text: letter(
        `The result of application ${num} (‘${name}’) has been issued. ${f.issuedHow === 'post' ? 'It has been sent by post.' : download}`,
      ),
    };
  const how = f.centre
    ? `You can collect it at ${f.centre.name.en || f.centre.name.lv}, ${f.centre.address}. Bring an identity document.`
    : download;
  return {
    subject: `Result ready: ${num}`,
    text: letter(`The result of application ${num} (‘${name}’) is ready. ${how}`),
  };
}

/** A case mail's subject and text in one language (tests read them; queueCaseMail sends them). */
export const composeCaseMail = compose;

/** Queues the applicant's mail in the caller's transaction; one per case and event (the eventKey). */
export async function queueCaseMail(
  tx: Tx,
  event: CaseMailEvent,
  to: { email: string | null; preferredLanguage: 'lv' | 'en' } | undefined,
  facts: CaseMailFacts,
  eventKeySuffix = '',
): Promise<boolean> {
  const mail = caseMail(event, to, facts, eventKeySuffix);
  if (!mail) return false;
  await enqueueMail(tx, mail);
  return true;
}

/** Stands for the registration number in a mail composed before the statement that takes the number. */
const NUMBER = '\u2063registration-number\u2063';
/** Stands for the line naming the person applied for (nothing when the mail goes to the applicant themselves). */
const REPRESENTED = '\u2063represented\u2063';
/** That line, before the person's name, in the mail's language. */
const REPRESENTED_LINE = { lv: '\n\nPārstāvētā persona: ', en: '\n\nThe person you applied for: ' };

/**
 * Stands for the municipality's name in the registration mail, composed once per service and due day: the
 * statement that files the case puts in the name its row has then, in the mail's language.
 */
const SIGNATURE = '\u2063municipality\u2063';

/** The registration mail of a version's service and due day in both languages, composed once (intake's hot path). */
const composedRegistration = new Map<string, Record<'lv' | 'en', { subject: string; text: string }>>();

function registrationMail(facts: Pick<CaseMailFacts, 'serviceName' | 'dueOn'>) {
  const key = `${facts.serviceName.lv}\u0000${facts.serviceName.en}\u0000${facts.dueOn}\u0000${trackUrl('lv')}`;
  let both = composedRegistration.get(key);
  if (!both) {
    const of = (lang: 'lv' | 'en') =>
      compose('registered', lang, {
        ...facts,
        caseId: 0,
        registrationNumber: NUMBER,
        trackUrl: trackUrl(lang),
        municipality: { lv: SIGNATURE, en: SIGNATURE },
        representedMark: REPRESENTED,
      });
    both = { lv: of('lv'), en: of('en') };
    if (composedRegistration.size >= 1000) composedRegistration.clear();
    composedRegistration.set(key, both);
  }
  return both;
}

/** The registration mail as JSON, for the statement that files the case (registeredMailInsert). */
export interface RegistrationMailJson {
  subjectLv: string;
  subjectEn: string;
  textLv: string;
  textEn: string;
  number: string;
  signature: string;
  represented: string;
  at: string;
}

/** The registration mail of an application, composed in both languages before its number is known. */
export function registrationMailJson(
  facts: Pick<CaseMailFacts, 'serviceName' | 'dueOn'>,
): RegistrationMailJson {
  const { lv, en } = registrationMail(facts);
  return {
    subjectLv: lv.subject,
    subjectEn: en.subject,
    textLv: lv.text,
    textEn: en.text,
    number: NUMBER,
    signature: SIGNATURE,
    represented: REPRESENTED,
    at: new Date().toISOString(),
  };
}

/**
 * The insert that queues the registration mails of the statement that files cases: `from` gives rows `m`
 * with case_id, number, mail (RegistrationMailJson), email and preferred_language of the party written
 * to, and represented_name (the applicant's, when the mail goes to their representative). The statement picks
 * the party's language and puts the number and the person applied for in. Nothing is queued for a party
 * without an e-mail address, nor for a case without a mail (done on the spot). It returns a row for each
 * mail queued.
 */
export function registeredMailInsert(from: SQL): SQL {
  const chosen = (l: string, e: string) =>
    `replace(CASE WHEN m.preferred_language = 'en' THEN m.mail->>'${e}' ELSE m.mail->>'${l}' END, m.mail->>'number', m.number)`;
  const pick = (l: string, e: string) => sql.raw(chosen(l, e));
  // The text is signed with the municipality's name in its language (English falls back to Latvian, as compose).
  const signed = `replace(${chosen('textLv', 'textEn')}, m.mail->>'signature', coalesce((SELECT CASE WHEN m.preferred_language = 'en' THEN coalesce(nullif(mu.name->>'en', ''), mu.name->>'lv') ELSE mu.name->>'lv' END FROM municipality mu WHERE mu.id = 1), ''))`;
  const line = (l: 'lv' | 'en') => `'${REPRESENTED_LINE[l].replaceAll('\n', '\\n')}'`;
  const named = sql.raw(
    `replace(${signed}, coalesce(m.mail->>'represented', ''), CASE WHEN m.represented_name IS NULL THEN '' WHEN m.preferred_language = 'en' THEN E${line('en')} || m.represented_name ELSE E${line('lv')} || m.represented_name END)`,
  );
  return sql`INSERT INTO outbox_message (event_key, case_id, recipient, subject, body_text, body_html, next_attempt_at)
    SELECT 'case:' || m.case_id || ':registered', m.case_id, m.email, ${pick('subjectLv', 'subjectEn')},
      ${named}, NULL, (m.mail->>'at')::timestamptz
    FROM ${from}
    WHERE m.email IS NOT NULL AND m.mail IS NOT NULL
    ON CONFLICT (event_key) DO NOTHING
    RETURNING 1`;
}

function caseMail(
  event: CaseMailEvent,
  to: { email: string | null; preferredLanguage: 'lv' | 'en' } | undefined,
  facts: CaseMailFacts,
  eventKeySuffix: string,
): MailInput | undefined {
  if (!to?.email) return undefined;
  const { subject, text } = compose(event, to.preferredLanguage, facts);
  return {
    to: to.email,
    subject,
    text,
    eventKey: `case:${facts.caseId}:${event}${eventKeySuffix}`,
    caseId: facts.caseId,
  };
}

/** The tracking page in the party's language (PIETURA_PUBLIC_URL, as configured for the app). */
export function trackUrl(lang: 'lv' | 'en'): string {
  const base = (process.env.PIETURA_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  return lang === 'en' ? `${base}/en/status` : `${base}/statuss`;
}
