import type { ServiceSeed } from '../types';
import { applicationForm, BASIS, contact, DOC, feeNote, LAW, municipalAct } from './common';

const REAL_ESTATE = contact(
  'Nekustamā īpašuma nodaļa',
  'Real Estate Department',
  '65462617',
  'ipasumi@ilukste.lv',
);
const SOCIAL_SERVICE = contact(
  'Sociālais dienests',
  'Social Service',
  '65462280',
  'socialais.dienests@ilukste.lv',
);
const MUNICIPAL_SERVICES = contact(
  'Komunālā nodaļa',
  'Municipal Services Department',
  '65462290',
  'komunala@ilukste.lv',
);
const WATER_COMPANY = {
  lv: 'SIA „Ilūkstes ūdens”, tālr. 65462070, e-pasts info@ilukstesudens.lv. Iesniegumus pieņem arī jebkurā Ilūkstes novada pakalpojumu centrā.',
  en: 'Ilūkstes ūdens Ltd, phone 65462070, email info@ilukstesudens.lv. Applications are also accepted at any service centre of the Ilūkste municipality.',
};

const HOUSING_ACT = municipalAct(
  'saistošie noteikumi „Par palīdzību dzīvokļa jautājumu risināšanā Ilūkstes novadā”',
  'binding regulations on housing assistance',
);
const WATER_ACT = municipalAct(
  'saistošie noteikumi „Sabiedrisko ūdenssaimniecības pakalpojumu sniegšanas un lietošanas kārtība”',
  'binding regulations on the provision and use of public water services',
);

/** Housing, utilities (delegated to the municipal companies) and the environment. */
export const HOUSING_ENVIRONMENT_SERVICES: ServiceSeed[] = [
  {
    code: 'palidziba-dzivokla-jautajumos',
    owner: 'nekustama-ipasuma-nodala',
    category: 'housing',
    standard: {
      name: {
        lv: 'Palīdzība dzīvokļa jautājuma risināšanā (reģistrācija pašvaldības dzīvokļa īrei)',
        en: 'Housing assistance (registration for renting a municipal apartment)',
      },
      description: {
        lv: 'Pašvaldība reģistrē personas, kurām vajadzīga palīdzība dzīvokļa jautājuma risināšanā, un, atbrīvojoties pašvaldības dzīvoklim, piedāvā to reģistra kārtībā. Vispirms palīdzību sniedz likumā un saistošajos noteikumos noteiktajām personu grupām, piemēram, bāreņiem pēc pilngadības sasniegšanas, politiski represētām personām un personām, kuru mājoklis gājis bojā stihiskā nelaimē. Lēmumu par reģistrāciju pieņem Dzīvokļu komisija.',
        en: 'The municipality registers persons who need help with housing and, when a municipal apartment becomes free, offers it in the order of the register. Priority is given to the groups set by law and the binding regulations, such as orphans who have come of age, politically repressed persons and people whose home was destroyed in a natural disaster. The Housing Commission decides on registration.',
      },
      whoMayApply: {
        lv: 'Persona, kuras dzīvesvieta deklarēta Ilūkstes novadā un kura atbilst likumā vai pašvaldības saistošajos noteikumos noteiktajai personu kategorijai; novadam vajadzīgie speciālisti — neatkarīgi no deklarētās dzīvesvietas.',
        en: 'A person registered as resident in the Ilūkste municipality who belongs to a category set by law or the binding regulations; specialists the municipality needs may apply wherever they live.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums palīdzības saņemšanai', 'Application for housing assistance'),
        {
          name: {
            lv: 'Dokumenti, kas apliecina atbilstību personu kategorijai, ja ziņas nav valsts vai pašvaldības reģistros',
            en: 'Proof of belonging to the category, if this is not in state or municipal registers',
          },
        },
      ],
      result: {
        lv: 'Dzīvokļu komisijas lēmums par reģistrāciju palīdzības reģistrā ar kārtas numuru vai pamatots atteikums; vēlāk — dzīvokļa piedāvājums un īres līgums.',
        en: 'A decision of the Housing Commission registering the applicant with a queue number, or a reasoned refusal; later, an offer of an apartment and a tenancy agreement.',
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.housingAssistance, HOUSING_ACT],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: REAL_ESTATE,
      internalNotes:
        'Kārtas numuru reģistrā klients var uzzināt jebkurā pakalpojumu centrā; reģistru pārskatīt reizi gadā līdz 1. martam.',
      keywords: {
        lv: 'dzīvoklis pašvaldības dzīvoklis dzīvokļu rinda īrēt dzīvokli palīdzība dzīvokļa jautājumos mājoklis',
        en: 'apartment municipal flat housing queue rent a flat housing assistance',
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'socialais-dzivoklis',
    owner: 'socialais-dienests',
    category: 'housing',
    standard: {
      name: { lv: 'Sociālā dzīvokļa izīrēšana', en: 'Renting a social apartment' },
      description: {
        lv: 'Sociālo dzīvokli ar samazinātu īres maksu izīrē trūcīgām un maznodrošinātām personām un ģimenēm, kuras nespēj pašas nodrošināt sev mājokli. Sociālais dienests izvērtē situāciju un iekļauj personu sociālo dzīvokļu reģistrā. Īres līgumu slēdz uz laiku līdz sešiem mēnešiem un pagarina, ja tiesības uz sociālo dzīvokli saglabājas.',
        en: 'Social apartments with a reduced rent are let to needy and low-income persons and families who cannot provide housing for themselves. The Social Service assesses the situation and puts the person on the social housing register. The tenancy is concluded for up to six months and extended while the entitlement remains.',
      },
      whoMayApply: {
        lv: 'Trūcīga vai maznodrošināta persona vai ģimene, kuras dzīvesvieta deklarēta Ilūkstes novadā, arī bārenis pēc ārpusģimenes aprūpes beigām.',
        en: 'A needy or low-income person or family registered as resident in the Ilūkste municipality, including an orphan leaving out-of-family care.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums sociālā dzīvokļa īrei', 'Application for a social apartment'),
      ],
      result: {
        lv: 'Lēmums par tiesībām īrēt sociālo dzīvokli un sociālā dzīvokļa īres līgums.',
        en: 'A decision on the right to rent a social apartment and a tenancy agreement.',
      },
      feeCents: 0,
      feeNote: feeNote(
        'Sociālā dzīvokļa īres maksa ir samazināta; īrnieks maksā par komunālajiem pakalpojumiem, kuru segšanai var saņemt mājokļa pabalstu.',
        'The rent of a social apartment is reduced; the tenant pays for utilities, for which the housing benefit may be granted.',
      ),
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.housingAssistance, LAW.social, HOUSING_ACT],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Pirms līguma pagarināšanas pārbaudīt trūcīgas vai maznodrošinātas mājsaimniecības statusa derīgumu.',
      keywords: {
        lv: 'sociālais dzīvoklis sociālā māja lēts dzīvoklis trūcīgs mājoklis īre',
        en: 'social apartment social housing low-cost flat needy rent',
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'udensapgades-pieslegums',
    owner: 'ilukstes-udens',
    category: 'housing',
    standard: {
      name: {
        lv: 'Pieslēgšanās centralizētajai ūdensapgādei un kanalizācijai',
        en: 'Connecting to the public water supply and sewerage',
      },
      description: {
        lv: 'SIA „Ilūkstes ūdens” izsniedz tehniskos noteikumus īpašuma pieslēgšanai centralizētajai ūdensapgādes un kanalizācijas sistēmai Ilūkstē, Subatē un ciemos, kur tāda ir. Pēc pieslēguma izbūves uzņēmums to pārbauda, uzstāda komercuzskaites ūdens skaitītāju un noslēdz pakalpojuma līgumu. Iesniegumu var iesniegt jebkurā pakalpojumu centrā — to pārsūta uzņēmumam.',
        en: 'Ilūkstes ūdens Ltd issues technical conditions for connecting a property to the public water supply and sewerage in Ilūkste, Subate and the villages that have them. After the connection is built, the company checks it, installs the billing water meter and concludes a service contract. The application can be made at any service centre, which forwards it to the company.',
      },
      whoMayApply: {
        lv: 'Nekustamā īpašuma īpašnieks vai tiesiskais valdītājs.',
        en: 'The owner or lawful possessor of the property.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums tehnisko noteikumu saņemšanai, kurā norādīts plānotais ūdens patēriņš',
          'Application for technical conditions stating the expected water consumption',
        ),
        {
          name: {
            lv: 'Zemes vienības situācijas plāns ar plānoto pieslēguma vietu',
            en: 'Site plan of the plot showing the planned connection point',
          },
        },
      ],
      result: {
        lv: 'Tehniskie noteikumi pieslēgumam; pēc izbūves — pieslēguma pieņemšanas akts un pakalpojuma līgums.',
        en: 'Technical conditions for the connection; after construction, an acceptance report and a service contract.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Tehnisko noteikumu izsniegšana ir bez maksas. Pieslēguma izbūvi īpašuma robežās apmaksā īpašnieks, uzņēmuma darbus — saskaņā ar SIA „Ilūkstes ūdens” cenrādi. Samaksāt var jebkura pakalpojumu centra kasē vai ar pārskaitījumu uz uzņēmuma kontu.',
        en: 'Technical conditions are free of charge. The owner pays for the connection within the property and for the company’s work under its price list. Payment can be made at any service centre cash desk or by bank transfer to the company’s account.',
      },
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par ūdenssaimniecības pakalpojumiem: tehniskos noteikumus izsniedz 10 darbdienu laikā pēc iesnieguma saņemšanas.',
        en: 'Ilūkste binding regulations on water services: technical conditions are issued within 10 working days of the application.',
      },
      legalBasis: [LAW.water, WATER_ACT],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: WATER_COMPANY,
      internalNotes:
        'Iesniegumu pārsūtīt SIA „Ilūkstes ūdens” caur lietvedības sistēmu tajā pašā dienā; izpildes statusu klientam var pateikt pēc uzņēmuma atzīmes sistēmā.',
      keywords: {
        lv: 'ūdensvads kanalizācija pieslēgums ūdens pieslēgums tehniskie noteikumi ūdens skaitītājs centralizētā ūdensapgāde',
        en: 'water supply sewerage connection water connection technical conditions water meter mains water',
      },
      reviewDue: '2027-04-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'udenssaimniecibas-ligums',
    owner: 'ilukstes-udens',
    category: 'housing',
    standard: {
      name: {
        lv: 'Ūdenssaimniecības pakalpojumu līgums un skaitītāja rādījumi',
        en: 'Water service contract and meter readings',
      },
      description: {
        lv: 'Lai saņemtu ūdensapgādes un kanalizācijas pakalpojumus, ar SIA „Ilūkstes ūdens” jānoslēdz pakalpojuma līgums, piemēram, iegādājoties vai īrējot mājokli. Līgumu var noslēgt vai pārslēgt jebkurā pakalpojumu centrā vai elektroniski. Ūdens skaitītāja rādījumus katru mēnesi var nodot e-pakalpojumu portālā, e-pastā vai pakalpojumu centrā.',
        en: 'To receive water and sewerage services you need a service contract with Ilūkstes ūdens Ltd, for example when you buy or rent a home. The contract can be concluded or transferred at any service centre or online. Meter readings can be submitted every month on the e-service portal, by email or at a service centre.',
      },
      whoMayApply: {
        lv: 'Nekustamā īpašuma īpašnieks, īrnieks vai cits lietotājs, kas izmanto ūdenssaimniecības pakalpojumus.',
        en: 'The owner, tenant or other user of a property who uses water services.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Lietošanas tiesības apliecinošs dokuments, piemēram, īres līgums',
            en: 'Proof of the right to use the property, such as a tenancy agreement',
          },
          note: {
            lv: 'Īpašuma tiesības zemesgrāmatā uzņēmums pārbauda pats.',
            en: 'The company itself checks ownership in the Land Register.',
          },
        },
        {
          name: {
            lv: 'Ūdens skaitītāja rādījums līguma noslēgšanas dienā',
            en: 'Water meter reading on the day of the contract',
          },
        },
      ],
      result: { lv: 'Noslēgts ūdenssaimniecības pakalpojumu līgums.', en: 'A water service contract.' },
      feeCents: 0,
      processingTime: 5,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'SIA „Ilūkstes ūdens” klientu apkalpošanas standarts: līgumu sagatavo piecu darbdienu laikā; ja dokumenti ir pilnīgi, to var parakstīt uzreiz.',
        en: 'Ilūkstes ūdens customer service standard: the contract is prepared within five working days; with complete documents it can be signed at once.',
      },
      legalBasis: [LAW.water, WATER_ACT],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: WATER_COMPANY,
      internalNotes:
        'Mainoties īpašniekam, iepriekšējā līguma slēgšanai vajadzīgs galīgais skaitītāja rādījums, ko apstiprina abas puses.',
      keywords: {
        lv: 'ūdens līgums ūdens skaitītājs rādījumi ūdens rēķins kanalizācija ūdensapgāde',
        en: 'water contract water meter readings water bill sewerage',
      },
      reviewDue: '2027-04-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'bojajumu-pieteiksana',
    owner: 'ilukstes-namsaimnieks',
    category: 'housing',
    standard: {
      name: {
        lv: 'Bojājumu un avāriju pieteikšana pašvaldības dzīvojamās mājās',
        en: 'Reporting faults and emergencies in municipal residential buildings',
      },
      description: {
        lv: 'SIA „Ilūkstes namsaimnieks” apsaimnieko pašvaldības dzīvojamās mājas. Bojājumus — piemēram, tekošu jumtu, nestrādājošu apkuri vai salauztas kāpņu telpas durvis — var pieteikt jebkurā pakalpojumu centrā, e-pakalpojumu portālā vai e-pastā. Avārijas gadījumā, kad apdraudēta drošība vai īpašums, jāzvana namsaimnieka avārijas dienestam, kas strādā visu diennakti.',
        en: 'Ilūkstes namsaimnieks Ltd manages the municipal residential buildings. Faults — such as a leaking roof, heating that does not work or a broken stairwell door — can be reported at any service centre, on the e-service portal or by email. In an emergency threatening safety or property, call the company’s 24-hour emergency service.',
      },
      whoMayApply: {
        lv: 'Pašvaldības dzīvokļu īrnieki, dzīvokļu īpašnieki namsaimnieka apsaimniekotajās mājās un ikviens, kas pamanījis bojājumu.',
        en: 'Tenants of municipal apartments, apartment owners in buildings managed by the company, and anyone who notices a fault.',
      },
      requiredDocuments: [
        {
          name: {
            lv: 'Pieteikums ar adresi un bojājuma aprakstu',
            en: 'A report with the address and a description of the fault',
          },
          note: {
            lv: 'Ja iespējams, pievieno fotogrāfiju.',
            en: 'Add a photograph if you can.',
          },
        },
      ],
      result: {
        lv: 'Reģistrēts pieteikums ar numuru, pēc kura var sekot izpildei; bojājuma novēršana vai ziņa par plānoto remontu.',
        en: 'A registered report with a number for following its progress; the fault repaired or a notice of the planned repair.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Bojājumu novēršana koplietošanas telpās un konstrukcijās īrniekam ir bez maksas; bojājumus dzīvokļa iekšpusē, ko izraisījis īrnieks, novērš par maksu saskaņā ar cenrādi.',
        en: 'Repairs to common parts and structures are free for tenants; damage inside the apartment caused by the tenant is repaired for a charge under the price list.',
      },
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'SIA „Ilūkstes namsaimnieks” pakalpojumu standarts: pieteikumu izvērtē nākamajā darbdienā un norāda novēršanas termiņu; avārijas izsaukumu apstrādā nekavējoties.',
        en: 'Ilūkstes namsaimnieks service standard: a report is assessed by the next working day and a repair date given; emergency calls are handled at once.',
      },
      legalBasis: [
        {
          title: { lv: 'Dzīvojamo māju pārvaldīšanas likums', en: 'Residential Properties Management Law' },
          level: 'state',
        },
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email', 'portal'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: {
        lv: 'SIA „Ilūkstes namsaimnieks”, tālr. 65462090, avārijas dienests visu diennakti — 65462099, e-pasts info@ilukstesnamsaimnieks.lv.',
        en: 'Ilūkstes namsaimnieks Ltd, phone 65462090, 24-hour emergency service 65462099, email info@ilukstesnamsaimnieks.lv.',
      },
      internalNotes:
        'Avārijas pieteikumus (ūdens noplūde, elektrība, apkure ziemā) nekavējoties nodot avārijas dienestam pa tālruni un pēc tam reģistrēt sistēmā.',
      keywords: {
        lv: 'bojājums avārija remonts jumts tek apkure nestrādā namsaimnieks pieteikt bojājumu dzīvoklis',
        en: 'fault repair emergency leaking roof heating not working report a problem housing manager',
      },
      reviewDue: '2027-04-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'koku-cirsana-arpus-meza',
    owner: 'attistibas-nodala',
    category: 'environment',
    standard: {
      name: { lv: 'Koku ciršanas atļauja ārpus meža', en: 'Permit to fell trees outside forest land' },
      description: {
        lv: 'Pašvaldības atļauja vajadzīga, lai cirstu kokus pilsētu un ciemu teritorijā, parkos, kapsētās, alejās, gar ceļiem un citās Ministru kabineta noteikumos minētajās vietās. Bez atļaujas drīkst cirst augļu kokus un kokus, kuru celma caurmērs ir mazāks par 20 centimetriem. No 15. aprīļa līdz 30. jūnijam pilsētu un ciemu teritorijā koku ciršana putnu ligzdošanas dēļ ir aizliegta.',
        en: 'A municipal permit is needed to fell trees in towns and villages, parks, cemeteries, avenues, along roads and in other places listed in the Cabinet Regulations. Fruit trees and trees with a stump diameter under 20 centimetres may be felled without a permit. From 15 April to 30 June felling in towns and villages is prohibited because of bird nesting.',
      },
      whoMayApply: {
        lv: 'Zemes īpašnieks vai tiesiskais valdītājs.',
        en: 'The owner or lawful possessor of the land.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums, kurā norādīts koku skaits, suga, atrašanās vieta un ciršanas iemesls',
          'Application stating the number, species and location of the trees and the reason for felling',
        ),
        {
          name: {
            lv: 'Zemes īpašnieka rakstiska piekrišana, ja iesniedz tiesiskais valdītājs',
            en: "The landowner's written consent, if the lawful possessor applies",
          },
        },
      ],
      result: {
        lv: 'Koku ciršanas atļauja vai pamatots atteikums; pilsētā un ciemos — arī aprēķināta zaudējumu atlīdzība.',
        en: 'A felling permit or a reasoned refusal; in towns and villages, also the compensation calculated.',
      },
      feeCents: 0,
      feeNote: feeNote(
        'Atļauja ir bez maksas. Pilsētas un ciema teritorijā var tikt noteikta zaudējumu atlīdzība par koku ciršanu saskaņā ar Ministru kabineta noteikumu metodiku.',
        'The permit is free of charge. In towns and villages compensation for felling may be charged under the method in the Cabinet Regulations.',
      ),
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [
        LAW.treesOutsideForest,
        municipalAct(
          'saistošie noteikumi par koku ciršanu ārpus meža',
          'binding regulations on felling trees outside forest land',
        ),
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: contact(
        'Attīstības nodaļa (vides speciālists)',
        'Development Department (environmental officer)',
        '65462605',
        'attistiba@ilukste.lv',
      ),
      internalNotes:
        'Vides speciālistam kokus apsekot dabā 10 darbdienu laikā; ja koks apdraud cilvēkus vai īpašumu — nekavējoties. Ja vajadzīga publiskā apspriešana, informēt iesniedzēju par termiņa pagarinājumu.',
      keywords: {
        lv: 'koku ciršana nozāģēt koku zāģēt koku bīstams koks koku izciršana atļauja cirst kokus',
        en: 'tree felling cut down a tree dangerous tree permit to fell trees',
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'atkritumu-apsaimniekosana',
    owner: 'komunala-nodala',
    category: 'environment',
    standard: {
      name: { lv: 'Sadzīves atkritumu apsaimniekošanas līgums', en: 'Household waste collection contract' },
      description: {
        lv: 'Katram nekustamā īpašuma īpašniekam vai valdītājam jābūt noslēgtam līgumam ar pašvaldības izvēlēto sadzīves atkritumu apsaimniekotāju. Pakalpojumu centrā palīdz noslēgt vai mainīt līgumu, izvēlēties konteinera izmēru un izvešanas biežumu, kā arī pieteikt dalīto atkritumu konteinerus. Maksa sastāv no iepirkumā noteiktās savākšanas cenas un Sabiedrisko pakalpojumu regulēšanas komisijas apstiprinātā apglabāšanas tarifa.',
        en: 'Every owner or occupier of a property must have a contract with the waste operator chosen by the municipality. The service centre helps you conclude or change the contract, choose the size of the bin and the collection frequency, and order bins for sorted waste. The charge consists of the collection price set in the tender and the landfill tariff approved by the Public Utilities Commission.',
      },
      whoMayApply: {
        lv: 'Nekustamā īpašuma īpašnieks, valdītājs vai apsaimniekotājs.',
        en: 'The owner, occupier or manager of a property.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums līguma noslēgšanai vai grozīšanai',
          'Application to conclude or change the contract',
        ),
      ],
      result: {
        lv: 'Noslēgts vai grozīts līgums ar atkritumu apsaimniekotāju un konteinera izvešanas grafiks.',
        en: 'A new or amended contract with the waste operator and a collection schedule.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Par atkritumu izvešanu maksā atkritumu apsaimniekotājam saskaņā ar noslēgto līgumu un domes apstiprināto maksu.',
        en: 'Collection is paid to the waste operator under the contract at the charge approved by the council.',
      },
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada pakalpojumu standarts: līgumu sagatavo un pirmo izvešanu nodrošina 10 darbdienu laikā pēc iesnieguma.',
        en: 'Ilūkste service standard: the contract is prepared and the first collection made within 10 working days of the application.',
      },
      legalBasis: [
        LAW.waste,
        municipalAct(
          'saistošie noteikumi „Sadzīves atkritumu apsaimniekošanas noteikumi”',
          'binding regulations on household waste management',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: MUNICIPAL_SERVICES,
      internalNotes:
        'Līguma projektu nosūtīt apsaimniekotājam elektroniski; vasarnīcām var slēgt sezonas līgumu (no maija līdz oktobrim).',
      keywords: {
        lv: 'atkritumi atkritumu izvešana konteiners šķirošana atkritumu līgums dalītā vākšana',
        en: 'waste rubbish collection bin container recycling waste contract',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'sunu-registracija',
    owner: 'komunala-nodala',
    category: 'environment',
    standard: {
      name: {
        lv: 'Suņa reģistrācija pašvaldībā un suņa turēšanas nodeva',
        en: 'Registering a dog with the municipality and the dog-keeping fee',
      },
      description: {
        lv: 'Suņa īpašniekam, kura dzīvesvieta ir Ilūkstes novadā, suns jāreģistrē pašvaldībā un katru gadu jāmaksā suņa turēšanas nodeva. Pakalpojumu centrā pārbauda, vai suns ir apzīmēts ar mikroshēmu un reģistrēts valsts mājas (istabas) dzīvnieku reģistrā, un uzreiz izsniedz reģistrācijas žetonu. Ja suns vēl nav apzīmēts, vispirms jāvēršas pie veterinārārsta.',
        en: 'A dog owner living in the Ilūkste municipality must register the dog with the municipality and pay the annual dog-keeping fee. The service centre checks that the dog is microchipped and registered in the state pet register and issues a registration tag at once. If the dog has not been microchipped, see a vet first.',
      },
      whoMayApply: { lv: 'Suņa īpašnieks vai turētājs.', en: 'The owner or keeper of the dog.' },
      requiredDocuments: [
        DOC.identity,
        { name: { lv: 'Suņa pase vai mikroshēmas numurs', en: "The dog's passport or microchip number" } },
      ],
      result: {
        lv: 'Suns reģistrēts pašvaldības reģistrā, izsniegts žetons un samaksāta nodeva.',
        en: 'The dog is registered with the municipality, a tag is issued and the fee is paid.',
      },
      feeCents: 500,
      feeNote: feeNote(
        'Suņa turēšanas nodeva ir 5,00 euro gadā; personām ar invaliditāti, vientuļiem pensionāriem un par suni, kas paņemts no dzīvnieku patversmes, — atvieglojumi saskaņā ar saistošajiem noteikumiem.',
        'The dog-keeping fee is EUR 5.00 a year; persons with disabilities, pensioners living alone and owners of dogs adopted from a shelter get relief under the binding regulations.',
      ),
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [
        LAW.animalProtection,
        LAW.petRegistration,
        municipalAct(
          'saistošie noteikumi „Par pašvaldības nodevu par suņa turēšanu”',
          'binding regulations on the dog-keeping fee',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'portal'],
      receiveChannels: ['in_person', 'post'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 3,
      contact: MUNICIPAL_SERVICES,
      internalNotes:
        'Mikroshēmas numuru pārbaudīt Lauksaimniecības datu centra reģistrā; ja suns nav valsts reģistrā, virzīt pie veterinārārsta. Žetonus glabāt kasē.',
      keywords: {
        lv: 'suns suņa reģistrācija suņu nodeva čipēšana mikroshēma žetons mājdzīvnieks kucēns',
        en: 'dog register a dog dog fee microchip tag pet puppy',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'medibu-makskeresanas-informacija',
    owner: 'vmd',
    category: 'environment',
    standard: {
      name: {
        lv: 'Informācija par medību tiesībām un makšķerēšanas kartēm',
        en: 'Information on hunting rights and fishing cards',
      },
      description: {
        lv: 'Medību tiesības, medību platību reģistrāciju un mednieku apliecības pārzina Valsts meža dienests, bet licencētās makšķerēšanas kartes novada ūdenstilpēs izsniedz licencētās makšķerēšanas organizētāji. Pakalpojumu centrā sniedz informāciju, kur un kā šos jautājumus kārtot, un palīdz iegādāties makšķerēšanas karti portālā latvija.lv. Pašvaldība medību tiesības pati nepiešķir.',
        en: 'Hunting rights, the registration of hunting grounds and hunter’s certificates are handled by the State Forest Service, while licensed fishing cards for local waters are issued by the licensed fishing organisers. The service centre explains where and how to deal with these matters and helps you buy a fishing card at latvija.lv. The municipality does not grant hunting rights itself.',
      },
      whoMayApply: { lv: 'Ikviens interesents.', en: 'Anyone interested.' },
      requiredDocuments: [],
      result: {
        lv: 'Sniegta informācija un norādīta atbildīgā iestāde vai organizētājs.',
        en: 'Information given and the responsible institution or organiser identified.',
      },
      feeCents: 0,
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [LAW.hunting, LAW.fishing],
      legalLevel: 'state',
      applyChannels: ['in_person', 'email'],
      receiveChannels: ['in_person', 'email'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 0,
      contact: {
        lv: 'Valsts meža dienests, Dienvidlatgales virsmežniecība, www.vmd.gov.lv, e-pasts vmd@vmd.gov.lv. Informāciju sniedz arī jebkurā Ilūkstes novada pakalpojumu centrā.',
        en: 'State Forest Service, South Latgale forest district, www.vmd.gov.lv, email vmd@vmd.gov.lv. Information is also given at any service centre of the Ilūkste municipality.',
      },
      internalNotes:
        'Medību tiesību nomas līgumus par pašvaldības zemi slēdz Nekustamā īpašuma nodaļa — šādus jautājumus nodot tai.',
      keywords: {
        lv: 'medības medību tiesības mednieks makšķerēšana makšķerēšanas karte zveja licence',
        en: 'hunting hunting rights hunter fishing fishing card angling licence',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
];
