import type { Bilingual } from '../../db/schema';
import { type Locale, pick } from '../../platform/i18n';
import { newPdfDocument, pdfToBuffer } from '../../platform/pdf';
import type { CaseView } from './types';
import { receiptRows, trackingNote } from './views/receipt-page';

/** The receipt as a PDF: the same rows as the page, in a Unicode font (Latvian diacritics). */
export async function receiptPdf(
  c: CaseView,
  locale: Locale,
  municipality: Bilingual,
  publicUrl: string,
  accessCode?: string,
): Promise<Buffer> {
  const title = locale === 'lv' ? 'Iesnieguma reģistrācijas apliecinājums' : 'Receipt for the application';
  const doc = newPdfDocument({ title: `${title} ${c.registrationNumber}`, lang: locale });
  doc.font('bold').fontSize(14).text(pick(municipality, locale));
  doc.moveDown(0.5).fontSize(18).text(title);
  doc.moveDown();
  for (const row of receiptRows(c, locale, accessCode)) {
    doc.font('bold').fontSize(11).text(row.key);
    doc.font('regular').fontSize(12).text(String(row.value));
    doc.moveDown(0.5);
  }
  doc.moveDown().font('regular').fontSize(10).text(trackingNote(locale, publicUrl));
  return pdfToBuffer(doc);
}
