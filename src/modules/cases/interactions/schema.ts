import { z } from 'zod';
import { rowIdSchema } from '../../../db/row-id';
import { INTERACTION_CHANNELS } from '../../../db/schema';

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
