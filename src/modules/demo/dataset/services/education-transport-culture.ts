import type { ServiceSeed } from '../types';
import { applicationForm, BASIS, contact, DOC, feeNote, LAW, municipalAct } from './common';

const EDUCATION_BOARD = contact('Izglītības pārvalde', 'Education Board', '65462514', 'izglitiba@ilukste.lv');
const PAID_SERVICES_ACT = municipalAct(
  'saistošie noteikumi par maksas pakalpojumiem',
  'binding regulations on paid services',
);

/** Education, transport, culture and sport. */
export const EDUCATION_TRANSPORT_CULTURE_SERVICES: ServiceSeed[] = [
  {
    code: 'pirmsskolas-rinda',
    owner: 'izglitibas-parvalde',
    category: 'education',
    standard: {
      name: {
        lv: 'Bērna reģistrācija rindā uz vietu pašvaldības pirmsskolas izglītības iestādē',
        en: 'Registering a child in the queue for a municipal pre-school place',
      },
      description: {
        lv: 'Vecāki var reģistrēt bērnu rindā uz vietu pirmsskolas izglītības iestādē „Pasaciņa” Ilūkstē vai pirmsskolas grupās pagastu skolās jau no bērna dzimšanas. Reģistrējot norāda vēlamo iestādi un datumu, no kura vieta vajadzīga. Savu vietu rindā var redzēt e-pakalpojumu portālā; vietas piešķir rindas kārtībā, ievērojot saistošajos noteikumos noteiktās priekšrocības.',
        en: 'Parents can register a child for a place at the pre-school ‘Pasaciņa’ in Ilūkste or in a pre-school group at a parish school from birth. When registering, state the preferred institution and the date from which a place is needed. The position in the queue can be followed on the e-service portal; places are allocated in queue order, with the priorities set in the binding regulations.',
      },
      whoMayApply: {
        lv: 'Bērna vecāks vai likumiskais pārstāvis; priekšroka ir bērniem, kuru dzīvesvieta deklarēta Ilūkstes novadā.',
        en: 'A parent or legal representative of the child; children registered as resident in the Ilūkste municipality have priority.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: { lv: 'Iesniegums reģistrācijai rindā', en: 'Application for the queue' },
          note: {
            lv: 'Bērna dzimšanas apliecība nav jāuzrāda — ziņas pārbauda Fizisko personu reģistrā.',
            en: "The child's birth certificate is not needed — the data are checked in the Register of Natural Persons.",
          },
        },
        {
          name: {
            lv: 'Dokuments, kas apliecina tiesības uz priekšrocību, ja ziņas nav pašvaldības rīcībā',
            en: 'Proof of entitlement to priority, if the municipality does not hold the data',
          },
        },
      ],
      result: {
        lv: 'Bērns reģistrēts rindā; vecāks saņem apliecinājumu ar reģistrācijas datumu un kārtas numuru.',
        en: 'The child is in the queue; the parent receives a confirmation with the registration date and queue number.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Reģistrācija ir bez maksas; vecāki maksā par bērna ēdināšanu iestādē saskaņā ar domes apstiprināto maksu.',
        en: "Registration is free of charge; parents pay for the child's meals at the institution at the rate approved by the council.",
      },
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [
        LAW.education,
        LAW.generalEducation,
        municipalAct(
          'saistošie noteikumi par bērnu reģistrācijas un uzņemšanas kārtību pirmsskolas izglītības iestādēs',
          'binding regulations on registering and admitting children to pre-school institutions',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email', 'e_address', 'portal'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 3,
      contact: EDUCATION_BOARD,
      internalNotes:
        'Rinda veidojas automātiski pēc reģistrācijas datuma; priekšrocības (daudzbērnu ģimenes, bērni ar īpašām vajadzībām) atzīmēt, pārbaudot reģistros.',
      keywords: {
        lv: 'bērnudārzs bērnudārza rinda pirmsskola PII Pasaciņa rinda uz bērnudārzu pieteikt bērnu dārziņš',
        en: 'kindergarten pre-school nursery queue waiting list register a child',
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'uznemsana-1-klase',
    owner: 'izglitibas-parvalde',
    category: 'education',
    standard: {
      name: { lv: 'Bērna uzņemšana 1. klasē', en: 'Enrolling a child in the first grade' },
      description: {
        lv: 'Pamatizglītības ieguvi sāk tajā kalendārajā gadā, kurā bērnam aprit septiņi gadi; atkarībā no bērna veselības un sagatavotības mācības var sākt gadu agrāk vai vēlāk. Iesniegumu iesniedz izvēlētajā novada skolā vai jebkurā pakalpojumu centrā, no kura to pārsūta skolai. Novada skolas nodrošina skolēnu pārvadājumus un brīvpusdienas sākumskolas skolēniem.',
        en: 'Basic education starts in the calendar year in which the child turns seven; depending on the child’s health and readiness, school may start a year earlier or later. The application is made at the chosen school or at any service centre, which forwards it to the school. The municipality’s schools provide school transport and free lunches for primary pupils.',
      },
      whoMayApply: {
        lv: 'Bērna vecāks vai likumiskais pārstāvis.',
        en: 'A parent or legal representative of the child.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums par uzņemšanu 1. klasē', 'Application for admission to the first grade'),
        {
          name: {
            lv: 'Izziņa par pirmsskolas izglītības programmas apguvi, ja bērns to apguvis ārpus Ilūkstes novada',
            en: 'Certificate of completing pre-school education, if completed outside the Ilūkste municipality',
          },
        },
      ],
      result: {
        lv: 'Skolas direktora rīkojums par bērna uzņemšanu 1. klasē.',
        en: "The head teacher's order admitting the child to the first grade.",
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada izglītības iestāžu uzņemšanas kārtība: lēmumu par uzņemšanu pieņem 10 darbdienu laikā pēc iesnieguma saņemšanas.',
        en: 'Admission rules of the Ilūkste schools: the decision on admission is taken within 10 working days of the application.',
      },
      legalBasis: [
        LAW.generalEducation,
        LAW.education,
        municipalAct(
          'noteikumi par izglītojamo uzņemšanas kārtību novada vispārējās izglītības iestādēs',
          'rules on admitting pupils to the general education schools of the municipality',
        ),
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: EDUCATION_BOARD,
      internalNotes:
        'Iesniegumu pārsūtīt izvēlētajai skolai tajā pašā dienā; ja vecāki vēlas arī skolēnu pārvadājumus, piedāvāt uzreiz aizpildīt pieteikumu.',
      keywords: {
        lv: 'skola 1. klase pirmklasnieks uzņemšana skolā pieteikt skolā skolas gaitas',
        en: 'school first grade first year enrol in school starting school',
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'skolenu-parvadajumi',
    owner: 'izglitibas-parvalde',
    category: 'transport',
    standard: {
      name: { lv: 'Skolēnu pārvadājumi uz izglītības iestādēm', en: 'School transport' },
      description: {
        lv: 'Pašvaldība nodrošina skolēnu pārvadāšanu ar skolas autobusiem no dzīvesvietas uz novada izglītības iestādēm un atpakaļ maršrutos, kur nav piemērotu sabiedriskā transporta reisu. Lai bērnu iekļautu pārvadājumu sarakstā, vecāki iesniedz iesniegumu skolā vai pakalpojumu centrā. Maršruti un kustības saraksti ir pieejami vietnē www.ilukste.lv.',
        en: 'The municipality carries pupils by school bus between home and the municipality’s schools on routes without suitable public transport. To put a child on the list, parents apply at the school or a service centre. Routes and timetables are published at www.ilukste.lv.',
      },
      whoMayApply: {
        lv: 'Izglītojamā vecāks vai likumiskais pārstāvis, ja bērna dzīvesvieta deklarēta Ilūkstes novadā un viņš mācās novada izglītības iestādē.',
        en: 'A parent or legal representative, if the child is registered as resident in the Ilūkste municipality and attends one of its schools.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums, kurā norādīta bērna dzīvesvieta un vēlamā pieturvieta',
          "Application stating the child's home and the preferred stop",
        ),
      ],
      result: {
        lv: 'Bērns iekļauts skolēnu pārvadājumu sarakstā; vecāki saņem informāciju par maršrutu un pieturu.',
        en: 'The child is on the school transport list; parents are told the route and the stop.',
      },
      feeCents: 0,
      feeNote: { lv: 'Skolēnu pārvadājumi ir bez maksas.', en: 'School transport is free of charge.' },
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.submissions,
      legalBasis: [
        LAW.education,
        municipalAct(
          'saistošie noteikumi par izglītojamo pārvadājumiem',
          'binding regulations on school transport',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: EDUCATION_BOARD,
      internalNotes: 'Izmaiņas maršrutos saskaņot ar autobusu vadītājiem līdz katra mēneša 25. datumam.',
      keywords: {
        lv: 'skolas autobuss skolēnu pārvadājumi autobuss uz skolu maršruts pietura skolēnu transports',
        en: 'school bus school transport bus to school route stop',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'brauksanas-izdevumu-kompensacija',
    owner: 'izglitibas-parvalde',
    category: 'transport',
    standard: {
      name: {
        lv: 'Braukšanas izdevumu kompensācija skolēniem',
        en: "Reimbursement of pupils' travel costs",
      },
      description: {
        lv: 'Ja skolēns uz novada izglītības iestādi brauc ar reģionālo sabiedrisko transportu, jo skolas autobusa maršruts viņa dzīvesvietai neder, pašvaldība kompensē biļešu izdevumus. Kompensāciju aprēķina reizi mēnesī pēc iesniegtajām biļetēm vai pārvadātāja izdrukas. Valstī noteiktos braukšanas maksas atvieglojumus, piemēram, bērniem ar invaliditāti, piemēro pārvadātājs.',
        en: 'If a pupil travels to a municipal school by regional public transport because no school bus route suits their home, the municipality reimburses the tickets. The amount is calculated monthly from the tickets or the carrier’s statement. Fare concessions set by the state, for example for children with disabilities, are applied by the carrier.',
      },
      whoMayApply: {
        lv: 'Izglītojamā vecāks vai pilngadīgs izglītojamais, kura dzīvesvieta deklarēta Ilūkstes novadā.',
        en: 'A parent of the pupil, or an adult pupil, registered as resident in the Ilūkste municipality.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums, kurā norādīts bankas konts', 'Application stating a bank account'),
        {
          name: {
            lv: 'Biļetes vai pārvadātāja izdruka par braucieniem',
            en: "Tickets or the carrier's statement of journeys",
          },
        },
      ],
      result: {
        lv: 'Kompensācija pārskaitīta uz norādīto kontu.',
        en: 'The reimbursement is transferred to the account given.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par izglītojamo braukšanas izdevumu kompensāciju: kompensāciju izmaksā 10 darbdienu laikā pēc dokumentu saņemšanas.',
        en: "Ilūkste binding regulations on pupils' travel costs: the reimbursement is paid within 10 working days of receiving the documents.",
      },
      legalBasis: [
        LAW.education,
        municipalAct(
          'saistošie noteikumi par izglītojamo braukšanas izdevumu kompensāciju',
          "binding regulations on reimbursing pupils' travel costs",
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: EDUCATION_BOARD,
      internalNotes: 'Biļetes pieņem līdz nākamā mēneša 10. datumam; skenētas biļetes pievienot lietai.',
      keywords: {
        lv: 'braukšanas kompensācija biļetes skolēniem autobusa biļete transporta izdevumi braukšanas maksas atvieglojumi',
        en: 'travel reimbursement bus tickets pupils transport costs fare concessions',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'nobrauktuves-saskanosana',
    owner: 'komunala-nodala',
    category: 'transport',
    standard: {
      name: {
        lv: 'Nobrauktuves izbūves saskaņošana pie pašvaldības ceļa',
        en: 'Permission to build a driveway onto a municipal road',
      },
      description: {
        lv: 'Lai izbūvētu jaunu vai pārbūvētu esošu nobrauktuvi no pašvaldības ceļa vai ielas uz īpašumu, jāsaņem pašvaldības tehniskie noteikumi. Tajos nosaka nobrauktuves vietu, platumu, caurtekas izmēru un seguma prasības. Pēc izbūves Komunālā nodaļa pārbauda, vai nobrauktuve atbilst tehniskajiem noteikumiem.',
        en: 'To build or rebuild a driveway from a municipal road or street to a property, you need technical conditions from the municipality. They set the position, width, culvert size and surface of the driveway. After construction the Municipal Services Department checks that it meets the conditions.',
      },
      whoMayApply: {
        lv: 'Zemes īpašnieks vai tiesiskais valdītājs.',
        en: 'The owner or lawful possessor of the land.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums ar situācijas plānu, kurā atzīmēta plānotā nobrauktuve',
          'Application with a site plan marking the planned driveway',
        ),
      ],
      result: {
        lv: 'Tehniskie noteikumi nobrauktuves izbūvei; pēc izbūves — atzīme par pieņemšanu.',
        en: 'Technical conditions for the driveway; after construction, a mark of acceptance.',
      },
      feeCents: 0,
      processingTime: 15,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada pakalpojumu standarts: tehniskos noteikumus izsniedz 15 darbdienu laikā, ieskaitot apsekošanu dabā.',
        en: 'Ilūkste service standard: technical conditions are issued within 15 working days, including a site visit.',
      },
      legalBasis: [LAW.roads, LAW.construction],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: contact('Komunālā nodaļa', 'Municipal Services Department', '65462290', 'komunala@ilukste.lv'),
      internalNotes:
        'Apsekošanu dabā apvienot ar citiem izbraukumiem uz to pašu pagastu; ziemā apsekošanu var atlikt, par to paziņojot iesniedzējam.',
      keywords: {
        lv: 'nobrauktuve iebrauktuve caurteka pieslēgums ceļam iebraukšana īpašumā',
        en: 'driveway road access culvert entrance from the road',
      },
      reviewDue: '2027-05-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'bibliotekas-lasitaja-karte',
    owner: 'biblioteka',
    category: 'culture-sport',
    standard: {
      name: { lv: 'Bibliotēkas lasītāja karte', en: 'Library card' },
      description: {
        lv: 'Ilūkstes novada bibliotēkā un tās filiālēs pagastos lasītāju reģistrē un lasītāja karti izsniedz uzreiz. Ar karti var ņemt grāmatas un periodiku uz mājām, pasūtīt izdevumus no citām bibliotēkām un izmantot datorus un internetu. Pieteikties var arī tiešsaistē un karti saņemt bibliotēkā.',
        en: 'The Ilūkste Municipal Library and its branches in the parishes register readers and issue a library card at once. With the card you can borrow books and periodicals, order items from other libraries and use the computers and internet. You can also sign up online and collect the card at the library.',
      },
      whoMayApply: {
        lv: 'Ikviens interesents; bērnus līdz 14 gadu vecumam reģistrē ar vecāku vai likumiskā pārstāvja piekrišanu.',
        en: 'Anyone; children under 14 are registered with the consent of a parent or legal representative.',
      },
      requiredDocuments: [DOC.identity],
      result: {
        lv: 'Lasītāja karte un tiesības izmantot bibliotēkas pakalpojumus.',
        en: 'A library card and the right to use the library services.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Lasītāja karte ir bez maksas; nozaudētu karti atjauno par 1,00 euro.',
        en: 'The library card is free; a lost card is replaced for EUR 1.00.',
      },
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [
        LAW.libraries,
        municipalAct(
          'Ilūkstes novada bibliotēkas lietošanas noteikumi',
          'rules for using the municipal library',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'portal'],
      receiveChannels: ['in_person'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 2,
      contact: contact(
        'Ilūkstes novada bibliotēka',
        'Ilūkste Municipal Library',
        '65462197',
        'biblioteka@ilukste.lv',
      ),
      internalNotes:
        'Pagastos karti noformē pagasta bibliotēkas filiālē; ja pakalpojumu centrā filiāles nav, pieteikumu nosūtīt bibliotēkai, un karti izsūtīt pa pastu.',
      keywords: {
        lv: 'bibliotēka lasītāja karte grāmatas lasīt bibliotēkas karte pierakstīties bibliotēkā',
        en: 'library library card books borrow books join the library',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'sporta-zales-noma',
    owner: 'sporta-skola',
    category: 'culture-sport',
    standard: {
      name: { lv: 'Sporta zāles un stadiona noma', en: 'Renting the sports hall and stadium' },
      description: {
        lv: 'Ilūkstes sporta skola iznomā sporta zāli, trenažieru zāli un stadionu treniņiem, sacensībām un sporta pasākumiem laikā, kad nenotiek skolas nodarbības. Brīvos laikus var uzzināt sporta skolā, pakalpojumu centrā vai e-pakalpojumu portālā. Regulārām nodarbībām slēdz nomas līgumu uz sezonu.',
        en: 'The Ilūkste Sports School rents out the sports hall, gym and stadium for training, competitions and sports events outside school hours. Free times can be checked at the sports school, a service centre or the e-service portal. For regular sessions a seasonal rental agreement is signed.',
      },
      whoMayApply: {
        lv: 'Fiziska vai juridiska persona, arī sporta biedrības un komandas.',
        en: 'A natural or legal person, including sports clubs and teams.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums, kurā norādīts datums, laiks, nodarbības veids un dalībnieku skaits',
          'Application stating the date, time, activity and number of participants',
        ),
      ],
      result: {
        lv: 'Rezervācijas apstiprinājums vai sezonas nomas līgums un rēķins.',
        en: 'A booking confirmation or a seasonal rental agreement, and an invoice.',
      },
      feeCents: 2000,
      feeNote: feeNote(
        'Sporta zāles noma ir 20,00 euro stundā, stadiona noma — 15,00 euro stundā; novada bērnu un jauniešu komandām un senioru grupām piemēro atlaides saskaņā ar cenrādi.',
        'The sports hall costs EUR 20.00 per hour and the stadium EUR 15.00 per hour; discounts apply to local children’s and youth teams and senior groups under the price list.',
      ),
      processingTime: 3,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada pakalpojumu standarts: rezervāciju apstiprina triju darbdienu laikā.',
        en: 'Ilūkste service standard: the booking is confirmed within three working days.',
      },
      legalBasis: [LAW.localGovernments, PAID_SERVICES_ACT],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: contact(
        'Ilūkstes sporta skola',
        'Ilūkste Sports School',
        '65462230',
        'sporta.skola@ilukste.lv',
      ),
      internalNotes:
        'Sezonas grafiku apstiprina sporta skolas direktors līdz 1. septembrim; vienreizējas rezervācijas ievadīt koplietošanas kalendārā.',
      keywords: {
        lv: 'sporta zāle noma stadions trenažieru zāle īrēt zāli treniņš basketbols futbols',
        en: 'sports hall rental stadium gym book a hall training basketball football',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
];
