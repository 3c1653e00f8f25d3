import type { Bilingual, LegalBasis, RequiredDocument } from '../types';

/** State laws and Cabinet regulations cited by the demo standards (likumi.lv). */
export const LAW = {
  submissions: {
    title: { lv: 'Iesniegumu likums', en: 'Law on Submissions' },
    url: 'https://likumi.lv/ta/id/164501-iesniegumu-likums',
    level: 'state',
  },
  adminProcedure: {
    title: { lv: 'Administratīvā procesa likums', en: 'Administrative Procedure Law' },
    url: 'https://likumi.lv/ta/id/55567-administrativa-procesa-likums',
    level: 'state',
  },
  localGovernments: {
    title: { lv: 'Pašvaldību likums', en: 'Local Government Law' },
    url: 'https://likumi.lv/ta/id/336956-pasvaldibu-likums',
    level: 'state',
  },
  civilStatus: {
    title: {
      lv: 'Civilstāvokļa aktu reģistrācijas likums',
      en: 'Law on the Registration of Civil Status Documents',
    },
    url: 'https://likumi.lv/ta/id/253442-civilstavokla-aktu-registracijas-likums',
    level: 'state',
  },
  civilLaw: {
    title: { lv: 'Civillikums', en: 'The Civil Law' },
    url: 'https://likumi.lv/ta/id/225418-civillikums',
    level: 'state',
  },
  nameChange: {
    title: {
      lv: 'Vārda, uzvārda un tautības ieraksta maiņas likums',
      en: 'Law on the Change of a Given Name, Surname and Ethnicity Record',
    },
    url: 'https://likumi.lv/ta/id/191209-varda-uzvarda-un-tautibas-ieraksta-mainas-likums',
    level: 'state',
  },
  orphansCourts: {
    title: { lv: 'Bāriņtiesu likums', en: "Law on Orphan's and Custody Courts" },
    url: 'https://likumi.lv/ta/id/139369-barintiesu-likums',
    level: 'state',
  },
  residence: {
    title: { lv: 'Dzīvesvietas deklarēšanas likums', en: 'Declaration of Place of Residence Law' },
    url: 'https://likumi.lv/ta/id/64328-dzivesvietas-deklaresanas-likums',
    level: 'state',
  },
  social: {
    title: {
      lv: 'Sociālo pakalpojumu un sociālās palīdzības likums',
      en: 'Law on Social Services and Social Assistance',
    },
    url: 'https://likumi.lv/ta/id/68488-socialo-pakalpojumu-un-socialas-palidzibas-likums',
    level: 'state',
  },
  householdMeans: {
    title: {
      lv: 'Ministru kabineta noteikumi par mājsaimniecības materiālās situācijas izvērtēšanu un sociālās palīdzības saņemšanu',
      en: "Cabinet Regulations on the assessment of a household's material situation and on receiving social assistance",
    },
    level: 'state',
  },
  housingAssistance: {
    title: {
      lv: 'Likums „Par palīdzību dzīvokļa jautājumu risināšanā”',
      en: 'Law on Assistance in Solving Apartment Matters',
    },
    url: 'https://likumi.lv/ta/id/56812-par-palidzibu-dzivokla-jautajumu-risinasana',
    level: 'state',
  },
  realEstateTax: {
    title: { lv: 'Likums „Par nekustamā īpašuma nodokli”', en: 'Law on Immovable Property Tax' },
    url: 'https://likumi.lv/ta/id/43913-par-nekustama-ipasuma-nodokli',
    level: 'state',
  },
  taxesAndFees: {
    title: { lv: 'Likums „Par nodokļiem un nodevām”', en: 'Law on Taxes and Fees' },
    level: 'state',
  },
  construction: {
    title: { lv: 'Būvniecības likums', en: 'Construction Law' },
    url: 'https://likumi.lv/ta/id/258572-buvniecibas-likums',
    level: 'state',
  },
  buildingRegulations: {
    title: {
      lv: 'Ministru kabineta 2014. gada 2. septembra noteikumi Nr. 529 „Ēku būvnoteikumi”',
      en: 'Cabinet Regulation No. 529 of 2 September 2014 ‘Building Regulations’',
    },
    url: 'https://likumi.lv/ta/id/269164-eku-buvnoteikumi',
    level: 'state',
  },
  spatialPlanning: {
    title: { lv: 'Teritorijas attīstības plānošanas likums', en: 'Spatial Development Planning Law' },
    url: 'https://likumi.lv/ta/id/238807-teritorijas-attistibas-planosanas-likums',
    level: 'state',
  },
  landManagement: {
    title: { lv: 'Zemes ierīcības likums', en: 'Land Management Law' },
    url: 'https://likumi.lv/ta/id/144787-zemes-iericibas-likums',
    level: 'state',
  },
  cadastre: {
    title: { lv: 'Nekustamā īpašuma valsts kadastra likums', en: 'Immovable Property State Cadastre Law' },
    level: 'state',
  },
  addressing: {
    title: {
      lv: 'Ministru kabineta noteikumi „Adresācijas noteikumi”',
      en: 'Cabinet Regulations ‘Addressing Regulations’',
    },
    level: 'state',
  },
  treesOutsideForest: {
    title: {
      lv: 'Ministru kabineta 2012. gada 2. maija noteikumi Nr. 309 „Noteikumi par koku ciršanu ārpus meža”',
      en: 'Cabinet Regulation No. 309 of 2 May 2012 ‘Regulations on the felling of trees outside forest land’',
    },
    url: 'https://likumi.lv/ta/id/247350-noteikumi-par-koku-cirsanu-arpus-meza',
    level: 'state',
  },
  water: {
    title: { lv: 'Ūdenssaimniecības pakalpojumu likums', en: 'Law on Water Management Services' },
    url: 'https://likumi.lv/ta/id/275062-udenssaimniecibas-pakalpojumu-likums',
    level: 'state',
  },
  waste: {
    title: { lv: 'Atkritumu apsaimniekošanas likums', en: 'Waste Management Law' },
    url: 'https://likumi.lv/ta/id/221378-atkritumu-apsaimniekosanas-likums',
    level: 'state',
  },
  animalProtection: {
    title: { lv: 'Dzīvnieku aizsardzības likums', en: 'Animal Protection Law' },
    url: 'https://likumi.lv/ta/id/14940-dzivnieku-aizsardzibas-likums',
    level: 'state',
  },
  petRegistration: {
    title: {
      lv: 'Ministru kabineta noteikumi Nr. 359 „Mājas (istabas) dzīvnieku reģistrācijas kārtība”',
      en: 'Cabinet Regulation No. 359 ‘Procedures for the registration of pet animals’',
    },
    url: 'https://likumi.lv/ta/id/333571-majas-istabas-dzivnieku-registracijas-kartiba',
    level: 'state',
  },
  hunting: {
    title: { lv: 'Medību likums', en: 'Hunting Law' },
    level: 'state',
  },
  fishing: {
    title: { lv: 'Zvejniecības likums', en: 'Fishery Law' },
    level: 'state',
  },
  education: {
    title: { lv: 'Izglītības likums', en: 'Education Law' },
    url: 'https://likumi.lv/ta/id/50759-izglitibas-likums',
    level: 'state',
  },
  generalEducation: {
    title: { lv: 'Vispārējās izglītības likums', en: 'General Education Law' },
    url: 'https://likumi.lv/ta/id/20243-visparejas-izglitibas-likums',
    level: 'state',
  },
  publicEvents: {
    title: {
      lv: 'Publisku izklaides un svētku pasākumu drošības likums',
      en: 'Law on the Safety of Public Entertainment and Festivity Events',
    },
    url: 'https://likumi.lv/ta/id/111963-publisku-izklaides-un-svetku-pasakumu-drosibas-likums',
    level: 'state',
  },
  trading: {
    title: {
      lv: 'Ministru kabineta 2010. gada 12. maija noteikumi Nr. 440 „Noteikumi par tirdzniecības veidiem, kas saskaņojami ar pašvaldību, un tirdzniecības organizēšanas kārtību”',
      en: 'Cabinet Regulation No. 440 of 12 May 2010 on the types of trade to be agreed with the local government and on the organisation of trade',
    },
    level: 'state',
  },
  advertising: {
    title: { lv: 'Reklāmas likums', en: 'Advertising Law' },
    level: 'state',
  },
  deMinimis: {
    title: {
      lv: 'Komisijas Regula (ES) 2023/2831 par de minimis atbalstu',
      en: 'Commission Regulation (EU) 2023/2831 on de minimis aid',
    },
    url: 'https://eur-lex.europa.eu/eli/reg/2023/2831/oj',
    level: 'state',
  },
  legalForceOfDocuments: {
    title: { lv: 'Dokumentu juridiskā spēka likums', en: 'Law on the Legal Force of Documents' },
    level: 'state',
  },
  archives: {
    title: { lv: 'Arhīvu likums', en: 'Archives Law' },
    level: 'state',
  },
  roads: {
    title: { lv: 'Likums „Par autoceļiem”', en: 'Law on Roads' },
    level: 'state',
  },
  libraries: {
    title: { lv: 'Bibliotēku likums', en: 'Library Law' },
    level: 'state',
  },
} satisfies Record<string, LegalBasis>;

const MUNICIPAL_ACTS_URL = 'https://www.ilukste.lv/pasvaldiba/normativie-akti';

/** A binding regulation (saistošie noteikumi) or internal rule of the municipality. */
export function municipalAct(lvTitle: string, enTitle: string): LegalBasis {
  return {
    title: { lv: `Ilūkstes novada pašvaldības ${lvTitle}`, en: `Ilūkste Municipality ${enTitle}` },
    url: MUNICIPAL_ACTS_URL,
    level: 'municipal',
  };
}

/** Recurring statements of the legal time limit (processingTimeBasis). */
export const BASIS = {
  submissions: {
    lv: 'Iesniegumu likuma 5. pants (redakcijā no 2026. gada 1. marta): atbilde pēc būtības 10 darbdienu laikā; ja jāievāc papildu informācija vai jāprasa citu iestāžu viedoklis, — viena mēneša laikā, par to paziņojot iesniedzējam.',
    en: 'Section 5 of the Law on Submissions (as amended from 1 March 2026): a reply in substance within 10 working days; within one month where more information must be gathered or other institutions consulted, of which the applicant is informed.',
  },
  submissionsBefore2026: {
    lv: 'Iesniegumu likuma 5. pants (redakcijā līdz 2026. gada 28. februārim): atbilde saprātīgā termiņā, bet ne vēlāk kā viena mēneša laikā; objektīvu iemeslu dēļ termiņu var pagarināt līdz četriem mēnešiem, par to paziņojot iesniedzējam.',
    en: 'Section 5 of the Law on Submissions (as in force until 28 February 2026): a reply within a reasonable time, but no later than one month; for objective reasons the time limit may be extended up to four months, of which the applicant is informed.',
  },
  adminMonth: {
    lv: 'Administratīvā procesa likuma 64. pants: lēmumu pieņem viena mēneša laikā no iesnieguma saņemšanas; ja objektīvu iemeslu dēļ tas nav iespējams, termiņu var pagarināt līdz četriem mēnešiem, par to paziņojot iesniedzējam.',
    en: 'Section 64 of the Administrative Procedure Law: the decision is taken within one month of receiving the application; where that is objectively impossible, the time limit may be extended up to four months, of which the applicant is informed.',
  },
  social10: {
    lv: 'Sociālo pakalpojumu un sociālās palīdzības likums: lēmumu par sociālās palīdzības pabalstu pieņem 10 darbdienu laikā pēc visu nepieciešamo dokumentu saņemšanas.',
    en: 'Law on Social Services and Social Assistance: the decision on a social assistance benefit is taken within 10 working days of receiving all the required documents.',
  },
  socialServiceMonth: {
    lv: 'Sociālo pakalpojumu un sociālās palīdzības likums: lēmumu par sociālā pakalpojuma sniegšanu pieņem viena mēneša laikā pēc visu nepieciešamo dokumentu saņemšanas.',
    en: 'Law on Social Services and Social Assistance: the decision on providing a social service is taken within one month of receiving all the required documents.',
  },
  onTheSpot: {
    lv: 'Ilūkstes novada pakalpojumu standarts: ja iesniegti visi vajadzīgie dokumenti, pakalpojumu sniedz apmeklējuma laikā.',
    en: 'Ilūkste Municipality service standard: when all required documents are provided, the service is delivered during the visit.',
  },
} satisfies Record<string, Bilingual>;

/** Documents asked for by many services. */
export const DOC = {
  identity: {
    name: {
      lv: 'Personu apliecinošs dokuments (pase vai personas apliecība)',
      en: 'Identity document (passport or identity card)',
    },
    note: {
      lv: 'Uzrāda klātienē. Iesniedzot elektroniski, identitāti apliecina drošs elektroniskais paraksts vai autentifikācija portālā.',
      en: 'Shown in person. When applying electronically, a qualified e-signature or logging in to the portal proves your identity.',
    },
  },
  authorisation: {
    name: { lv: 'Pilnvara, ja iesniedz pārstāvis', en: 'Power of attorney, if a representative applies' },
  },
} satisfies Record<string, RequiredDocument>;

/** The application form of a service, with the note that it is available at every centre and online. */
export function applicationForm(lv: string, en: string): RequiredDocument {
  return {
    name: { lv, en },
    note: {
      lv: 'Veidlapa pieejama visos pakalpojumu centros un vietnē www.ilukste.lv; to var aizpildīt arī uz vietas.',
      en: 'The form is available at every service centre and at www.ilukste.lv; it can also be filled in on the spot.',
    },
  };
}

/** Contact text of a responsible unit. */
export function contact(lvUnit: string, enUnit: string, phone: string, email: string): Bilingual {
  return {
    lv: `${lvUnit}, tālr. ${phone}, e-pasts ${email}. Pieteikumus pieņem jebkurā Ilūkstes novada pakalpojumu centrā.`,
    en: `${enUnit}, phone ${phone}, email ${email}. Applications are accepted at any service centre of the Ilūkste municipality.`,
  };
}

/** The note on paying fees at any centre or by bank transfer (seed task 2.2). */
export const PAYMENT_NOTE = {
  lv: 'Samaksāt var jebkura pakalpojumu centra kasē (skaidrā naudā vai ar karti) vai ar pārskaitījumu uz pašvaldības kontu, norādot maksājuma atsauci no rēķina.',
  en: 'You can pay at the cash desk of any service centre (cash or card) or by bank transfer to the municipality’s account, quoting the payment reference from the invoice.',
} satisfies Bilingual;

/** Joins the fee-specific sentence and the common payment note. */
export function feeNote(lv: string, en: string): Bilingual {
  return { lv: `${lv} ${PAYMENT_NOTE.lv}`, en: `${en} ${PAYMENT_NOTE.en}` };
}
