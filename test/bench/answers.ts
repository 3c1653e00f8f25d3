// What the bench asks the app for: a page's bytes, the service page it measures, the baseline's typical answer.

export async function body(url: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The service page the search for "gimene" leads to first, or else the first in the catalogue. */
export async function pickServicePage(base: string): Promise<string> {
  for (const listing of ['/pakalpojumi?q=gimene', '/pakalpojumi']) {
    const html = (await body(base + listing)).bytes.toString('utf8');
    const code = /href="\/pakalpojumi\/([^"?#]+)"/.exec(html)?.[1];
    if (code) return `/pakalpojumi/${code}`;
  }
  throw new Error('the catalogue lists no services: is the demo data seeded?');
}

/** The answer of median size among the first queries: the baseline's "typical answer". */
export async function typicalAnswer(base: string, paths: string[]): Promise<Buffer> {
  const answers: Buffer[] = [];
  for (const path of paths.slice(0, 51)) {
    const res = await body(base + path);
    if (res.status !== 200) throw new Error(`${path} answers ${res.status}`);
    answers.push(res.bytes);
  }
  answers.sort((a, b) => a.length - b.length);
  return answers[Math.floor(answers.length / 2)]!;
}
