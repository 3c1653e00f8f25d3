import type { Bilingual } from '../../db/schema';
import { type Locale, pick } from '../../platform/i18n';
import type { CaseView } from './types';
import { receiptRows, trackingNote } from './views/receipt-page';

/** The part of the platform's PDF module (contracts.md) the receipt uses. */
interface PdfDoc {
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  text(text: string, options?: Record<string, unknown>): PdfDoc;
  moveDown(lines?: number): PdfDoc;
}
interface PdfModule {
  newPdfDocument(opts?: { title?: string }): PdfDoc;
  pdfToBuffer(doc: PdfDoc): Promise<Buffer>;
}

// Loaded by name until src/platform/pdf is merged into this branch; then a plain import.
const PDF_MODULE = '../../platform/pdf/index';

/** The same as the platform's module (contracts.md), used only while it is not in this branch yet. */
async function fallbackPdf(): Promise<PdfModule> {
  const { default: PDFDocument } = await import('pdfkit');
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const regular = readFileSync(require.resolve('source-sans/TTF/SourceSans3-Regular.ttf'));
  const bold = readFileSync(require.resolve('source-sans/TTF/SourceSans3-Bold.ttf'));
  return {
    newPdfDocument(opts) {
      const doc = new PDFDocument({ size: 'A4', margin: 56, lang: 'lv', info: { Title: opts?.title ?? '' } });
      doc.registerFont('regular', regular);
      doc.registerFont('bold', bold);
      doc.font('regular');
      return doc as unknown as PdfDoc;
    },
    pdfToBuffer(doc) {
      const d = doc as unknown as PDFKit.PDFDocument;
      return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        d.on('data', (c: Buffer) => chunks.push(c));
        d.on('end', () => resolve(Buffer.concat(chunks)));
        d.on('error', reject);
        d.end();
      });
    },
  };
}

/** The receipt as a PDF: the same rows as the page, in a Unicode font (Latvian diacritics). */
export async function receiptPdf(
  c: CaseView,
  locale: Locale,
  municipality: Bilingual,
  publicUrl: string,
  accessCode?: string,
): Promise<Buffer> {
  const pdf =
    ((await import(PDF_MODULE).catch(() => undefined)) as PdfModule | undefined) ?? (await fallbackPdf());
  const title = locale === 'lv' ? 'Iesnieguma reģistrācijas apliecinājums' : 'Receipt for the application';
  const doc = pdf.newPdfDocument({ title: `${title} ${c.registrationNumber}` });
  doc.font('bold').fontSize(14).text(pick(municipality, locale));
  doc.moveDown(0.5).fontSize(18).text(title);
  doc.moveDown();
  for (const row of receiptRows(c, locale, accessCode)) {
    doc.font('bold').fontSize(11).text(row.key);
    doc.font('regular').fontSize(12).text(String(row.value));
    doc.moveDown(0.5);
  }
  doc.moveDown().font('regular').fontSize(10).text(trackingNote(locale, publicUrl));
  return pdf.pdfToBuffer(doc);
}
