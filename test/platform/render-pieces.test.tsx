import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { renderOnce, renderPage } from '../../src/platform/web/render';

/** A page with pieces rendered once per owner: Latvian text, escaping, and a piece inside a piece. */
function Page(props: { owner: object; typed: string }) {
  const { owner, typed } = props;
  return (
    <html lang="lv">
      <body>
        <h1>Meklēt: {typed}</h1>
        <input name="q" value={typed} />
        <ul>
          {[1, 2, 3].map((n) => (
            <li
              key={n}
              dangerouslySetInnerHTML={{
                __html: renderOnce(owner, `item/${n}`, () => (
                  <p>
                    Pakalpojums Nr. {n} — ģimenei &amp; bērniem{' '}
                    <span
                      dangerouslySetInnerHTML={{ __html: renderOnce(owner, 'inner', () => <b>iekšā</b>) }}
                    />
                  </p>
                )),
              }}
            />
          ))}
        </ul>
      </body>
    </html>
  );
}

const plain = (typed: string) => {
  const owner = {};
  return `<!DOCTYPE html>${renderToString(<Page owner={owner} typed={typed} />)}`;
};

test('a page assembled from pre-encoded pieces is byte for byte the page rendered as text', () => {
  const owner = {};
  for (const typed of ['pase', 'ģimenes pabalsts', '<script>alert(1)</script>', '"&']) {
    const bytes = renderPage(<Page owner={owner} typed={typed} />);
    assert.equal(bytes.toString('utf8'), plain(typed), typed);
  }
});

test('a piece is rendered once per owner and key, and again for another owner', () => {
  const owner = {};
  let renders = 0;
  const piece = (o: object) =>
    renderOnce(o, 'counted', () => {
      renders++;
      return <i>vienreiz</i>;
    });
  assert.equal(piece(owner), '<i>vienreiz</i>');
  assert.equal(piece(owner), '<i>vienreiz</i>');
  assert.equal(renders, 1);
  piece({});
  assert.equal(renders, 2);
});

test('text that a visitor types cannot pass for a piece: NULs and numbers are only text', () => {
  const owner = {};
  for (const typed of ['\u0000', '\u00000\u0000', `x\u0000${'0'.repeat(24)}:000000y`, '\u0000\u0000\u0000']) {
    const bytes = renderPage(<Page owner={owner} typed={typed} />);
    assert.equal(bytes.toString('utf8'), plain(typed), JSON.stringify(typed));
  }
});
