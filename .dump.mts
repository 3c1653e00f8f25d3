import { readFileSync, writeFileSync } from 'node:fs';
import { toDataset, quads } from '/work/wt/cpsv-import/src/modules/catalogue/cpsv/rdf';
(async () => { for (const f of process.argv.slice(2)) {
  const ds = await toDataset(JSON.parse(readFileSync(f, 'utf8')));
  const lines = quads(ds).map((q) => `${q.subject.value} ${q.predicate.value.replace(/.*[\/#]/, '')} ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value.slice(0, 60)) + (q.object.language ? '@' + q.object.language : '') : q.object.value}`);
  writeFileSync(`/tmp/cp/${f.split('/').pop()}.txt`, lines.sort().join('\n'));
} })();
