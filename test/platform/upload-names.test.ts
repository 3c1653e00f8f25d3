import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFile } from '../../src/platform/uploads/files';
import { checkName, extensionsOf, mismatchMessage } from '../../src/platform/uploads/names';
import { PDF, PNG } from '../cases/http-helpers';

test('a name that claims another type than the bytes is refused; one that claims none gets the right extension', () => {
  assert.deepEqual(checkName('fake.pdf', 'image/png'), { ok: false, named: 'PDF' });
  assert.deepEqual(checkName('foto.JPEG', 'application/pdf'), { ok: false, named: 'JPG' });
  assert.deepEqual(checkName('programma.exe', 'application/pdf'), { ok: false, named: 'EXE' });
  assert.deepEqual(checkName('izzina.PDF', 'application/pdf'), { ok: true, filename: 'izzina.PDF' });
  assert.deepEqual(checkName('foto.jpeg', 'image/jpeg'), { ok: true, filename: 'foto.jpeg' });
  assert.deepEqual(checkName('ligums.asice', 'application/vnd.etsi.asic-e+zip'), {
    ok: true,
    filename: 'ligums.asice',
  });
  assert.deepEqual(checkName('skenejums', 'image/png'), { ok: true, filename: 'skenejums.png' });
  assert.deepEqual(checkName('izzina 01.02.2026', 'application/pdf'), {
    ok: true,
    filename: 'izzina 01.02.2026.pdf',
  });
  assert.equal((checkName('x'.repeat(200), 'application/pdf') as { filename: string }).filename.length, 200);
});

test('the checker refuses a PNG named .pdf with a message saying what the name claims and what the file is', async () => {
  const refused = await checkFile('fake.pdf', PNG);
  assert.deepEqual(refused, {
    ok: false,
    problem: 'file_name_mismatch',
    filename: 'fake.pdf',
    named: 'PDF',
    mediaType: 'image/png',
  });
  assert.equal(
    mismatchMessage('en', 'fake.pdf', 'PDF', 'image/png'),
    'The name of the file ‘fake.pdf’ says PDF, but it is a PNG image. Attach the right file, or rename this one to end in .png',
  );
  assert.match(
    mismatchMessage('lv', 'fake.pdf', 'PDF', 'image/png'),
    /^Faila „fake\.pdf” nosaukums saka PDF, bet tas ir PNG attēls\./,
  );
  const kept = await checkFile('skenejums', PDF);
  assert.ok(kept.ok && kept.file.filename === 'skenejums.pdf');
  const notAllowed = await checkFile('fake.pdf', PNG, { allowed: ['application/pdf'] });
  assert.ok(
    !notAllowed.ok && notAllowed.problem === 'file_type_not_allowed',
    'a type the caller does not take comes first',
  );
});

test("a file input's accept names the extensions too, .edoc among them", () => {
  assert.deepEqual(extensionsOf(['application/pdf', 'application/vnd.etsi.asic-e+zip']), [
    '.pdf',
    '.edoc',
    '.asice',
    '.sce',
    '.bdoc',
  ]);
});
