import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FORMS } from '../../src/modules/demo/dataset/forms';
import { SERVICES } from '../../src/modules/demo/dataset/services';
import { allFields, parseFormDefinition } from '../../src/modules/eforms/definition';

const eservices = SERVICES.filter((s) => s.standard.applyChannels.includes('portal'));

test('every demo form is a valid definition, on an e-service', () => {
  for (const [code, form] of Object.entries(FORMS)) {
    const parsed = parseFormDefinition(form);
    assert.ok(parsed.ok, `${code}: ${JSON.stringify(!parsed.ok && parsed.issues)}`);
    const service = SERVICES.find((s) => s.code === code);
    assert.ok(service, `${code} is a demo service`);
    assert.ok(service.standard.applyChannels.includes('portal'), `${code} is applied for on the portal`);
    assert.deepEqual(service.form, form, `${code} carries its form`);
  }
});

test('at least 12 e-services have an online form, several with conditions and files', () => {
  const withForm = eservices.filter((s) => s.form);
  assert.ok(withForm.length >= 12, `${withForm.length} e-services have a form`);
  const fields = withForm.map((s) => allFields(s.form!));
  assert.ok(fields.filter((f) => f.some((x) => x.showWhen)).length >= 8, 'conditions');
  assert.ok(fields.filter((f) => f.some((x) => x.type === 'file')).length >= 10, 'file fields');
});

test("no demo form asks for the applicant's own name, personal code or contacts (the journey asks them)", () => {
  const own =
    /^(vards_uzvards|vards|uzvards|personas_kods|epasts|e_pasts|talrunis|telefons|pasta_adrese|deklareta_adrese)$/;
  for (const [code, form] of Object.entries(FORMS))
    for (const field of allFields(form)) {
      assert.doesNotMatch(field.code, own, `${code}.${field.code}`);
      assert.doesNotMatch(
        field.label.lv,
        /^(Jūsu|Iesniedzēja) (vārds|personas kods|e-pasts|tālrunis)/,
        `${code}.${field.code}`,
      );
    }
});
