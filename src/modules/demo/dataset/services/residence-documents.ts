import type { ServiceSeed } from '../types';
import { applicationForm, BASIS, contact, DOC, feeNote, LAW, municipalAct } from './common';

const SERVICE_CENTRES = contact(
  'Pakalpojumu centru nodaļa',
  'Service Centres Department',
  '65462300',
  'pakalpojumi@ilukste.lv',
);
const CHANCERY = contact('Kanceleja', 'Chancery', '65462383', 'kanceleja@ilukste.lv');

/** Residence declaration, certificates, the archive, submissions and front-desk services. */
export const RESIDENCE_DOCUMENT_SERVICES: ServiceSeed[] = [
  {
    code: 'dzivesvietas-deklaresana',
    owner: 'pakalpojumu-centri',
    category: 'residence',
    standard: {
      name: { lv: 'Dzīvesvietas deklarēšana', en: 'Declaring your place of residence' },
      description: {
        lv: 'Mainot dzīvesvietu, jaunā dzīvesvieta jādeklarē viena mēneša laikā. Pakalpojumu centrā deklarāciju pieņem un ziņas Fizisko personu reģistrā reģistrē uzreiz; elektroniski to var izdarīt portālā latvija.lv. Ja deklarētājs nav mājokļa īpašnieks, vajadzīgs tiesisks pamats tur dzīvot, piemēram, īres līgums.',
        en: 'When you move, you must declare your new place of residence within one month. At the service centre the declaration is accepted and registered in the Register of Natural Persons at once; it can also be done online at latvija.lv. If you do not own the home, you need a legal basis for living there, such as a tenancy agreement.',
      },
      whoMayApply: {
        lv: 'Persona, kura maina dzīvesvietu vai līdz šim to nav deklarējusi, — pati, tās likumiskais pārstāvis (nepilngadīgam bērnam — vecāks) vai pilnvarota persona.',
        en: 'A person who moves or has not yet declared a residence — in person, through a legal representative (a parent for a minor child) or through an authorised person.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Dzīvesvietas deklarācija', 'Declaration of place of residence'),
        {
          name: {
            lv: 'Tiesiskais pamats dzīvot mājoklī (piemēram, īres līgums vai īpašnieka piekrišana), ja deklarētājs nav īpašnieks',
            en: "Legal basis for living in the home (such as a tenancy agreement or the owner's consent) if you are not the owner",
          },
          note: {
            lv: 'Īpašuma tiesības pakalpojumu centrs pārbauda zemesgrāmatā pats.',
            en: 'The service centre checks ownership in the Land Register itself.',
          },
        },
        DOC.authorisation,
      ],
      result: {
        lv: 'Ziņas par deklarēto dzīvesvietu reģistrētas Fizisko personu reģistrā; pēc pieprasījuma izsniedz apliecinājumu.',
        en: 'The declared residence is recorded in the Register of Natural Persons; a confirmation is issued on request.',
      },
      feeCents: 0,
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Dzīvesvietas deklarēšanas likums: ziņas reģistrē, kad saņemta pienācīgi aizpildīta deklarācija; Ilūkstes novadā to dara apmeklējuma laikā.',
        en: 'Declaration of Place of Residence Law: the data are recorded once a duly completed declaration is received; in Ilūkste this is done during the visit.',
      },
      legalBasis: [LAW.residence],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'e_address', 'latvija_lv'],
      receiveChannels: ['in_person', 'email', 'e_address', 'latvija_lv'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 4,
      eserviceUrl: 'https://latvija.gov.lv/Services/10916',
      contact: SERVICE_CENTRES,
      internalNotes:
        'ES pilsoņus un ārzemniekus ar uzturēšanās atļauju virzīt uz PMLP vai latvija.lv. Ja īpašnieks nav devis piekrišanu, pirms reģistrācijas pārbaudīt tiesisko pamatu.',
      keywords: {
        lv: 'deklarēšana deklarēt dzīvesvietu dzīvesvieta adrese pārcelšanās pierakstīties pieraksts mainīt adresi',
        en: 'declare residence address registration moving house change of address',
      },
      reviewDue: '2027-01-31',
      validFrom: '2025-07-01',
    },
  },
  {
    code: 'izzina-par-deklareto-dzivesvietu',
    owner: 'pakalpojumu-centri',
    category: 'residence',
    standard: {
      name: { lv: 'Izziņa par deklarēto dzīvesvietu', en: 'Certificate of declared place of residence' },
      description: {
        lv: 'Pakalpojumu centrā izsniedz izziņu par personas deklarēto dzīvesvietu un, mājokļa īpašniekam, — par personām, kuras deklarējušas dzīvesvietu viņam piederošā mājoklī. Izziņu par sevi bez maksas var arī pats izdrukāt portālā latvija.lv.',
        en: 'The service centre issues a certificate of your declared place of residence and, to a home owner, of the persons who have declared their residence in the owner’s home. You can also print a certificate about yourself free of charge at latvija.lv.',
      },
      whoMayApply: {
        lv: 'Persona par sevi un saviem nepilngadīgajiem bērniem; mājokļa īpašnieks — par personām, kuras deklarējušas dzīvesvietu viņam piederošā mājoklī.',
        en: 'A person about themselves and their minor children; a home owner about the persons declared as resident in the home.',
      },
      requiredDocuments: [DOC.identity, DOC.authorisation],
      result: {
        lv: 'Izziņa par deklarēto dzīvesvietu papīra formā vai elektroniski parakstīta.',
        en: 'A certificate of declared residence, on paper or electronically signed.',
      },
      feeCents: 0,
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [LAW.residence],
      legalLevel: 'state',
      applyChannels: ['in_person', 'email', 'e_address', 'latvija_lv'],
      receiveChannels: ['in_person', 'post', 'email', 'e_address', 'latvija_lv'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 4,
      eserviceUrl: 'https://www.latvija.lv/lv/pakalpojumi/izzina-par-deklareto-dzivesvietu',
      contact: SERVICE_CENTRES,
      internalNotes:
        'Izziņu par citām personām izsniegt tikai mājokļa īpašniekam vai likumiskajam pārstāvim; katru pieprasījumu reģistrēt.',
      keywords: {
        lv: 'izziņa deklarētā dzīvesvieta dzīvesvietas izziņa adreses izziņa ģimenes sastāvs kas deklarēts',
        en: 'certificate declared residence proof of address household composition',
      },
      reviewDue: '2027-01-31',
      validFrom: '2025-07-01',
    },
  },
  {
    code: 'deklaretas-dzivesvietas-anulesana',
    owner: 'pakalpojumu-centri',
    category: 'residence',
    standard: {
      name: {
        lv: 'Ziņu par deklarēto dzīvesvietu anulēšana',
        en: "Cancelling a person's declared residence",
      },
      description: {
        lv: 'Mājokļa īpašnieks var lūgt anulēt ziņas par personu, kura deklarējusi dzīvesvietu viņa mājoklī, bet kurai tur vairs nav tiesiska pamata dzīvot. Pašvaldība pārbauda apstākļus, uzklausa iesaistītās personas un pieņem lēmumu. Lēmumu paziņo Paziņošanas likumā noteiktajā kārtībā.',
        en: 'A home owner may ask to cancel the declared residence of a person who no longer has a legal basis to live in the home. The municipality checks the facts, hears the persons concerned and decides. The decision is notified as the Notification Law provides.',
      },
      whoMayApply: {
        lv: 'Mājokļa īpašnieks vai cita persona, kurai ir tiesības dzīvot mājoklī, kā arī pati persona, kuras ziņas jāanulē.',
        en: 'The home owner or another person entitled to live there, or the person whose data are to be cancelled.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums par ziņu anulēšanu', 'Application for cancellation'),
        {
          name: {
            lv: 'Dokumenti, kas pamato, ka personai zudis tiesiskais pamats dzīvot mājoklī (piemēram, izbeigts īres līgums)',
            en: 'Documents showing that the person has lost the legal basis to live there (for example, a terminated tenancy agreement)',
          },
        },
      ],
      result: {
        lv: 'Pašvaldības lēmums par ziņu anulēšanu vai atteikums; anulētās ziņas izslēdz no Fizisko personu reģistra.',
        en: 'A municipal decision cancelling the data, or a refusal; cancelled data are removed from the Register of Natural Persons.',
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.residence, LAW.adminProcedure],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: SERVICE_CENTRES,
      internalNotes:
        'Pirms lēmuma nosūtīt personai vēstuli uz deklarēto adresi un e-adresi; lēmumā norādīt apstrīdēšanas kārtību (viens mēnesis).',
      keywords: {
        lv: 'anulēt deklarāciju izrakstīt izdeklarēt anulēšana dzīvesvieta īrnieks izvācies',
        en: 'cancel declared residence remove registration former tenant moved out',
      },
      reviewDue: '2027-01-31',
      validFrom: '2025-07-01',
    },
  },
  {
    code: 'arhiva-izzinas',
    owner: 'arhivs',
    category: 'documents',
    standard: {
      name: {
        lv: 'Arhīva izziņas (darba stāžs, darba samaksa, īpašuma dokumenti)',
        en: 'Archive certificates (length of service, pay, property documents)',
      },
      description: {
        lv: 'Pašvaldības arhīvs izsniedz izziņas un dokumentu kopijas no likvidēto pagastu padomju, kolhozu un pašvaldības iestāžu dokumentiem par darba stāžu, darba samaksu, zemes piešķiršanu un citiem jautājumiem. Izziņas vajadzīgas, piemēram, pensijas piešķiršanai vai īpašuma tiesību nostiprināšanai. Ja dokumenti glabājas citā arhīvā, pieprasījumu pārsūta un par to informē iesniedzēju.',
        en: 'The municipal archive issues certificates and copies from the records of former parish councils, collective farms and municipal institutions — on length of service, pay, land allocation and other matters. They are needed, for example, for a pension or to register property rights. If the records are kept in another archive, the request is forwarded and the applicant informed.',
      },
      whoMayApply: {
        lv: 'Persona par sevi, tās mantinieki vai pilnvarotās personas; iestādes — savu funkciju veikšanai.',
        en: 'A person about themselves, their heirs or authorised persons; institutions for their official tasks.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums, kurā norādīts pieprasītās informācijas periods, darbavieta vai īpašums',
          'Application stating the period, workplace or property concerned',
        ),
        DOC.authorisation,
      ],
      result: {
        lv: 'Arhīva izziņa, dokumenta kopija vai izraksts.',
        en: 'An archive certificate, a copy or an extract of a document.',
      },
      feeCents: 0,
      feeNote: feeNote(
        'Izziņas sociālo garantiju, piemēram, pensijas, saņemšanai izsniedz bez maksas; tematiskas izziņas un kopijas citām vajadzībām — saskaņā ar pašvaldības maksas pakalpojumu cenrādi.',
        'Certificates needed for social guarantees such as a pension are free of charge; other thematic certificates and copies are charged under the municipal price list.',
      ),
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.submissions,
      legalBasis: [LAW.archives, LAW.submissions],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: contact('Pašvaldības arhīvs', 'Municipal Archive', '65462331', 'arhivs@ilukste.lv'),
      internalNotes:
        'Ja pieprasījums jāpārsūta Latvijas Nacionālajam arhīvam, to izdarīt un iesniedzējam paziņot 5 darbdienu laikā.',
      keywords: {
        lv: 'arhīvs arhīva izziņa darba stāžs alga kolhozs pensija dokumentu kopija zemes piešķiršana',
        en: 'archive certificate length of service employment record salary pension collective farm land allocation',
      },
      reviewDue: '2027-03-31',
      validFrom: '2026-03-01',
    },
  },
  {
    code: 'dokumentu-kopiju-apliecinasana',
    owner: 'kanceleja',
    category: 'documents',
    standard: {
      name: {
        lv: 'Pašvaldības izdotu dokumentu kopiju apliecināšana',
        en: 'Certifying copies of documents issued by the municipality',
      },
      description: {
        lv: 'Pakalpojumu centrā apliecina to dokumentu kopijas, izrakstus un norakstus, kurus izdevusi Ilūkstes novada pašvaldība vai tās iestādes, piemēram, lēmumus, līgumus un izziņas. Citu iestāžu izdotu dokumentu kopijas persona var apliecināt pati, ja normatīvie akti neprasa notariālu apliecinājumu.',
        en: 'The service centre certifies copies, extracts and transcripts of documents issued by the Ilūkste municipality or its institutions, such as decisions, contracts and certificates. You may certify copies of documents from other institutions yourself unless the law requires notarial certification.',
      },
      whoMayApply: {
        lv: 'Persona, kurai dokuments izdots, vai tās pilnvarota persona.',
        en: 'The person to whom the document was issued, or a person authorised by them.',
      },
      requiredDocuments: [
        DOC.identity,
        { name: { lv: 'Dokumenta oriģināls', en: 'The original document' } },
        DOC.authorisation,
      ],
      result: {
        lv: 'Apliecināta dokumenta kopija, izraksts vai noraksts.',
        en: 'A certified copy, extract or transcript.',
      },
      feeCents: 150,
      feeNote: feeNote(
        'Maksa ir 1,50 euro par katru apliecināto lapu; valsts un pašvaldību iestāžu pieprasījumiem — bez maksas.',
        'The fee is EUR 1.50 per certified page; free of charge for requests from state and municipal institutions.',
      ),
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [
        LAW.legalForceOfDocuments,
        {
          title: {
            lv: 'Ministru kabineta noteikumi Nr. 558 „Dokumentu izstrādāšanas un noformēšanas kārtība”',
            en: 'Cabinet Regulation No. 558 ‘Procedures for drawing up and formatting documents’',
          },
          level: 'state',
        },
        municipalAct('saistošie noteikumi par maksas pakalpojumiem', 'binding regulations on paid services'),
      ],
      legalLevel: 'state',
      applyChannels: ['in_person'],
      receiveChannels: ['in_person', 'post'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 0,
      contact: CHANCERY,
      internalNotes:
        'Apliecināt drīkst tikai darbinieks, kuram ir rīkojumā noteiktas paraksta tiesības; citu iestāžu dokumentiem virzīt uz bāriņtiesu vai notāru.',
      keywords: {
        lv: 'kopija apliecināt apliecināta kopija noraksts izraksts dokumentu apliecināšana',
        en: 'certified copy certify copy transcript extract true copy',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-10-01',
    },
  },
  {
    code: 'iesniegums-pasvaldibai',
    owner: 'kanceleja',
    category: 'documents',
    standard: {
      name: {
        lv: 'Iesniegums pašvaldībai (jautājums, priekšlikums vai sūdzība)',
        en: 'Submission to the municipality (question, proposal or complaint)',
      },
      description: {
        lv: 'Ikviens var vērsties pašvaldībā ar jautājumu, lūgumu, priekšlikumu vai sūdzību jebkurā jomā, arī tad, ja tam nav atsevišķa pakalpojuma. Iesniegumu reģistrē pašvaldības lietvedībā, nosūta atbildīgajai struktūrvienībai, un atbildi pēc būtības sniedz likumā noteiktajā termiņā. Ja jautājums nav pašvaldības kompetencē, iesniegumu piecu darbdienu laikā pārsūta atbildīgajai iestādei un par to informē iesniedzēju.',
        en: 'Anyone may write to the municipality with a question, request, proposal or complaint on any matter, even where there is no specific service for it. The submission is registered, sent to the responsible unit and answered in substance within the time set by law. If the matter is outside the municipality’s competence, it is forwarded to the competent institution within five working days and the applicant is informed.',
      },
      whoMayApply: { lv: 'Jebkura fiziska vai juridiska persona.', en: 'Any natural or legal person.' },
      requiredDocuments: [
        {
          name: {
            lv: 'Iesniegums, kurā norādīts vārds un uzvārds (nosaukums), adrese vai e-adrese saziņai un iesnieguma būtība',
            en: 'A submission stating your name (or company name), a postal address or e-address for the reply, and the matter',
          },
          note: {
            lv: 'Elektroniski sūtītam iesniegumam jābūt parakstītam ar drošu elektronisko parakstu vai iesniegtam portālā pēc autentifikācijas.',
            en: 'An electronic submission must bear a qualified e-signature or be sent through the portal after logging in.',
          },
        },
      ],
      result: {
        lv: 'Atbilde pēc būtības rakstveidā — pa pastu, e-pastā, uz e-adresi vai pakalpojumu centrā.',
        en: 'A written reply in substance — by post, email, to the e-address or at a service centre.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.submissions,
      legalBasis: [LAW.submissions, LAW.localGovernments],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal', 'latvija_lv'],
      receiveChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: CHANCERY,
      internalNotes:
        'Iesniegumu reģistrēt tajā pašā dienā un nosūtīt struktūrvienībai; ja jautājums nav pašvaldības kompetencē, pārsūtīt 5 darbdienu laikā un informēt iesniedzēju.',
      keywords: {
        lv: 'iesniegums sūdzība jautājums priekšlikums lūgums vēstule domei pašvaldībai rakstīt',
        en: 'submission complaint question proposal request letter to the council write to the municipality',
      },
      reviewDue: '2027-03-01',
      validFrom: '2026-03-01',
    },
    previous: {
      validFrom: '2025-01-01',
      validTo: '2026-02-28',
      changes: {
        processingTime: 30,
        processingTimeUnit: 'calendar_days',
        processingTimeBasis: BASIS.submissionsBefore2026,
        reviewDue: '2026-02-28',
        internalNotes:
          'Iesniegumu reģistrēt tajā pašā dienā un nosūtīt struktūrvienībai; atbildes termiņš — viens mēnesis no reģistrācijas dienas.',
      },
    },
  },
  {
    code: 'valsts-pakalpojumu-konsultacijas',
    owner: 'pakalpojumu-centri',
    category: 'documents',
    standard: {
      name: {
        lv: 'Palīdzība valsts pakalpojumu pieteikšanā pakalpojumu centrā',
        en: 'Help with applying for state services at the service centre',
      },
      description: {
        lv: 'Pakalpojumu centra darbinieks palīdz pieteikt valsts iestāžu pakalpojumus — piemēram, VSAA pabalstus un pensijas, VID deklarācijas un Valsts zemes dienesta izziņas — portālā latvija.lv vai pieņem papīra iesniegumu un nosūta to atbildīgajai iestādei. Pakalpojums paredzēts iedzīvotājiem, kuriem nav iespēju vai prasmju to izdarīt pašiem.',
        en: 'A service centre clerk helps you apply for services of state institutions — such as VSAA benefits and pensions, tax returns to the State Revenue Service and State Land Service certificates — at latvija.lv, or accepts a paper application and forwards it to the responsible institution. The service is meant for residents who cannot do this themselves.',
      },
      whoMayApply: { lv: 'Ikviens iedzīvotājs vai uzņēmums.', en: 'Any resident or company.' },
      requiredDocuments: [DOC.identity],
      result: {
        lv: 'Iesniegts pieteikums valsts iestādei vai sniegta konsultācija; iesniedzējs saņem apliecinājumu par iesniegšanu.',
        en: 'An application submitted to the state institution, or advice given; the applicant receives proof of submission.',
      },
      feeCents: 0,
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [
        LAW.localGovernments,
        LAW.submissions,
        municipalAct('pakalpojumu centru nolikums', 'regulations of the service centres'),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person'],
      receiveChannels: ['in_person', 'email'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 0,
      contact: SERVICE_CENTRES,
      internalNotes:
        'Klienta vārdā neautentificēties; ja klients izmanto savu autentifikācijas līdzekli, darbinieks tikai konsultē. Katru apmeklējumu reģistrēt kā konsultāciju.',
      keywords: {
        lv: 'latvija.lv palīdzība e-pakalpojums VID deklarācija pensija VSAA konsultācija valsts pakalpojumi',
        en: 'latvija.lv help e-service tax return pension consultation state services',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-07-01',
    },
  },
];
