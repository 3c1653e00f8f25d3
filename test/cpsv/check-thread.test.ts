// The import's check on a worker thread (ADR 0020): what the thread gives is what the check gives in this
// thread, and a thread that fails does not take the process (or the next import) with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import {
  type CheckProgress,
  type CheckRequest,
  checkCatalogue,
} from '../../src/modules/catalogue/cpsv/check';
import { CheckThread, OUT_OF_MEMORY } from '../../src/modules/catalogue/cpsv/check-thread';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cpsv/${name}`, import.meta.url));
/** The database's channel vocabulary, which the thread is given: a telephone channel by its EU concept. */
const vocabulary = new Map([['http://data.europa.eu/snb/com-channel/c05134f579', 'telephone' as const]]);

const thread = new CheckThread();
after(() => thread.stop());

async function withProgress(
  check: (request: CheckRequest, onProgress: (p: CheckProgress) => void) => Promise<unknown>,
  request: CheckRequest,
) {
  const progress: CheckProgress[] = [];
  const result = await check(request, (p) => progress.push(p));
  return { result, progress };
}

test('the thread reads, validates and maps a file as this thread does: text, bytes in a charset, JSON, a refusal', async () => {
  const requests: CheckRequest[] = [
    { input: fixture('eu-channels.ttl').toString('utf8'), fileName: 'eu-channels.ttl', vocabulary },
    { input: fixture('subclass-two-costs.ttl').toString('utf8'), fileName: 'a.ttl', vocabulary },
    { input: fixture('costs.rdf'), fileName: 'upload.rdf', vocabulary },
    { input: fixture('subclass-two-costs.ttl'), charset: 'utf-8', fileName: 'upload.ttl', vocabulary },
    { input: JSON.parse(fixture('minimal.jsonld').toString('utf8')), vocabulary },
    { input: JSON.parse(fixture('invalid.jsonld').toString('utf8')), vocabulary },
    { input: Buffer.from([0x7b, 0xff, 0xfe]), fileName: 'upload.jsonld', vocabulary },
  ];
  for (const request of requests) {
    const here = await withProgress(checkCatalogue, request);
    const there = await withProgress((r, p) => thread.check(r, p), request);
    assert.deepEqual(there, here);
  }
  const channels = await thread.check(requests[0]!);
  assert.ok(channels.ok, JSON.stringify(channels).slice(0, 500));
  assert.ok(
    channels.catalogue.services.some((service) => service.standard.applyChannels.includes('telephone')),
    'the vocabulary reached the thread',
  );
  const refused = await thread.check(requests.at(-1)!);
  assert.ok(!refused.ok && /not valid UTF-8/.test(refused.problems[0]!.message), JSON.stringify(refused));
});

test('a thread whose heap runs full refuses the file instead of ending the process; the next check starts another', async () => {
  const small = new CheckThread({ resourceLimits: { maxOldGenerationSizeMb: 32 } });
  const doc = JSON.parse(fixture('minimal.jsonld').toString('utf8'));
  const large = { ...doc, '@graph': Array.from({ length: 400 }, () => doc['@graph']).flat() };
  const result = await small.check({ input: large, vocabulary });
  assert.deepEqual(result, { ok: false, problems: [{ message: OUT_OF_MEMORY }] });
  await small.stop();
  // The app's own thread is another: a file it can read is read.
  const next = await thread.check({ input: doc, vocabulary });
  assert.ok(next.ok, JSON.stringify(next).slice(0, 500));
});

test('a check that cannot be sent to the thread fails alone; the thread takes the next', async () => {
  await assert.rejects(
    thread.check({ input: { '@graph': [Symbol('not data')] }, vocabulary }),
    /could not be cloned/,
  );
  const next = await thread.check({ input: fixture('costs.rdf'), fileName: 'upload.rdf', vocabulary });
  assert.ok(next.ok, JSON.stringify(next).slice(0, 500));
});
