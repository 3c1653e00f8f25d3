import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { newPdfDocument, pdfToBuffer } from '../../../src/platform/pdf';

/** The text of every page, as a PDF reader extracts it (Mozilla's PDF.js). */
async function extractText(bytes: Buffer): Promise<{ text: string; title: unknown; fonts: string[] }> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  const fonts = new Set<string>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    for (const style of Object.values(content.styles)) fonts.add(style.fontFamily);
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { text: pages.join('\n'), title: (info as { Title?: unknown }).Title, fonts: [...fonts] };
}

const LATVIAN = 'Ģimenes valsts pabalsts, Ķekava, ŪŽČŅĀĒĪ';

test('Latvian diacritics survive a round trip through the PDF, in regular and bold', async () => {
  const doc = newPdfDocument({ title: 'Kvīts ILN/2026/000123' });
  doc.font('bold').fontSize(18).text('Iesnieguma saņemšanas kvīts');
  doc.font('regular').fontSize(12).text(LATVIAN);
  doc.text('mazie burti: āčēģīķļņšūž „pēdiņās”');
  const bytes = await pdfToBuffer(doc);

  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const { text, title } = await extractText(bytes);
  assert.ok(text.includes('Iesnieguma saņemšanas kvīts'), text);
  assert.ok(text.includes(LATVIAN), text);
  assert.ok(text.includes('āčēģīķļņšūž „pēdiņās”'), text);
  assert.equal(title, 'Kvīts ILN/2026/000123');
});

test('the fonts are embedded, not left to the reader', async () => {
  const doc = newPdfDocument();
  doc.text(LATVIAN);
  const raw = (await pdfToBuffer(doc)).toString('latin1');
  assert.match(raw, /\/FontFile2/);
  assert.match(raw, /SourceSans3-Regular/);
  assert.doesNotMatch(raw, /\/BaseFont \/Helvetica/);
});

test('every document gets its own fonts and ends once', async () => {
  const [a, b] = await Promise.all(
    ['Pirmais — Ādažu iela', 'Otrais — Ērgļu iela'].map(async (line) => {
      const doc = newPdfDocument();
      doc.font('bold').text(line);
      return extractText(await pdfToBuffer(doc));
    }),
  );
  assert.ok(a?.text.includes('Pirmais — Ādažu iela'));
  assert.ok(b?.text.includes('Otrais — Ērgļu iela'));
});
