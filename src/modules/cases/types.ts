import type {
  Bilingual,
  CaseChannel,
  CaseStatus,
  Decision,
  DeliveryChannel,
  PartyKind,
  RequiredDocument,
} from '../../db/schema';
import type { PartyInput, PartyView } from '../parties/service';

export type { CaseChannel, CaseStatus, Decision, DeliveryChannel, PartyInput, PartyKind, PartyView };

/** A party given by its stored id (after findPartyByCode) or typed in at the desk. */
export type PartyRef = { partyId: number } | PartyInput;

/** A file as uploaded: the media type is taken from the bytes, never from the name or the browser. */
export interface DocumentInput {
  filename: string;
  bytes: Buffer;
}

export interface DeliveryChoice {
  channel: DeliveryChannel;
  /** Required for 'centre': where the resident collects the result. */
  centreCode?: string;
}

export interface ApplicationInput {
  /** The version in force the clerk saw (serviceForIntake); the case keeps it for ever (R2). */
  serviceVersionId: number;
  applicant: PartyRef;
  representative?: { party: PartyRef; basis: string };
  channel: CaseChannel;
  /** The centre where it was received or registered; a clerk's own centre by default. */
  centreCode?: string;
  /** YYYY-MM-DD; today (Riga) when left out. A postal application may have arrived a day earlier. */
  receivedOn?: string;
  /** What the standard asks for, as typed. */
  fields: Record<string, string>;
  documents: DocumentInput[];
  delivery: DeliveryChoice;
  /** A random key from the form: the same key twice registers one case. */
  idempotencyKey: string;
}

/** Why an input was refused: `field` names the form field (dotted for nested: `applicant.personalCode`). */
export interface Problem {
  field: string;
  code:
    | 'required'
    | 'invalid'
    | 'personal_code_invalid'
    | 'registration_number_invalid'
    | 'birth_date_invalid'
    | 'email_invalid'
    | 'phone_invalid'
    | 'contact_required'
    | 'unknown_service'
    | 'version_not_in_force'
    | 'channel_not_allowed'
    | 'delivery_not_allowed'
    | 'centre_unknown'
    | 'file_too_large'
    | 'file_type_not_allowed'
    | 'file_empty'
    | 'too_many_files'
    | 'date_invalid'
    | 'date_in_future'
    | 'date_before_received'
    | 'unit_unknown'
    | 'assignee_unknown'
    | 'due_beyond_maximum'
    | 'due_not_later'
    | 'due_not_working_day'
    | 'not_on_the_spot'
    | 'party_unknown'
    /** The representative is the applicant (the same party). */
    | 'same_as_applicant';
  /** What the message names besides the field (days as YYYY-MM-DD, formatted where it is shown). */
  params?: Record<string, string | number>;
}

export type IntakeResult =
  | {
      ok: true;
      caseId: number;
      registrationNumber: string;
      /** Shown once on the receipt; only its hash is stored. */
      accessCode: string;
      dueOn: string;
      /** True when the idempotency key had been used: the same case, with a freshly issued access code. */
      replayed: boolean;
    }
  | { ok: false; problems: Problem[] };

export interface CorrespondenceInput {
  /** Received (the default), or sent by the municipality: an answer or another outgoing letter. */
  direction?: 'in' | 'out';
  /** Who it came from, or who it went to. */
  correspondent: string;
  subject: string;
  channel: CaseChannel;
  centreCode?: string;
  /** Links the letter to a case the actor may see. */
  caseId?: number;
  documents: DocumentInput[];
  idempotencyKey?: string;
}

export type CorrespondenceResult =
  /** `replayed`: the same form was sent before, and this is its entry. */
  | { ok: true; entryId: number; registryNumber: string; replayed?: boolean }
  | { ok: false; problems: Problem[] };

/** What the intake form needs to know about a service: the version in force today. */
export interface IntakeService {
  serviceId: number;
  serviceVersionId: number;
  version: number;
  name: Bilingual;
  requiredDocuments: RequiredDocument[];
  applyChannels: string[];
  receiveChannels: string[];
  /** Centre codes where it may be applied for in person; empty = all. */
  centres: string[];
  onTheSpot: boolean;
  processingTime: number;
  processingTimeUnit: string;
  unitCode: string;
  unitName: Bilingual;
  /** The deadline if received today. */
  dueOnIfToday: string;
  serviceCode: string;
  /** The online form as stored (modules/eforms parses it with parseFormDefinition); null: none. */
  formDefinition: Record<string, unknown> | null;
}

export type DueState = 'ok' | 'due_soon' | 'overdue' | 'paused' | 'closed';

export interface WorklistFilter {
  /** A status, or 'open' (default: every status not closed) or 'closed', or 'all'. */
  status?: CaseStatus | 'open' | 'closed' | 'all';
  serviceId?: number;
  channel?: CaseChannel;
  /** Centre of intake. */
  centre?: string;
  unit?: string;
  /** A staff id, 'me' or 'none' (unassigned). */
  assignee?: number | 'me' | 'none';
  /** YYYY-MM-DD: due on or before. */
  dueBefore?: string;
  overdue?: boolean;
}

export interface WorklistPage {
  /** Opaque cursor from the previous page's `next`. */
  after?: string;
  /** 1…100, default 25. */
  limit?: number;
}

export interface WorklistRow {
  id: number;
  registrationNumber: string;
  serviceName: Bilingual;
  status: CaseStatus;
  receivedOn: string;
  dueOn: string;
  dueState: DueState;
  channelIn: CaseChannel;
  centreIn: string | null;
  unitCode: string;
  assigneeId: number | null;
  assigneeName: string | null;
  /** Minimised: first name and surname initial (not an audited read of the party). */
  applicantLabel: string | null;
  /** Outside competence: working days the forwarding took (limit 5). */
  forwardingWorkingDays: number | null;
}

export interface Worklist {
  rows: WorklistRow[];
  /** Cursor of the next page; undefined on the last page. */
  next?: string;
}

export type ActionType =
  | 'assign'
  | 'reroute'
  | 'forward'
  | 'request_info'
  | 'info_received'
  | 'suspend'
  | 'extend'
  | 'decide'
  | 'ready_for_issue'
  | 'issue'
  | 'withdraw'
  | 'reject';

export type CaseAction =
  | { type: 'assign'; assigneeId: number }
  | { type: 'reroute'; unitCode: string; reason: string }
  /** Outside the municipality's competence: sent to the institution that decides it (5 working days). */
  | { type: 'forward'; institution: string; reason: string; letter?: DocumentInput }
  /** Pauses the clock; `message` goes to the applicant. */
  | { type: 'request_info'; message: string; letter?: DocumentInput }
  /** Resumes the clock; the due date moves by the pause. */
  | { type: 'info_received'; note?: string; documents?: DocumentInput[] }
  | { type: 'suspend'; reason: string; newDueOn: string }
  | { type: 'extend'; reason: string; newDueOn: string }
  | { type: 'decide'; decision: Decision; summary: string; document: DocumentInput }
  /** Result ready for collection at a centre (the delivery centre unless another is given). */
  | { type: 'ready_for_issue'; centreCode?: string }
  | {
      type: 'issue';
      how: 'in_person' | 'post' | 'electronic';
      /** Required for 'post' (YYYY-MM-DD). */
      postedOn?: string;
      note?: string;
    }
  | { type: 'withdraw'; reason: string }
  | { type: 'reject'; reason: string };

export type ActProblem =
  /** Someone else changed the case since the form was loaded. */
  | { kind: 'stale'; currentRowVersion: number; currentStatus: CaseStatus }
  /** The action is not possible from the case's current status. */
  | { kind: 'not_allowed'; status: CaseStatus; action: ActionType }
  /** The actor's role does not allow this action on this case. */
  | { kind: 'forbidden'; action: ActionType }
  | { kind: 'invalid'; problems: Problem[] };

export type ActResult =
  | { ok: true; caseId: number; status: CaseStatus; rowVersion: number; registryNumber?: string }
  | { ok: false; problem: ActProblem };

export interface CaseEventView {
  id: number;
  at: Date;
  type: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  actorKind: 'staff' | 'system' | 'applicant';
  actorName: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface CaseDocumentView {
  id: number;
  direction: 'in' | 'out';
  registryNumber: string | null;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: Date;
  removed: boolean;
}

export interface Pause {
  from: string;
  /** Undefined while the case is still paused. */
  to?: string;
}

export interface CaseView {
  id: number;
  registrationNumber: string;
  rowVersion: number;
  status: CaseStatus;
  service: {
    id: number;
    code: string;
    name: Bilingual;
    versionId: number;
    version: number;
    onTheSpot: boolean;
  };
  unit: { code: string; name: Bilingual };
  assignee: { id: number; name: string } | null;
  applicant: PartyView | null;
  representative: { party: PartyView; basis: string | null } | null;
  channelIn: CaseChannel;
  centreIn: { code: string; name: Bilingual } | null;
  receivedOn: string;
  dueOn: string;
  maxDueOn: string | null;
  dueState: DueState;
  pausedSince: string | null;
  pauses: Pause[];
  delivery: { channel: DeliveryChannel; centre: { code: string; name: Bilingual; address: string } | null };
  fields: Record<string, string>;
  /** Labels of the fields from the version's online form (code → label); empty for desk cases. */
  fieldLabels?: Record<string, Bilingual>;
  decision: Decision | null;
  decidedOn: string | null;
  forwardedTo: string | null;
  forwardingWorkingDays: number | null;
  personalDataRemoved: boolean;
  documents: CaseDocumentView[];
  events: CaseEventView[];
  allowedActions: ActionType[];
  /** Staff the actor may assign the case to (empty when the actor may not assign). */
  assignable: { id: number; name: string }[];
  /** While the case could still be forwarded: the last day to forward it (5 working days from receipt). */
  forwardBy?: string;
  /** What the actor may do with the case's parties: see a whole personal code, export their data. */
  mayUnmask: boolean;
  mayExportParties: boolean;
}

/** What a resident sees at /statuss: nothing about staff, nothing they did not give. */
export type IssuedHow = 'in_person' | 'post' | 'electronic';

export interface PublicCaseView {
  registrationNumber: string;
  serviceName: Bilingual;
  status: CaseStatus;
  receivedOn: string;
  dueOn: string;
  paused: boolean;
  decision: Decision | null;
  history: { at: Date; type: string; toStatus: CaseStatus | null }[];
  /** What the resident must do now. */
  todo: { kind: 'nothing' } | { kind: 'send_information'; message: string } | { kind: 'collect' };
  delivery: {
    channel: DeliveryChannel;
    centre: { code: string; name: Bilingual; address: string } | null;
  };
  /** How the result was actually issued (the issue event), whatever was chosen at intake; null before. */
  issued: { how: IssuedHow; postedOn: string | null } | null;
  /** Outgoing documents to download (delivery 'download' when ready or after, or issued electronically). */
  downloads: { id: number; filename: string; registryNumber: string | null }[];
}

export type PartyExport = Record<string, unknown>;
