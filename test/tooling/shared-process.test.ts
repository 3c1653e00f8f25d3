// The shared test processes of npm test (test/helpers/shared-process.ts): each file runs once, in a suite
// named after it with its own hooks, and a failing or broken file is reported by name and fails the run.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { type Queue, queueEnv, writeEntries } from '../helpers/shared-process';

const dir = mkdtempSync(join(tmpdir(), 'pietura-shared-process-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const log = join(dir, 'log.txt');

/** A test file that writes down, per process, when its hooks and its test run. */
function passing(name: string): string {
  return `import { appendFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
const note = (what) => appendFileSync(${JSON.stringify(log)}, \`\${process.pid} ${name} \${what}\\n\`);
before(() => note('before'));
after(() => note('after'));
test('${name} passes', () => note('test'));
`;
}

test('each file runs once in one of the processes, with its own hooks; a failure fails the run under its name', async () => {
  const files: Record<string, string> = {
    'a.test.mjs': passing('a'),
    'b.test.mjs': `import assert from 'node:assert/strict';
import { test } from 'node:test';
test('b fails', () => assert.equal(1, 2));
`,
    'c.test.mjs': `throw new Error('c is broken at import');\n`,
    'd.test.mjs': passing('d'),
    'e.test.mjs': passing('e'),
    'f.test.mjs': passing('f'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const queue: Queue = { dir, files: Object.keys(files).map((name) => join(dir, name)) };
  const entries = writeEntries(queue, 3);

  // Without NODE_TEST_CONTEXT, which would make the inner runner report to this one.
  const env: NodeJS.ProcessEnv = { ...process.env, ...queueEnv(queue) };
  delete env.NODE_TEST_CONTEXT;
  const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=tap', '--test-concurrency=2', ...entries],
      { env },
      (err, stdout) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout }),
    );
  });

  assert.equal(run.code, 1, 'a failing file fails the run');
  assert.match(run.stdout, /not ok \d+ - .*b\.test\.mjs/);
  assert.match(run.stdout, /not ok \d+ - .*c\.test\.mjs/);
  assert.match(run.stdout, /c is broken at import/);
  for (const name of ['a', 'd', 'e', 'f'])
    assert.match(run.stdout, new RegExp(`ok \\d+ - .*${name}\\.test\\.mjs`));

  const lines = readFileSync(log, 'utf8').trim().split('\n');
  for (const name of ['a', 'd', 'e', 'f']) {
    const own = lines.filter((line) => line.split(' ')[1] === name);
    assert.deepEqual(
      own.map((line) => line.split(' ')[2]),
      ['before', 'test', 'after'],
      `${name} ran once, its hooks around its own test`,
    );
    // Its after hook ran before the next file of the same process began.
    const pid = own[0]!.split(' ')[0];
    const inProcess = lines.filter((line) => line.startsWith(`${pid} `));
    const at = inProcess.indexOf(own[0]!);
    assert.deepEqual(inProcess.slice(at, at + 3), own);
  }
});
