import { z } from 'zod';
import { MAX_ROW_ID } from '../../db/row-id';
import type { ReceivedPart } from '../../platform/uploads/multipart';
import { type FormValues, one } from '../../platform/web/form-values';
import type { ShownProblem } from './intake-form';
import { parseDate } from './intake-form';
import type { ActionType, CaseAction, DocumentInput } from './types';

const ACTIONS = [
  'assign',
  'reroute',
  'forward',
  'request_info',
  'info_received',
  'suspend',
  'extend',
  'decide',
  'ready_for_issue',
  'issue',
  'withdraw',
  'reject',
] as const satisfies readonly ActionType[];

export const actionHeader = z.object({
  action: z.enum(ACTIONS),
  rowVersion: z.coerce.number().int().min(1).max(MAX_ROW_ID),
});

const text = (max: number) => z.string().trim().max(max, 'invalid');
const required = (max: number) => text(max).min(1, 'required');

/**
 * The action a case-page form asks for, from its fields (named {action}-{field}); problems carry the
 * input ids to show them at. Files are given already checked (the bytes' type), as DocumentInputs.
 */
export function parseAction(
  action: ActionType,
  values: FormValues,
  files: Map<string, DocumentInput[]>,
): { ok: true; action: CaseAction } | { ok: false; problems: ShownProblem[] } {
  const f = (name: string) => one(values, `${action}-${name}`);
  const file = (name: string) => files.get(`${action}-${name}`)?.[0];
  const problems: ShownProblem[] = [];
  const need = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const r = schema.safeParse(f(name));
    if (r.success) return r.data;
    const key = r.error.issues[0]?.message ?? 'invalid';
    problems.push({ field: `${action}-${name}`, key: /^[a-z_]+$/.test(key) ? key : 'invalid' });
    return undefined;
  };
  const date = (name: string, must: boolean): string | undefined => {
    const raw = f(name).trim();
    if (!raw) {
      if (must) problems.push({ field: `${action}-${name}`, key: 'required' });
      return undefined;
    }
    const d = parseDate(raw);
    if (!d) problems.push({ field: `${action}-${name}`, key: 'date_invalid' });
    return d;
  };
  let result: CaseAction | undefined;
  switch (action) {
    case 'assign': {
      const id = need('assigneeId', z.coerce.number({ message: 'choose' }).int().positive('choose'));
      if (id) result = { type: action, assigneeId: id };
      break;
    }
    case 'reroute': {
      const unitCode = need('unitCode', required(100));
      const reason = need('reason', required(2000));
      if (unitCode && reason) result = { type: action, unitCode, reason };
      break;
    }
    case 'forward': {
      const institution = need('institution', required(300));
      const reason = need('reason', required(2000));
      if (institution && reason) result = { type: action, institution, reason, letter: file('letter') };
      break;
    }
    case 'request_info': {
      const message = need('message', required(5000));
      if (message) result = { type: action, message, letter: file('letter') };
      break;
    }
    case 'info_received': {
      const note = need('note', text(5000));
      result = { type: action, note: note || undefined, documents: files.get(`${action}-documents`) ?? [] };
      break;
    }
    case 'suspend':
    case 'extend': {
      const reason = need('reason', required(2000));
      const newDueOn = date('newDueOn', true);
      if (reason && newDueOn) result = { type: action, reason, newDueOn };
      break;
    }
    case 'decide': {
      const decision = need('decision', z.enum(['granted', 'partly', 'refused'], { message: 'choose' }));
      const summary = need('summary', required(5000));
      const document = file('document');
      if (!document) problems.push({ field: `${action}-document`, key: 'required' });
      if (decision && summary && document) result = { type: action, decision, summary, document };
      break;
    }
    case 'ready_for_issue': {
      const centreCode = need('centreCode', text(60));
      result = { type: action, centreCode: centreCode || undefined };
      break;
    }
    case 'issue': {
      const how = need('how', z.enum(['in_person', 'post', 'electronic'], { message: 'choose' }));
      const postedOn = date('postedOn', how === 'post');
      const note = need('note', text(2000));
      if (how) result = { type: action, how, postedOn, note: note || undefined };
      break;
    }
    case 'withdraw':
    case 'reject': {
      const reason = need('reason', required(2000));
      if (reason) result = { type: action, reason };
      break;
    }
  }
  if (problems.length > 0 || !result) return { ok: false, problems };
  return { ok: true, action: result };
}

/** Parts of file inputs as the domain's DocumentInputs (empty inputs were already dropped). */
export function asDocuments(parts: ReceivedPart[]): DocumentInput[] {
  return parts.map((p) => ({ filename: p.filename, bytes: p.bytes }));
}
