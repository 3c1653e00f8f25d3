import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type PDFKitDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/**
 * Source Sans 3 (SIL Open Font License), the site's own typeface, from Adobe's `source-sans` package:
 * full Latin Extended, so Latvian letters (ā č ē ģ ī ķ ļ ņ š ū ž) render; pdfkit embeds only the
 * glyphs used. The standard PDF fonts (Helvetica…) cannot show them.
 */
const FONT_FILES = {
  regular: 'source-sans/TTF/SourceSans3-Regular.ttf',
  bold: 'source-sans/TTF/SourceSans3-Bold.ttf',
} as const;

export type PdfFont = keyof typeof FONT_FILES;

/** pdfkit and fontkit (about 26 MB in memory) are loaded with the first document, not when the app starts. */
let pdfkit: typeof PDFKitDocument | undefined;
function pdfDocumentClass(): typeof PDFKitDocument {
  pdfkit ??= require('pdfkit') as typeof PDFKitDocument;
  return pdfkit;
}

let fonts: Record<PdfFont, Buffer> | undefined;
function fontBytes(): Record<PdfFont, Buffer> {
  fonts ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
  return fonts;
}

/**
 * A new A4 PDF with the Unicode fonts registered as "regular" and "bold" ("regular" selected).
 * Write to it with pdfkit's API, e.g. `doc.font('bold').fontSize(16).text('Kvīts')`, then pdfToBuffer.
 */
export function newPdfDocument(opts: { title?: string; lang?: string } = {}): PDFKit.PDFDocument {
  const bytes = fontBytes();
  const PDFDocument = pdfDocumentClass();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    font: bytes.regular as unknown as string,
    lang: opts.lang ?? 'lv',
    displayTitle: Boolean(opts.title),
    info: { Title: opts.title ?? '', Creator: 'Pietura', Producer: 'Pietura (pdfkit)' },
  });
  doc.registerFont('regular', bytes.regular);
  doc.registerFont('bold', bytes.bold);
  doc.font('regular');
  return doc;
}

/** Ends the document and resolves with all its bytes. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
