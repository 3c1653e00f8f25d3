import type { FormDefinition } from '../../../eforms/definition';
import { BOOKING_DATE, bookingTime, DOCUMENTS, hint, opt, optional, PHOTOS, page, q, when } from './helpers';

const CADASTRE = q(
  'kadastra_apzimejums',
  'text',
  'Zemes vienības kadastra apzīmējums',
  'Cadastral designation of the land unit',
  {
    hint: hint(
      '11 cipari, piemēram, 44600010123. Atrodams kadastrs.lv vai zemesgrāmatā.',
      '11 digits, for example 44600010123. Found on kadastrs.lv or in the land register.',
    ),
    maxLength: 14,
  },
);

const PROPERTY_ADDRESS = q('adrese', 'address', 'Īpašuma adrese', 'Address of the property');

export const DAMAGE_REPORT_FORM: FormDefinition = {
  pages: [
    page('bojajums', 'Bojājums', 'The fault', [
      q('adrese', 'address', 'Mājas adrese', 'Address of the building'),
      optional('dzivoklis', 'text', 'Dzīvokļa numurs', 'Flat number', { maxLength: 10 }),
      q('veids', 'choice', 'Kas ir bojāts?', 'What is broken?', {
        options: [
          opt('jumts', 'Jumts vai notekas', 'Roof or gutters'),
          opt('apkure', 'Apkure', 'Heating'),
          opt('udens', 'Ūdensvads vai kanalizācija', 'Water supply or sewerage'),
          opt('elektriba', 'Elektrība kāpņu telpā', 'Electricity in the stairwell'),
          opt('durvis', 'Ārdurvis vai logi', 'Entrance door or windows'),
          opt('cits', 'Kas cits', 'Something else'),
        ],
      }),
      q('apraksts', 'textarea', 'Aprakstiet bojājumu', 'Describe the fault', {
        hint: hint(
          'Kur tieši, kopš kura laika, vai tas apdraud cilvēkus vai mantu.',
          'Where exactly, since when, and whether it endangers people or property.',
        ),
        maxLength: 2000,
      }),
      optional('foto', 'file', 'Fotogrāfijas', 'Photos', { maxFiles: 5, ...PHOTOS }),
    ]),
  ],
};

export const EXCAVATION_FORM: FormDefinition = {
  pages: [
    page('vieta', 'Darbu vieta', 'Place of works', [
      q('adrese', 'address', 'Darbu vietas adrese vai apraksts', 'Address or description of the place'),
      optional('kadastra_apzimejums', 'text', CADASTRE.label.lv, CADASTRE.label.en, {
        hint: CADASTRE.hint,
        maxLength: 14,
      }),
      q('darbu_merkis', 'choice', 'Kādiem darbiem?', 'What works?', {
        options: [
          opt('udensvads', 'Ūdensvada vai kanalizācijas pieslēgums', 'Water or sewer connection'),
          opt('elektriba', 'Elektrības kabelis', 'Power cable'),
          opt('sakari', 'Sakaru tīkls', 'Telecommunications'),
          opt('gaze', 'Gāzesvads', 'Gas pipe'),
          opt('cits', 'Cits', 'Other'),
        ],
      }),
      q('apraksts', 'textarea', 'Darbu apraksts', 'Description of the works', { maxLength: 2000 }),
    ]),
    page('laiks', 'Laiks un satiksme', 'Time and traffic', [
      q('sakums', 'date', 'Darbu sākums', 'Start of works', { dateRule: 'future' }),
      q('beigas', 'date', 'Darbu beigas', 'End of works', { dateRule: 'future' }),
      q(
        'satiksme',
        'yesno',
        'Vai darbu laikā tiks ierobežota satiksme?',
        'Will traffic be restricted during the works?',
      ),
      q('satiksmes_shema', 'file', 'Satiksmes organizācijas shēma', 'Traffic management plan', {
        maxFiles: 3,
        ...DOCUMENTS,
        ...when('satiksme', 'yes'),
      }),
      q('darbu_shema', 'file', 'Darbu veikšanas shēma (rasējumi)', 'Plan of the works (drawings)', {
        maxFiles: 5,
        ...DOCUMENTS,
      }),
      q(
        'saskanojumi',
        'file',
        'Inženiertīklu turētāju saskaņojumi',
        'Consent of the utility network operators',
        {
          maxFiles: 10,
          ...DOCUMENTS,
        },
      ),
    ]),
  ],
};

export const TREE_FELLING_FORM: FormDefinition = {
  pages: [
    page('koki', 'Koki', 'The trees', [
      PROPERTY_ADDRESS,
      CADASTRE,
      q('koku_skaits', 'number', 'Cik koku vēlaties nocirst?', 'How many trees would you like to fell?', {
        min: 1,
        max: 500,
        integer: true,
      }),
      q('sugas', 'text', 'Koku sugas', 'Tree species', {
        hint: hint('Piemēram, bērzs, liepa.', 'For example, birch, lime.'),
        maxLength: 200,
      }),
      q('iemesls', 'choice', 'Kāpēc koki jānocērt?', 'Why must the trees be felled?', {
        options: [
          opt(
            'bistams',
            'Koks ir bīstams (sauss, bojāts, sasvēries)',
            'The tree is dangerous (dead, damaged, leaning)',
          ),
          opt('buvnieciba', 'Būvniecības dēļ', 'Because of building works'),
          opt('ainava', 'Ainavas kopšanai', 'Landscape care'),
          opt('cits', 'Cits iemesls', 'Another reason'),
        ],
      }),
      q('iemesla_apraksts', 'textarea', 'Aprakstiet iemeslu', 'Describe the reason', {
        maxLength: 1000,
        ...when('iemesls', 'cits', 'buvnieciba'),
      }),
    ]),
    page('dokumenti', 'Dokumenti', 'Documents', [
      q('ipasnieks', 'yesno', 'Vai esat zemes īpašnieks?', 'Are you the owner of the land?'),
      q(
        'ipasnieka_piekrisana',
        'file',
        'Zemes īpašnieka rakstiska piekrišana',
        'Written consent of the landowner',
        {
          maxFiles: 2,
          ...DOCUMENTS,
          ...when('ipasnieks', 'no'),
        },
      ),
      q('foto', 'file', 'Koku fotogrāfijas', 'Photos of the trees', { maxFiles: 10, ...PHOTOS }),
      optional(
        'plans',
        'file',
        'Zemes robežu plāna kopija ar atzīmētiem kokiem',
        'Copy of the boundary plan with the trees marked',
        {
          maxFiles: 2,
          ...DOCUMENTS,
        },
      ),
    ]),
  ],
};

export const PUBLIC_EVENT_FORM: FormDefinition = {
  pages: [
    page('pasakums', 'Pasākums', 'The event', [
      q('nosaukums', 'text', 'Pasākuma nosaukums', 'Name of the event', { maxLength: 150 }),
      q('veids', 'choice', 'Pasākuma veids', 'Kind of event', {
        options: [
          opt('koncerts', 'Koncerts vai izrāde', 'Concert or performance'),
          opt('tirgus', 'Gadatirgus vai tirdziņš', 'Fair or market'),
          opt('sports', 'Sporta sacensības', 'Sports competition'),
          opt('svetki', 'Svētki vai festivāls', 'Festival'),
          opt('cits', 'Cits', 'Other'),
        ],
      }),
      q('vieta', 'address', 'Norises vieta', 'Venue'),
      BOOKING_DATE,
      bookingTime('12:00–23:00'),
      q('apmekletaji', 'number', 'Cik apmeklētāju gaidāt?', 'How many visitors do you expect?', {
        min: 1,
        max: 100000,
        integer: true,
      }),
    ]),
    page('drosiba', 'Drošība un atļaujas', 'Safety and permissions', [
      q('alkohols', 'yesno', 'Vai pasākumā tirgos alkoholiskos dzērienus?', 'Will alcoholic drinks be sold?'),
      q('tirgotaji', 'textarea', 'Kas tirgos alkoholu?', 'Who will sell the alcohol?', {
        hint: hint('Tirgotāja nosaukums un licences numurs.', 'The trader’s name and licence number.'),
        maxLength: 500,
        ...when('alkohols', 'yes'),
      }),
      q(
        'vietas_plans',
        'file',
        'Norises vietas plāns un drošības pasākumu apraksts',
        'Site plan and description of safety measures',
        {
          maxFiles: 5,
          ...DOCUMENTS,
        },
      ),
      q(
        'ipasnieka_piekrisana',
        'file',
        'Teritorijas īpašnieka rakstiska piekrišana',
        'Written consent of the owner of the site',
        {
          maxFiles: 2,
          ...DOCUMENTS,
        },
      ),
    ]),
  ],
};

export const TAX_RELIEF_FORM: FormDefinition = {
  pages: [
    page('ipasums', 'Īpašums', 'The property', [
      PROPERTY_ADDRESS,
      optional('kadastra_numurs', 'text', 'Kadastra numurs', 'Cadastral number', { maxLength: 14 }),
      q('grupa', 'choice', 'Kāpēc jums pienākas atvieglojums?', 'Why are you entitled to relief?', {
        options: [
          opt('trucigs', 'Trūcīga vai maznodrošināta mājsaimniecība', 'Needy or low-income household'),
          opt('daudzbernu', 'Daudzbērnu ģimene', 'Large family'),
          opt('invaliditate', 'I vai II grupas invaliditāte', 'Group I or II disability'),
          opt('pensionars', 'Vientuļš pensionārs', 'Pensioner living alone'),
        ],
      }),
      q('gads', 'number', 'Par kuru gadu?', 'For which year?', { min: 2020, max: 2100, integer: true }),
      optional(
        'apliecinajums',
        'file',
        'Dokumenti, kas apliecina atbilstību grupai',
        'Documents showing you belong to the group',
        {
          hint: hint(
            'Tikai tad, ja ziņas nav valsts vai pašvaldības reģistros.',
            'Only if the facts are not in state or municipal registers.',
          ),
          maxFiles: 5,
          ...DOCUMENTS,
        },
      ),
    ]),
  ],
};

export const DOG_FORM: FormDefinition = {
  pages: [
    page('suns', 'Suns', 'The dog', [
      q('suna_vards', 'text', 'Suņa vārds', 'The dog’s name', { maxLength: 60 }),
      q('mikrosema', 'text', 'Mikroshēmas numurs', 'Microchip number', {
        hint: hint('15 cipari.', '15 digits.'),
        maxLength: 15,
      }),
      q('skirne', 'text', 'Šķirne', 'Breed', {
        hint: hint('Ja jaukta, rakstiet „jaukta”.', 'If mixed, write ‘mixed’.'),
        maxLength: 100,
      }),
      q('dzimsanas_datums', 'date', 'Suņa dzimšanas datums', 'The dog’s date of birth', { dateRule: 'past' }),
      q('turesanas_adrese', 'address', 'Kur suni tur?', 'Where is the dog kept?'),
      q('atlaide', 'yesno', 'Vai jums pienākas nodevas atlaide?', 'Are you entitled to a reduced fee?', {
        hint: hint(
          'Piemēram, pensionāriem, personām ar invaliditāti vai par sterilizētu suni.',
          'For example for pensioners, people with a disability, or a neutered dog.',
        ),
      }),
      q('atlaides_dokuments', 'file', 'Atlaidi apliecinošs dokuments', 'Document showing the reduction', {
        maxFiles: 2,
        ...DOCUMENTS,
        ...when('atlaide', 'yes'),
      }),
    ]),
  ],
};

export const PREMISES_FORM: FormDefinition = {
  pages: [
    page('telpas', 'Telpas un laiks', 'Premises and time', [
      q('telpa', 'choice', 'Kuras telpas vēlaties nomāt?', 'Which premises would you like to rent?', {
        options: [
          opt('kulturas_nams', 'Ilūkstes kultūras nama lielā zāle', 'Main hall of Ilūkste culture house'),
          opt('subate', 'Subates kultūras nams', 'Subate culture house'),
          opt('pagasts', 'Pagasta pārvaldes zāle', 'Parish administration hall'),
        ],
      }),
      BOOKING_DATE,
      bookingTime(),
      q('merkis', 'choice', 'Kādam nolūkam?', 'What for?', {
        options: [
          opt('gimenes', 'Ģimenes svinības', 'Family celebration'),
          opt('sapulce', 'Sapulce vai seminārs', 'Meeting or seminar'),
          opt('komercials', 'Komercpasākums', 'Commercial event'),
        ],
      }),
      q('dalibnieki', 'number', 'Cik dalībnieku būs?', 'How many people will attend?', {
        min: 1,
        max: 500,
        integer: true,
      }),
      optional('aprikojums', 'choices', 'Vajadzīgais aprīkojums', 'Equipment needed', {
        options: [
          opt('skana', 'Skaņas aparatūra', 'Sound system'),
          opt('projektors', 'Projektors', 'Projector'),
          opt('virtuve', 'Virtuve', 'Kitchen'),
        ],
      }),
    ]),
  ],
};
