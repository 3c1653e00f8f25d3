// What the intake benchmarks file (cases.ts, intake-cpu.ts, intake-profile.ts): a postal application with
// one scanned PDF, its applicant's personal code made from `k` so that every call is a new person.
import { randomBytes } from 'node:crypto';
import type { ApplicationInput } from '../../src/modules/cases/service';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export function benchApplication(versionId: number, k: string, keyPrefix = 'bench'): ApplicationInput {
  return {
    serviceVersionId: versionId,
    applicant: {
      kind: 'person',
      personalCode: `32${k.padStart(9, '0').slice(-9)}`,
      name: 'Bench Person',
      email: 'bench@example.lv',
    },
    channel: 'post',
    centreCode: 'ilukste',
    fields: { note: 'benchmark' },
    documents: [{ filename: 'scan.pdf', bytes: PDF }],
    delivery: { channel: 'centre', centreCode: 'subate' },
    idempotencyKey: `${keyPrefix}-${k}-${randomBytes(4).toString('hex')}`,
  };
}
