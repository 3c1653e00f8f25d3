import { z } from 'zod';
import { rowIdSchema } from '../../../db/row-id';
import { INTERACTION_CHANNELS } from '../../../db/schema';
import { type FormValues, one } from '../../../platform/web/form-values';
import type { ForeignPersonQuery } from '../../parties/service';
import { FOREIGNER_INPUTS, parseForeignQuery, type ShownProblem } from '../intake-form';

/** A consultation as the desk records it: a service or a free topic, channel, minutes, centre, maybe a person. */
export const interactionSchema = z
  .object({
    service: z.union([z.literal(''), rowIdSchema]),
    topic: z.string().trim().max(300, 'invalid'),
    channel: z.enum(INTERACTION_CHANNELS, { message: 'choose' }),
    minutes: z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(480, 'invalid'),
    centre: z.string().trim().min(1, 'choose').max(60),
    partyCode: z.string().trim().max(20),
  })
  .refine((v) => v.service !== '' || v.topic !== '', { path: ['topic'], message: 'required' });

export type InteractionForm = z.infer<typeof interactionSchema>;

/**
 * The person a consultation is about, if the clerk named one: by the personal code (or registration number),
 * or — a foreigner without a personal code — by the identity document number and the date of birth, both
 * needed (parseForeignQuery). Not both ways at once. Checked apart from the rest of the form, so that its
 * problems are shown together with the others.
 */
export function consultationParty(
  values: FormValues,
):
  | { ok: true; partyCode?: string; foreigner?: ForeignPersonQuery }
  | { ok: false; problems: ShownProblem[] } {
  const code = one(values, 'partyCode').trim();
  const foreignTyped = [FOREIGNER_INPUTS.document, FOREIGNER_INPUTS.birthDate].some((f) =>
    one(values, f).trim(),
  );
  if (!foreignTyped) return { ok: true, ...(code ? { partyCode: code } : {}) };
  if (code) return { ok: false, problems: [{ field: 'partyCode', key: 'party_one_way' }] };
  const parsed = parseForeignQuery(values, FOREIGNER_INPUTS);
  return parsed.ok ? { ok: true, foreigner: parsed.query } : parsed;
}
