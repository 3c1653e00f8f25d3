import type { RequiredDocument, ServiceSeed } from '../types';
import { contact, DOC, feeNote, LAW, municipalAct } from './common';

const BUILDING_BOARD = contact('Būvvalde', 'Building Board', '65462612', 'buvvalde@ilukste.lv');
const BIS_URL = 'https://bis.gov.lv';
const FEES_ACT = municipalAct(
  'saistošie noteikumi par pašvaldības nodevām būvniecībā',
  'binding regulations on municipal fees in construction',
);
const SPATIAL_PLAN = municipalAct('teritorijas plānojums', 'spatial plan');

const THIRD_PARTY_CONSENT: RequiredDocument = {
  name: {
    lv: 'Saskaņojumi ar trešajām personām, ja būvniecība skar to tiesības',
    en: 'Consent of third parties whose rights the construction affects',
  },
  note: {
    lv: 'Īpašuma tiesības un kadastra datus būvvalde pārbauda valsts informācijas sistēmās pati.',
    en: 'The building board itself checks ownership and cadastral data in state information systems.',
  },
};

/** Construction and works in public space. */
export const BUILDING_SERVICES: ServiceSeed[] = [
  {
    code: 'buvatlauja',
    owner: 'buvvalde',
    category: 'building',
    standard: {
      name: { lv: 'Būvatļauja', en: 'Building permit' },
      description: {
        lv: 'Būvatļauja vajadzīga jaunas ēkas būvniecībai, ēkas pārbūvei un citiem būvdarbiem, kuriem saskaņā ar Ēku būvnoteikumiem nepietiek ar paskaidrojuma rakstu. Būvniecības ieceri iesniedz Būvniecības informācijas sistēmā (BIS); pakalpojumu centrā palīdz to izdarīt. Būvatļaujā būvvalde nosaka projektēšanas nosacījumus un būvdarbu uzsākšanas nosacījumus.',
        en: 'A building permit is needed to construct a new building, to rebuild a building and for other works for which, under the Building Regulations, an explanatory memorandum is not enough. The proposal is submitted in the Construction Information System (BIS); the service centre helps you do so. The permit sets the design conditions and the conditions for starting the works.',
      },
      whoMayApply: {
        lv: 'Būvniecības ierosinātājs — zemes vai būves īpašnieks vai tiesiskais valdītājs, vai tā pilnvarota persona.',
        en: 'The initiator of the construction — the owner or lawful possessor of the land or building, or a person authorised by them.',
      },
      requiredDocuments: [
        {
          name: {
            lv: 'Būvniecības iesniegums un būvprojekts minimālā sastāvā, ko izstrādājis būvspeciālists',
            en: 'Construction application and an outline design prepared by a certified construction specialist',
          },
          note: {
            lv: 'Iesniedz BIS; papīra dokumentus pakalpojumu centrā palīdz digitalizēt un augšupielādēt.',
            en: 'Submitted in BIS; the service centre helps scan and upload paper documents.',
          },
        },
        THIRD_PARTY_CONSENT,
        DOC.authorisation,
      ],
      result: {
        lv: 'Būvvaldes lēmums par būvatļaujas izdošanu ar projektēšanas un būvdarbu uzsākšanas nosacījumiem vai pamatots atteikums.',
        en: 'A decision of the building board issuing the permit with design and start-of-works conditions, or a reasoned refusal.',
      },
      feeCents: 5000,
      feeNote: feeNote(
        'Pašvaldības nodeva par būvatļaujas izdošanu dzīvojamās mājas būvniecībai ir 50,00 euro; citām būvēm — saskaņā ar saistošajiem noteikumiem par pašvaldības nodevām būvniecībā.',
        'The municipal fee for a building permit for a dwelling house is EUR 50.00; for other structures it is set by the binding regulations on municipal fees in construction.',
      ),
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: {
        lv: 'Būvniecības likums un Administratīvā procesa likuma 64. pants: lēmumu pieņem viena mēneša laikā; ja jārīko publiskā apspriešana vai jāsaņem citu iestāžu atzinumi, termiņu var pagarināt līdz četriem mēnešiem.',
        en: 'Construction Law and Section 64 of the Administrative Procedure Law: the decision is taken within one month; if a public consultation or opinions of other institutions are needed, the time limit may be extended up to four months.',
      },
      legalBasis: [LAW.construction, LAW.buildingRegulations, SPATIAL_PLAN, FEES_ACT],
      legalLevel: 'state',
      applyChannels: ['in_person', 'e_address', 'latvija_lv'],
      receiveChannels: ['in_person', 'e_address', 'latvija_lv'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      eserviceUrl: BIS_URL,
      contact: BUILDING_BOARD,
      internalNotes:
        'Pirms iesniegšanas pārbaudīt, vai iecerei nepietiek ar paskaidrojuma rakstu; klientam palīdzēt autentificēties BIS ar viņa paša autentifikācijas līdzekli.',
      keywords: {
        lv: 'būvatļauja būvniecība būvēt māju būvprojekts BIS jaunbūve pārbūve būvvalde',
        en: 'building permit construction build a house design BIS new building reconstruction',
      },
      reviewDue: '2027-03-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'paskaidrojuma-raksts',
    owner: 'buvvalde',
    category: 'building',
    standard: {
      name: {
        lv: 'Paskaidrojuma raksts vai apliecinājuma karte (vienkāršota būvniecība)',
        en: 'Explanatory memorandum or certification card (simplified construction)',
      },
      description: {
        lv: 'Nelielām būvēm un vienkāršiem būvdarbiem — piemēram, pirmās grupas ēkas (šķūņa, siltumnīcas, garāžas) būvniecībai, fasādes atjaunošanai vai ēkas nojaukšanai — būvatļauja nav vajadzīga. Ēkām būvvaldē iesniedz paskaidrojuma rakstu, bet atsevišķām inženierbūvēm — apliecinājuma karti. Būvvalde izvērtē ieceri un izdara atzīmi par tās akceptu, bet pēc būvdarbu pabeigšanas — atzīmi par būvdarbu pabeigšanu.',
        en: 'Small structures and simple works — such as building a group 1 building (a shed, greenhouse or garage), renovating a facade or demolishing a building — need no building permit. For buildings an explanatory memorandum is submitted, for certain engineering structures a certification card. The building board reviews the proposal and marks it as accepted, and after the works marks them as completed.',
      },
      whoMayApply: {
        lv: 'Būvniecības ierosinātājs — zemes vai būves īpašnieks vai tiesiskais valdītājs, vai tā pilnvarota persona.',
        en: 'The initiator of the construction — the owner or lawful possessor of the land or building, or a person authorised by them.',
      },
      requiredDocuments: [
        {
          name: {
            lv: 'Paskaidrojuma raksts vai apliecinājuma karte ar būves novietnes plānu un fasāžu skicēm',
            en: 'Explanatory memorandum or certification card with a site plan and facade sketches',
          },
          note: {
            lv: 'Iesniedz BIS; pakalpojumu centrā palīdz to izdarīt.',
            en: 'Submitted in BIS; the service centre can help.',
          },
        },
        THIRD_PARTY_CONSENT,
        DOC.authorisation,
      ],
      result: {
        lv: 'Atzīme paskaidrojuma rakstā vai apliecinājuma kartē par būvniecības ieceres akceptu; pēc būvdarbiem — atzīme par būvdarbu pabeigšanu.',
        en: 'A mark of acceptance on the memorandum or card; after the works, a mark of completion.',
      },
      feeCents: 2000,
      feeNote: feeNote(
        'Pašvaldības nodeva par būvniecības ieceres akceptu paskaidrojuma rakstā vai apliecinājuma kartē ir 20,00 euro.',
        'The municipal fee for accepting a proposal in an explanatory memorandum or certification card is EUR 20.00.',
      ),
      processingTime: 15,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada būvvaldes pakalpojumu standarts: ieceri izvērtē 15 darbdienu laikā — ātrāk nekā Būvniecības likumā un Administratīvā procesa likumā noteiktais maksimālais termiņš.',
        en: 'Ilūkste building board service standard: the proposal is reviewed within 15 working days — sooner than the maximum set by the Construction Law and the Administrative Procedure Law.',
      },
      legalBasis: [LAW.construction, LAW.buildingRegulations, FEES_ACT],
      legalLevel: 'state',
      applyChannels: ['in_person', 'e_address', 'latvija_lv'],
      receiveChannels: ['in_person', 'e_address', 'latvija_lv'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      eserviceUrl: BIS_URL,
      contact: BUILDING_BOARD,
      internalNotes:
        'Ja iecerei vajadzīga būvatļauja, klientu informēt tajā pašā dienā un piedāvāt būvvaldes konsultāciju.',
      keywords: {
        lv: 'paskaidrojuma raksts apliecinājuma karte šķūnis garāža pirts siltumnīca fasāde nojaukšana vienkāršota būvniecība',
        en: 'explanatory memorandum certification card shed garage sauna greenhouse facade demolition simplified construction',
      },
      reviewDue: '2027-03-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'buves-pienemsana-ekspluatacija',
    owner: 'buvvalde',
    category: 'building',
    standard: {
      name: { lv: 'Būves pieņemšana ekspluatācijā', en: 'Acceptance of a building into service' },
      description: {
        lv: 'Pēc būvdarbu pabeigšanas būve jāpieņem ekspluatācijā, pirms to sāk lietot. Būvvalde pārbauda izpilddokumentāciju un būves atbilstību būvprojektam, vajadzības gadījumā apseko būvi dabā un izdod aktu par pieņemšanu ekspluatācijā. Pēc tam būvi reģistrē Kadastra informācijas sistēmā un var ierakstīt zemesgrāmatā.',
        en: 'Once the works are finished, the building must be accepted into service before it is used. The building board checks the as-built documentation and conformity with the design, inspects the building on site if needed and issues an acceptance certificate. The building is then recorded in the cadastre and can be entered in the Land Register.',
      },
      whoMayApply: {
        lv: 'Būvniecības ierosinātājs vai tā pilnvarota persona.',
        en: 'The initiator of the construction or a person authorised by them.',
      },
      requiredDocuments: [
        {
          name: {
            lv: 'Apliecinājums par būves gatavību ekspluatācijai un izpilddokumentācija',
            en: 'Declaration that the building is ready for use, with the as-built documentation',
          },
          note: { lv: 'Iesniedz BIS.', en: 'Submitted in BIS.' },
        },
        {
          name: { lv: 'Būves kadastrālās uzmērīšanas lieta', en: 'Cadastral survey file of the building' },
        },
        DOC.authorisation,
      ],
      result: {
        lv: 'Akts par būves pieņemšanu ekspluatācijā vai pamatots atteikums ar trūkumu novēršanas termiņu.',
        en: 'An acceptance certificate, or a reasoned refusal with a deadline for remedying defects.',
      },
      feeCents: 0,
      processingTime: 15,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Būvniecības likums un Ēku būvnoteikumi: būvvalde lēmumu pieņem pēc visu dokumentu saņemšanas; Ilūkstes novada būvvalde to dara 15 darbdienu laikā.',
        en: 'Construction Law and Building Regulations: the building board decides once all documents are received; in Ilūkste within 15 working days.',
      },
      legalBasis: [LAW.construction, LAW.buildingRegulations],
      legalLevel: 'state',
      applyChannels: ['in_person', 'e_address', 'latvija_lv'],
      receiveChannels: ['in_person', 'e_address', 'latvija_lv'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      eserviceUrl: BIS_URL,
      contact: BUILDING_BOARD,
      internalNotes:
        'Apsekošanu dabā saskaņot ar būvinspektoru; aktu nosūtīt Valsts zemes dienestam caur BIS.',
      keywords: {
        lv: 'pieņemšana ekspluatācijā nodot ekspluatācijā būves pabeigšana kadastrālā uzmērīšana akts',
        en: 'acceptance into service occupancy completion of building cadastral survey certificate',
      },
      reviewDue: '2027-03-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'raksanas-darbu-atlauja',
    owner: 'komunala-nodala',
    category: 'building',
    standard: {
      name: { lv: 'Rakšanas darbu atļauja', en: 'Excavation works permit' },
      description: {
        lv: 'Atļauja vajadzīga rakšanas darbiem pašvaldības ielās, ceļos un citās publiskās teritorijās, piemēram, ierīkojot ūdensvada, kanalizācijas vai elektrības pieslēgumu. Atļaujā nosaka darbu veikšanas laiku, satiksmes organizācijas un seguma atjaunošanas prasības. Avārijas darbus drīkst sākt uzreiz, par tiem paziņojot pašvaldībai un atļauju noformējot nākamajā darbdienā.',
        en: 'A permit is needed to dig in municipal streets, roads and other public areas, for example to lay a water, sewer or power connection. The permit sets the working time, traffic management and reinstatement requirements. Emergency works may start at once if the municipality is informed and the permit is obtained the next working day.',
      },
      whoMayApply: {
        lv: 'Būvdarbu veicējs, inženiertīklu īpašnieks vai pasūtītājs, kura interesēs darbus veic.',
        en: 'The contractor, the owner of the utility network or the client for whom the works are done.',
      },
      requiredDocuments: [
        {
          name: {
            lv: 'Iesniegums rakšanas darbu atļaujas saņemšanai',
            en: 'Application for an excavation permit',
          },
        },
        {
          name: {
            lv: 'Darbu veikšanas shēma un satiksmes organizācijas shēma, ja tiek ierobežota satiksme',
            en: 'Works plan and traffic management plan, if traffic is restricted',
          },
        },
        {
          name: { lv: 'Inženiertīklu turētāju saskaņojumi', en: 'Consent of the utility network operators' },
        },
      ],
      result: {
        lv: 'Rakšanas darbu atļauja ar darbu izpildes termiņu; pēc darbiem — teritorijas pieņemšana.',
        en: 'An excavation permit with a completion date; after the works, acceptance of the reinstated area.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Atļauja ir bez maksas; par ielas vai ceļa seguma atjaunošanu atbild darbu veicējs.',
        en: 'The permit is free of charge; the contractor is responsible for reinstating the surface.',
      },
      processingTime: 5,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par rakšanas darbiem: atļauju izsniedz piecu darbdienu laikā pēc visu dokumentu saņemšanas.',
        en: 'Ilūkste binding regulations on excavation works: the permit is issued within five working days of receiving all documents.',
      },
      legalBasis: [
        LAW.roads,
        municipalAct(
          'saistošie noteikumi par rakšanas darbu veikšanas kārtību',
          'binding regulations on excavation works',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: contact('Komunālā nodaļa', 'Municipal Services Department', '65462290', 'komunala@ilukste.lv'),
      internalNotes:
        'Par avārijas darbiem ārpus darba laika zvanīt Komunālās nodaļas dežurantam; atļauju reģistrēt nākamajā darbdienā.',
      keywords: {
        lv: 'rakšanas atļauja rakšanas darbi tranšeja ielas rakšana pieslēgums inženiertīkli',
        en: 'excavation permit digging trench street works utility connection',
      },
      reviewDue: '2027-05-31',
      validFrom: '2025-09-01',
    },
  },
];
