import type { FormDefinition } from '../../../eforms/definition';
import { DOCUMENTS, hint, optional, page, q } from './helpers';

/**
 * The general application („iesniegums pašvaldībai”) of every demo e-service applied for through the
 * municipality's portal without a form of its own: what is asked, in the applicant's words, with attachments.
 */
export const GENERAL_FORM: FormDefinition = {
  pages: [
    page('iesniegums', 'Jūsu iesniegums', 'Your application', [
      q('lugums', 'textarea', 'Ko jūs lūdzat?', 'What are you asking for?', {
        hint: hint(
          'Aprakstiet savu lūgumu un apstākļus, kas speciālistam jāzina.',
          'Describe what you ask for and what the specialist needs to know.',
        ),
        maxLength: 5000,
      }),
      optional('pielikumi', 'file', 'Pielikumi', 'Attachments', {
        ...DOCUMENTS,
        hint: hint(
          'Dokumenti, kas minēti pakalpojuma aprakstā (PDF, attēli vai e-paraksta .edoc).',
          'The documents the service description lists (PDF, images or .edoc e-signed documents).',
        ),
        maxFiles: 5,
      }),
    ]),
  ],
};
