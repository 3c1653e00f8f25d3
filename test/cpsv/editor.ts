import type { Bilingual, serviceVersion } from '../../src/db/schema';
import type { VersionInput } from '../../src/modules/standards/schema';
import * as standards from '../../src/modules/standards/service';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';

/** Both languages, the missing one taken from the other (an editor's translation, for the test). */
function both(value: Bilingual | null, fallback = ''): Bilingual {
  const [lv, en] = [value?.lv.trim(), value?.en.trim()];
  const any = lv || en || fallback;
  return { lv: lv || `LV: ${any}`, en: en || any };
}
const optional = (value: Bilingual | null) =>
  value && (value.lv.trim() || value.en.trim()) ? both(value) : null;

/** What an editor does with an imported draft: translates, completes what the edit form requires, saves. */
export function completed(v: typeof serviceVersion.$inferSelect, code: string): VersionInput {
  const input = standards.versionInputOf(v);
  return {
    ...input,
    name: both(input.name, code),
    description: both(input.description, code),
    whoMayApply: both(input.whoMayApply, 'Ikviens'),
    result: both(input.result, 'Lēmums'),
    requiredDocuments: input.requiredDocuments.map((d) => ({ name: both(d.name, 'Dokuments') })),
    feeNote: optional(input.feeNote),
    processingTime: input.processingTime || 30,
    processingTimeBasis: optional(input.processingTimeBasis),
    legalBasis: (input.legalBasis.length > 0
      ? input.legalBasis
      : [{ title: both(null, 'Likums'), level: 'state' as const }]
    ).map((b) => ({
      ...b,
      title: both(b.title, 'Likums'),
      url: b.url && /^https?:\/\//.test(b.url) ? b.url : undefined,
    })),
    applyChannels: input.applyChannels.length > 0 ? input.applyChannels : ['in_person'],
    receiveChannels: input.receiveChannels.length > 0 ? input.receiveChannels : ['in_person'],
    centreException: optional(input.centreException),
    contact: optional(input.contact),
    keywords: optional(input.keywords),
    reviewDue: addDays(todayInRiga(), 365),
  };
}
