import type { FormDefinition } from '../../../eforms/definition';
import {
  BOOKING_DATE,
  bookingTime,
  CHILD_BIRTH_DATE,
  CHILD_NAME,
  CHILD_PERSONAL_CODE,
  DOCUMENTS,
  hint,
  opt,
  optional,
  page,
  q,
  SCHOOLS,
  when,
} from './helpers';

const CHILD = [CHILD_NAME, CHILD_PERSONAL_CODE, CHILD_BIRTH_DATE];

export const KINDERGARTEN_FORM: FormDefinition = {
  pages: [
    page('berns', 'Bērns', 'The child', CHILD),
    page('iestade', 'Iestāde', 'The institution', [
      q('iestade', 'choice', 'Kurā iestādē vēlaties vietu?', 'Where would you like a place?', {
        options: [
          opt('pasacina', 'PII „Pasaciņa”, Ilūkste', 'Pre-school ‘Pasaciņa’, Ilūkste'),
          opt('subate', 'Subates pamatskolas pirmsskolas grupa', 'Pre-school group of Subate primary school'),
          opt(
            'eglaine',
            'Eglaines pamatskolas pirmsskolas grupa',
            'Pre-school group of Eglaine primary school',
          ),
          opt(
            'bebrene',
            'Bebrenes vispārizglītojošās skolas pirmsskolas grupa',
            'Pre-school group of Bebrene general school',
          ),
        ],
      }),
      q('no_kura_datuma', 'date', 'No kura datuma vieta vajadzīga?', 'From which date is a place needed?', {
        dateRule: 'future',
      }),
      q(
        'prioritate',
        'yesno',
        'Vai bērnam ir tiesības uz vietu ārpus kārtas?',
        'Is the child entitled to a place out of turn?',
        {
          hint: hint(
            'Piemēram, daudzbērnu ģimenes bērns, bērns ar invaliditāti vai bērns, kura brālis vai māsa jau apmeklē šo iestādi.',
            'For example a child of a large family, a child with a disability, or one whose brother or sister already attends.',
          ),
        },
      ),
      q('prioritates_pamats', 'choice', 'Kāds ir pamats?', 'On what grounds?', {
        options: [
          opt('daudzbernu', 'Daudzbērnu ģimene', 'Large family'),
          opt('invaliditate', 'Bērnam ir invaliditāte', 'The child has a disability'),
          opt('brali_masas', 'Brālis vai māsa jau apmeklē iestādi', 'A brother or sister already attends'),
          opt('cits', 'Cits pamats', 'Other grounds'),
        ],
        ...when('prioritate', 'yes'),
      }),
      optional(
        'prioritates_dokuments',
        'file',
        'Dokuments, kas apliecina pamatu',
        'Document showing the grounds',
        {
          hint: hint(
            'Nav vajadzīgs, ja ziņas ir valsts reģistros.',
            'Not needed if the facts are in state registers.',
          ),
          maxFiles: 3,
          ...DOCUMENTS,
          ...when('prioritate', 'yes'),
        },
      ),
    ]),
  ],
};

export const FIRST_GRADE_FORM: FormDefinition = {
  pages: [
    page('berns', 'Bērns', 'The child', CHILD),
    page('skola', 'Skola', 'The school', [
      q(
        'skola',
        'choice',
        'Kurā skolā vēlaties bērnu uzņemt?',
        'Which school would you like the child to attend?',
        {
          options: SCHOOLS,
        },
      ),
      q(
        'mazakumtautibu',
        'yesno',
        'Vai vēlaties mazākumtautību izglītības programmu?',
        'Would you like a minority education programme?',
      ),
      q(
        'pirmsskola_arpus',
        'yesno',
        'Vai bērns pirmsskolu apguva ārpus Ilūkstes novada?',
        'Did the child attend pre-school outside Ilūkste municipality?',
      ),
      q(
        'pirmsskolas_izzina',
        'file',
        'Izziņa par pirmsskolas izglītības programmas apguvi',
        'Statement of completing pre-school education',
        {
          maxFiles: 2,
          ...DOCUMENTS,
          ...when('pirmsskola_arpus', 'yes'),
        },
      ),
    ]),
  ],
};

export const SCHOOL_BUS_FORM: FormDefinition = {
  pages: [
    page('skolens', 'Skolēns', 'The pupil', [
      CHILD_NAME,
      CHILD_PERSONAL_CODE,
      q('izglitibas_iestade', 'choice', 'Kurā skolā bērns mācās?', 'Which school does the child attend?', {
        options: SCHOOLS,
      }),
      q('klase', 'number', 'Klase', 'Grade', { min: 1, max: 12, integer: true }),
    ]),
    page('marsruts', 'Maršruts', 'Route', [
      q('iekapsanas_vieta', 'address', 'Kur bērns iekāps autobusā?', 'Where will the child board the bus?', {
        hint: hint('Pieturas nosaukums vai mājas adrese.', 'The stop’s name or the home address.'),
      }),
      q('virziens', 'choice', 'Kad pārvadājums vajadzīgs?', 'When is transport needed?', {
        options: [
          opt('abos', 'Uz skolu un atpakaļ', 'To school and back'),
          opt('uz_skolu', 'Tikai uz skolu', 'Only to school'),
          opt('no_skolas', 'Tikai no skolas', 'Only from school'),
        ],
      }),
      q('no_kura_datuma', 'date', 'No kura datuma?', 'From which date?', { dateRule: 'future' }),
    ]),
  ],
};

export const SPORTS_HALL_FORM: FormDefinition = {
  pages: [
    page('noma', 'Noma', 'The booking', [
      q('telpa', 'choice', 'Ko vēlaties nomāt?', 'What would you like to rent?', {
        options: [
          opt('zale', 'Sporta zāle', 'Sports hall'),
          opt('trenazieri', 'Trenažieru zāle', 'Gym'),
          opt('stadions', 'Stadions', 'Stadium'),
        ],
      }),
      BOOKING_DATE,
      bookingTime('18:00–20:00'),
      q(
        'regulari',
        'yesno',
        'Vai nodarbības būs regulāras visu sezonu?',
        'Will the sessions be regular for the whole season?',
      ),
      q('nedelas_dienas', 'choices', 'Kurās nedēļas dienās?', 'On which days of the week?', {
        options: [
          opt('pirmdiena', 'Pirmdiena', 'Monday'),
          opt('otrdiena', 'Otrdiena', 'Tuesday'),
          opt('tresdiena', 'Trešdiena', 'Wednesday'),
          opt('ceturtdiena', 'Ceturtdiena', 'Thursday'),
          opt('piektdiena', 'Piektdiena', 'Friday'),
          opt('sestdiena', 'Sestdiena', 'Saturday'),
          opt('svetdiena', 'Svētdiena', 'Sunday'),
        ],
        ...when('regulari', 'yes'),
      }),
      q('dalibnieki', 'number', 'Cik dalībnieku būs?', 'How many people will take part?', {
        min: 1,
        max: 2000,
        integer: true,
      }),
      optional(
        'merkis',
        'textarea',
        'Nodarbības vai pasākuma apraksts',
        'Description of the session or event',
        { maxLength: 1000 },
      ),
    ]),
  ],
};
