import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FormDefinition } from '../../src/modules/eforms/definition';
import { filesAsked, fillingMinutes } from '../../src/modules/eforms/start-facts';
import { TEST_FORM } from './helpers';

const bi = (lv: string, en: string) => ({ lv, en });

const RENT: FormDefinition = {
  pages: [
    {
      id: 'majoklis',
      title: bi('Mājoklis', 'Home'),
      fields: [
        {
          code: 'ire',
          type: 'yesno',
          label: bi('Vai īrējat mājokli?', 'Do you rent your home?'),
          required: true,
        },
        {
          code: 'ligums',
          type: 'file',
          label: bi('Īres līgums', 'Tenancy agreement'),
          required: true,
          showWhen: { field: 'ire', values: ['yes'] },
        },
        { code: 'foto', type: 'file', label: bi('Fotogrāfija', 'Photo'), required: false },
      ],
    },
  ],
};

test('the files a form asks for, in the page language, with their condition and whether they are optional', () => {
  assert.deepEqual(filesAsked(RENT, 'lv'), [
    {
      label: 'Īres līgums',
      onlyIf: 'tikai tad, ja uz jautājumu „Vai īrējat mājokli?” atbildat „Jā”',
      optional: false,
    },
    { label: 'Fotogrāfija', onlyIf: undefined, optional: true },
  ]);
  assert.deepEqual(filesAsked(RENT, 'en')[0], {
    label: 'Tenancy agreement',
    onlyIf: 'only if you answer ‘Yes’ to ‘Do you rent your home?’',
    optional: false,
  });
  assert.deepEqual(
    filesAsked({ pages: [{ ...RENT.pages[0]!, fields: [RENT.pages[0]!.fields[0]!] }] }, 'en'),
    [],
  );
});

test('the time to fill a form in grows with its questions and files', () => {
  assert.equal(fillingMinutes(RENT), 10, 'one question, two files and the fixed steps: 5.5 minutes');
  assert.equal(fillingMinutes(TEST_FORM as FormDefinition), 10);
  const many: FormDefinition = {
    pages: [
      {
        id: 'daudz',
        title: bi('Daudz', 'Many'),
        fields: Array.from({ length: 40 }, (_, i) => ({
          code: `q${i}`,
          type: 'text' as const,
          label: bi(`J${i}`, `Q${i}`),
          required: true,
        })),
      },
    ],
  };
  assert.equal(fillingMinutes(many), 25);
  const one: FormDefinition = {
    pages: [{ id: 'a', title: bi('A', 'A'), fields: [many.pages[0]!.fields[0]!] }],
  };
  assert.equal(fillingMinutes(one), 5);
});
