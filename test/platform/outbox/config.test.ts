import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../../src/config';
import { smtpTransport } from '../../../src/platform/outbox';

test('PIETURA_SMTP_URL is optional and must be an SMTP address', () => {
  assert.equal(loadConfig({}).PIETURA_SMTP_URL, undefined);
  assert.equal(loadConfig({}).PIETURA_MAIL_FROM, 'Pietura <pietura@localhost>');
  assert.equal(
    loadConfig({ PIETURA_SMTP_URL: 'smtps://user:secret@mail.example.lv:465' }).PIETURA_SMTP_URL,
    'smtps://user:secret@mail.example.lv:465',
  );
  assert.throws(() => loadConfig({ PIETURA_SMTP_URL: 'http://mail.example.lv' }), /PIETURA_SMTP_URL/);
  assert.throws(() => loadConfig({ PIETURA_SMTP_URL: 'not a url' }), /PIETURA_SMTP_URL/);
  assert.throws(() => smtpTransport('http://mail.example.lv'), /smtp:\/\//);
});
