import type { ServiceSeed } from '../types';
import { applicationForm, contact, DOC, feeNote, LAW, municipalAct } from './common';

const DEVELOPMENT = contact(
  'Attīstības nodaļa',
  'Development Department',
  '65462605',
  'attistiba@ilukste.lv',
);

/** Trade, events, advertising and support for business. */
export const BUSINESS_SERVICES: ServiceSeed[] = [
  {
    code: 'ielu-tirdzniecibas-atlauja',
    owner: 'attistibas-nodala',
    category: 'business',
    standard: {
      name: {
        lv: 'Ielu tirdzniecības atļauja publiskās vietās',
        en: 'Street trading permit in public places',
      },
      description: {
        lv: 'Lai tirgotos publiskā vietā — ielā, laukumā, pasākumā vai no pārvietojamā tirdzniecības punkta, — vajadzīga pašvaldības tirdzniecības atļauja. Atļaujā norāda tirdzniecības vietu, laiku un preču grupas. Pašvaldības rīkotos pasākumos tirdzniecības vietas ierāda pasākuma organizators, bet atļauju noformē tāpat.',
        en: 'Trading in a public place — a street, square, event or from a mobile stall — requires a municipal trading permit. The permit states the place, the time and the groups of goods. At events organised by the municipality the organiser assigns the pitches, but the permit is issued in the same way.',
      },
      whoMayApply: {
        lv: 'Komersants, saimnieciskās darbības veicējs, lauksaimniecības produkcijas ražotājs vai fiziska persona, kas tirgo pašas audzētu vai ražotu produkciju.',
        en: 'A company, a self-employed person, a farmer, or a private person selling produce they have grown or made themselves.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums tirdzniecības atļaujas saņemšanai', 'Application for a trading permit'),
        {
          name: {
            lv: 'Pārtikas un veterinārā dienesta reģistrācijas numurs, ja tirgo pārtiku',
            en: 'Registration number from the Food and Veterinary Service, if selling food',
          },
        },
        {
          name: {
            lv: 'Zemes īpašnieka saskaņojums, ja tirdzniecības vieta nav pašvaldības zemē',
            en: "The landowner's consent, if the pitch is not on municipal land",
          },
        },
      ],
      result: {
        lv: 'Tirdzniecības atļauja noteiktai vietai un laikam.',
        en: 'A trading permit for a specific place and time.',
      },
      feeCents: 300,
      feeNote: feeNote(
        'Pašvaldības nodeva par tirdzniecību publiskās vietās ir 3,00 euro dienā par vienu tirdzniecības vietu; lauksaimniecības produkcijas ražotāji, kas tirgo pašu audzētu produkciju, nodevu nemaksā.',
        'The municipal fee for trading in public places is EUR 3.00 per day per pitch; farmers selling their own produce pay no fee.',
      ),
      processingTime: 5,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par ielu tirdzniecību: atļauju izsniedz piecu darbdienu laikā pēc pilnīga iesnieguma saņemšanas.',
        en: 'Ilūkste binding regulations on street trading: the permit is issued within five working days of a complete application.',
      },
      legalBasis: [
        LAW.trading,
        municipalAct(
          'saistošie noteikumi „Par ielu tirdzniecību un pašvaldības nodevu par tirdzniecību publiskās vietās”',
          'binding regulations on street trading and the fee for trading in public places',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: DEVELOPMENT,
      internalNotes:
        'Vienas dienas atļauju novada svētkos var izsniegt uz vietas, ja tirgotājs ir pasākuma organizatora sarakstā; nodevu iekasē kasē.',
      keywords: {
        lv: 'ielu tirdzniecība tirdzniecības atļauja tirgoties tirgus pasākums ielu tirgotājs izbraukuma tirdzniecība',
        en: 'street trading trading permit market stall sell at an event mobile trade',
      },
      reviewDue: '2027-03-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'publisku-pasakumu-atlauja',
    owner: 'attistibas-nodala',
    category: 'business',
    standard: {
      name: {
        lv: 'Atļauja publiska izklaides vai svētku pasākuma rīkošanai',
        en: 'Permit to hold a public entertainment or festive event',
      },
      description: {
        lv: 'Publiska pasākuma rīkošanai publiskā vietā, piemēram, koncertam, gadatirgum vai sporta sacensībām brīvā dabā, vajadzīga pašvaldības atļauja. Iesniegumu iesniedz ne vēlāk kā 15 dienas pirms pasākuma; pašvaldība informē Valsts policiju un citus dienestus un atļaujā nosaka pasākuma norises nosacījumus. Atļauja nav vajadzīga pasākumiem telpās un pasākumiem, ko rīko valsts vai pašvaldības iestāde.',
        en: 'A public event in a public place — such as a concert, a fair or an outdoor sports competition — needs a municipal permit. The application is made no later than 15 days before the event; the municipality informs the State Police and other services and sets the conditions of the event in the permit. No permit is needed for indoor events or events organised by a state or municipal institution.',
      },
      whoMayApply: {
        lv: 'Pasākuma organizators — pilngadīga fiziska persona vai juridiska persona.',
        en: 'The organiser of the event — an adult natural person or a legal person.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums ar pasākuma aprakstu, norises vietu un laiku, plānoto apmeklētāju skaitu un atbildīgajām personām',
          'Application describing the event, its place and time, the expected number of visitors and the persons responsible',
        ),
        {
          name: {
            lv: 'Zemes vai teritorijas īpašnieka rakstiska piekrišana',
            en: 'Written consent of the owner of the land or site',
          },
        },
        {
          name: {
            lv: 'Pasākuma norises vietas plāns un drošības pasākumu apraksts',
            en: 'A plan of the site and a description of the safety measures',
          },
        },
      ],
      result: {
        lv: 'Pašvaldības atļauja publiska pasākuma rīkošanai vai pamatots atteikums.',
        en: 'A municipal permit to hold the event, or a reasoned refusal.',
      },
      feeCents: 0,
      feeNote: { lv: 'Atļauja ir bez maksas.', en: 'The permit is free of charge.' },
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Publisku izklaides un svētku pasākumu drošības likuma 5. pants: iesniegumu iesniedz ne vēlāk kā 15 dienas pirms pasākuma; Ilūkstes novadā lēmumu pieņem 10 darbdienu laikā, bet ne vēlāk kā piecas dienas pirms pasākuma.',
        en: 'Section 5 of the Law on the Safety of Public Entertainment and Festivity Events: the application is made at least 15 days before the event; in Ilūkste the decision is taken within 10 working days and no later than five days before the event.',
      },
      legalBasis: [
        LAW.publicEvents,
        municipalAct('saistošie noteikumi par sabiedrisko kārtību', 'binding regulations on public order'),
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: DEVELOPMENT,
      internalNotes:
        'Iesnieguma kopiju tajā pašā dienā elektroniski nosūtīt Valsts policijai, Neatliekamās medicīniskās palīdzības dienestam un Valsts drošības dienestam; pierobežas joslā — arī Valsts robežsardzei.',
      keywords: {
        lv: 'pasākums atļauja pasākumam koncerts svētki gadatirgus publisks pasākums sacensības',
        en: 'event permit concert festival fair public event competition',
      },
      reviewDue: '2027-03-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'reklamas-atlauja',
    owner: 'buvvalde',
    category: 'business',
    standard: {
      name: {
        lv: 'Reklāmas vai izkārtnes izvietošanas atļauja',
        en: 'Permit to place an advertisement or shop sign',
      },
      description: {
        lv: 'Lai publiskā vietā vai uz ēkas fasādes izvietotu reklāmu, izkārtni vai afišu stendu, vajadzīga pašvaldības atļauja. Būvvalde izvērtē, vai izvietojums atbilst pilsētvides un satiksmes drošības prasībām, un saskaņo skici. Īslaicīgiem sludinājumiem pašvaldības afišu stabos atļauja nav vajadzīga.',
        en: 'To put up an advertisement, shop sign or poster stand in a public place or on a building facade you need a municipal permit. The building board checks that the placement meets urban design and road safety requirements and approves the sketch. No permit is needed for short-term notices on the municipal poster pillars.',
      },
      whoMayApply: {
        lv: 'Reklāmas devējs vai izplatītājs — fiziska vai juridiska persona.',
        en: 'The advertiser or the distributor — a natural or legal person.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums reklāmas izvietošanai', 'Application to place an advertisement'),
        {
          name: {
            lv: 'Reklāmas vai izkārtnes skice ar izmēriem un krāsām un fotoattēls ar izvietojuma vietu',
            en: 'A sketch of the advertisement or sign with dimensions and colours, and a photograph of the location',
          },
        },
        {
          name: {
            lv: 'Ēkas vai zemes īpašnieka piekrišana',
            en: 'Consent of the owner of the building or land',
          },
        },
      ],
      result: {
        lv: 'Atļauja reklāmas izvietošanai uz noteiktu laiku vai pamatots atteikums.',
        en: 'A permit to place the advertisement for a set period, or a reasoned refusal.',
      },
      feeCents: 1500,
      feeNote: feeNote(
        'Pašvaldības nodeva par reklāmas izvietošanu publiskās vietās ir 15,00 euro gadā par katru reklāmas objektu; par izkārtni ar uzņēmuma nosaukumu nodevu nemaksā.',
        'The municipal fee for advertising in public places is EUR 15.00 a year per advertisement; no fee is charged for a sign showing the business name.',
      ),
      processingTime: 15,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par reklāmas izvietošanu: lēmumu pieņem 15 darbdienu laikā, ja nav jāsaņem citu iestāžu saskaņojumi; pretējā gadījumā — Administratīvā procesa likumā noteiktajā termiņā.',
        en: 'Ilūkste binding regulations on advertising: the decision is taken within 15 working days unless other institutions must be consulted, otherwise within the time set by the Administrative Procedure Law.',
      },
      legalBasis: [
        LAW.advertising,
        {
          title: {
            lv: 'Ministru kabineta noteikumi par reklāmas izvietošanu publiskās vietās',
            en: 'Cabinet Regulations on placing advertisements in public places',
          },
          level: 'state',
        },
        municipalAct(
          'saistošie noteikumi par reklāmas izvietošanu publiskās vietās',
          'binding regulations on advertising in public places',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: contact('Būvvalde', 'Building Board', '65462612', 'buvvalde@ilukste.lv'),
      internalNotes:
        'Reklāmām pie valsts autoceļiem vajadzīgs arī VSIA „Latvijas Valsts ceļi” saskaņojums — iesniedzējam par to paziņot uzreiz.',
      keywords: {
        lv: 'reklāma izkārtne reklāmas atļauja plakāts afiša stends reklāmas izvietošana',
        en: 'advertisement sign shop sign billboard poster advertising permit',
      },
      reviewDue: '2027-03-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'uznemejdarbibas-atbalsts',
    owner: 'attistibas-nodala',
    category: 'business',
    standard: {
      name: {
        lv: 'Atbalsts uzņēmējdarbības uzsākšanai (grantu konkurss)',
        en: 'Business start-up grants (competition)',
      },
      description: {
        lv: 'Pašvaldība katru gadu izsludina konkursu, kurā jaunie uzņēmēji var saņemt grantu līdz 5000 euro uzņēmējdarbības uzsākšanai vai attīstībai Ilūkstes novadā. Pieteikumus vērtē konkursa komisija pēc nolikumā noteiktajiem kritērijiem, piemēram, idejas dzīvotspējas un jaunu darbavietu radīšanas. Atbalstu piešķir kā de minimis atbalstu.',
        en: 'Every year the municipality runs a competition in which new entrepreneurs can receive a grant of up to EUR 5,000 to start or develop a business in the Ilūkste municipality. Applications are assessed by a committee against the criteria in the rules, such as the viability of the idea and new jobs. The support is granted as de minimis aid.',
      },
      whoMayApply: {
        lv: 'Fiziska persona, kas plāno reģistrēt uzņēmumu Ilūkstes novadā, vai komersants, kas reģistrēts ne agrāk kā pirms trim gadiem un darbojas novadā.',
        en: 'A person planning to register a business in the Ilūkste municipality, or a company registered no more than three years ago and operating in the municipality.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Pieteikums un biznesa plāns pēc konkursa nolikuma veidlapas',
            en: 'Application and business plan on the form in the competition rules',
          },
        },
        {
          name: {
            lv: 'De minimis atbalsta uzskaites sistēmā sagatavota veidlapa',
            en: 'The form prepared in the de minimis aid accounting system',
          },
        },
      ],
      result: {
        lv: 'Konkursa komisijas lēmums un līgums par granta piešķiršanu.',
        en: 'A decision of the competition committee and a grant agreement.',
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: {
        lv: 'Konkursa nolikums: komisija lēmumu pieņem 30 dienu laikā pēc pieteikumu iesniegšanas termiņa beigām.',
        en: 'Competition rules: the committee decides within 30 days after the application deadline.',
      },
      legalBasis: [
        LAW.deMinimis,
        {
          title: {
            lv: 'Komercdarbības atbalsta kontroles likums',
            en: 'Law on Control of Aid for Commercial Activity',
          },
          level: 'state',
        },
        municipalAct(
          'konkursa „Atbalsts uzņēmējdarbības uzsākšanai Ilūkstes novadā” nolikums',
          'rules of the competition ‘Support for starting a business in Ilūkste’',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: DEVELOPMENT,
      internalNotes:
        'Konkursu izsludina katru gadu martā; pirms pieteikšanās piedāvāt uzņēmējdarbības konsultanta konsultāciju Attīstības nodaļā.',
      keywords: {
        lv: 'uzņēmējdarbība grants atbalsts uzņēmējiem biznesa ideja jaunais uzņēmējs konkurss finansējums',
        en: 'business grant start-up support entrepreneurs business idea funding competition',
      },
      reviewDue: '2027-02-28',
      validFrom: '2026-01-01',
    },
  },
];
