import assert from 'node:assert/strict';
import { test } from 'node:test';
import { xmlShape } from '../../src/platform/xml/shape';

test('xmlShape counts the depth and the elements, stepping over comments, instructions and CDATA', () => {
  assert.deepEqual(
    xmlShape('<?xml version="1.0"?><!-- <a><b> --><r a="1"><x/><y><![CDATA[<z>]]></y></r>\n<!-- end -->\n'),
    {
      depth: 2,
      elements: 3,
      rootClosed: true,
    },
  );
  assert.equal(xmlShape(`<r>${'<g>'.repeat(500)}${'</g>'.repeat(500)}</r>`).depth, 501);
});

test('xmlShape tells a cut file, text after the root and a second root from a whole document', () => {
  for (const cut of [
    '<r><x>',
    '<r></r>junk',
    '<r></r><s></s>',
    '<r></r><!--',
    '<r',
    '',
    'text only',
    '<?'.repeat(100_000),
  ])
    assert.equal(xmlShape(cut).rootClosed, false, JSON.stringify(cut.slice(0, 20)));
  assert.equal(xmlShape('<r/>').rootClosed, true);
});
