import type { LegalBasis, RequiredDocument, ServiceSeed } from '../types';
import { applicationForm, BASIS, contact, DOC, feeNote, LAW, municipalAct } from './common';

const SOCIAL_SERVICE = contact(
  'Sociālais dienests',
  'Social Service',
  '65462280',
  'socialais.dienests@ilukste.lv',
);

const BENEFITS_ACT = municipalAct(
  'saistošie noteikumi „Par sociālās palīdzības pabalstiem Ilūkstes novadā”',
  'binding regulations on social assistance benefits',
);
const SOCIAL_SERVICES_ACT = municipalAct(
  'saistošie noteikumi „Par sociālajiem pakalpojumiem Ilūkstes novadā”',
  'binding regulations on social services',
);
const SOCIAL_SERVICES_REGULATIONS: LegalBasis = {
  title: {
    lv: 'Ministru kabineta noteikumi par sociālo pakalpojumu un sociālās palīdzības saņemšanu',
    en: 'Cabinet Regulations on receiving social services and social assistance',
  },
  level: 'state',
};

const GP_STATEMENT: RequiredDocument = {
  name: {
    lv: 'Ģimenes ārsta atzinums par veselības stāvokli un aprūpes vajadzībām',
    en: "Family doctor's statement on the state of health and care needs",
  },
};

const ONCE_ONLY_INCOME: RequiredDocument = {
  name: {
    lv: 'Dokumenti par ienākumiem, kas nav pieejami valsts informācijas sistēmās (piemēram, uzturlīdzekļi vai ienākumi no ārvalstīm)',
    en: 'Proof of income not available in state information systems (for example, maintenance payments or income from abroad)',
  },
  note: {
    lv: 'Ziņas par algu, pensiju un pabalstiem sociālais dienests iegūst no valsts reģistriem pats.',
    en: 'The Social Service obtains data on wages, pensions and benefits from state registers itself.',
  },
};

/** Social assistance and social services (Sociālais dienests). */
export const SOCIAL_SERVICES: ServiceSeed[] = [
  {
    code: 'trucigas-maznodrosinatas-statuss',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: {
        lv: 'Trūcīgas vai maznodrošinātas mājsaimniecības statusa noteikšana',
        en: 'Determining needy or low-income household status',
      },
      description: {
        lv: 'Sociālais dienests izvērtē mājsaimniecības ienākumus un materiālo situāciju un nosaka tai trūcīgas vai maznodrošinātas mājsaimniecības statusu. Statuss dod tiesības uz sociālās palīdzības pabalstiem, nekustamā īpašuma nodokļa atvieglojumiem un citu atbalstu. Ziņas no valsts reģistriem dienests iegūst pats, tāpēc jāiesniedz tikai tie dokumenti, kuru nav valsts informācijas sistēmās.',
        en: 'The Social Service assesses the income and material situation of the household and grants it needy or low-income status. The status gives access to social assistance benefits, real estate tax relief and other support. The service obtains data from state registers itself, so you only provide documents that are not in state information systems.',
      },
      whoMayApply: {
        lv: 'Mājsaimniecība, kuras dzīvesvieta deklarēta Ilūkstes novadā; iesniegumu iesniedz viens no mājsaimniecības pilngadīgajiem locekļiem.',
        en: 'A household registered as resident in the Ilūkste municipality; one adult member of the household applies.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums un iztikas līdzekļu deklarācija', 'Application and statement of means'),
        ONCE_ONLY_INCOME,
      ],
      result: {
        lv: 'Sociālā dienesta lēmums un izziņa par atbilstību trūcīgas vai maznodrošinātas mājsaimniecības statusam — uz sešiem mēnešiem, pensijas vecuma personām un personām ar invaliditāti — uz 12 mēnešiem.',
        en: 'A decision of the Social Service and a certificate of needy or low-income status — for six months, or 12 months for pensioners and persons with disabilities.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.social10,
      legalBasis: [
        LAW.social,
        LAW.householdMeans,
        municipalAct(
          'saistošie noteikumi par maznodrošinātas mājsaimniecības ienākumu slieksni',
          'binding regulations on the income threshold of a low-income household',
        ),
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Ienākumus pārbaudīt valsts informācijas sistēmās (VID, VSAA, NVA); klientam neprasīt izziņas, kas tur pieejamas (vienreizes princips).',
      keywords: {
        lv: 'trūcīgs trūcīgā persona maznodrošināts statuss izziņa sociālā palīdzība ienākumi nabadzība',
        en: 'needy low-income status certificate social assistance income poverty',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'gmi-pabalsts',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: {
        lv: 'Garantētā minimālā ienākuma (GMI) pabalsts',
        en: 'Guaranteed minimum income (GMI) benefit',
      },
      description: {
        lv: 'GMI pabalstu piešķir trūcīgai vai maznodrošinātai mājsaimniecībai, kuras ienākumi ir zemāki par valstī noteikto garantētā minimālā ienākuma slieksni. Pabalsta apmērs ir starpība starp slieksni un mājsaimniecības kopējiem ienākumiem. Pabalsta saņēmēji līdzdarbojas savas situācijas uzlabošanā, piemēram, reģistrējoties Nodarbinātības valsts aģentūrā.',
        en: 'The GMI benefit is granted to a needy or low-income household whose income is below the guaranteed minimum income threshold set by the state. It equals the difference between the threshold and the total income of the household. Recipients take part in improving their situation, for example by registering with the State Employment Agency.',
      },
      whoMayApply: {
        lv: 'Mājsaimniecība ar trūcīgas vai maznodrošinātas mājsaimniecības statusu, kuras dzīvesvieta deklarēta Ilūkstes novadā.',
        en: 'A household with needy or low-income status registered as resident in the Ilūkste municipality.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums GMI pabalsta saņemšanai', 'Application for the GMI benefit'),
        {
          name: { lv: 'Vienošanās par līdzdarbību', en: 'Agreement on participation' },
          note: { lv: 'Noslēdz sociālajā dienestā.', en: 'Concluded at the Social Service.' },
        },
      ],
      result: {
        lv: 'Lēmums par GMI pabalsta piešķiršanu un pabalsta izmaksa uz kontu vai pakalpojumu centra kasē.',
        en: 'A decision granting the GMI benefit and payment to a bank account or at a service centre cash desk.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.social10,
      legalBasis: [LAW.social, LAW.householdMeans],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Iesniegumu izskatīt kopā ar trūcīgas vai maznodrošinātas mājsaimniecības statusa noteikšanu.',
      keywords: {
        lv: 'GMI garantētais minimālais ienākums pabalsts naudas pabalsts trūcīgs iztikas minimums',
        en: 'GMI guaranteed minimum income benefit cash benefit needy',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'majokla-pabalsts',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: { lv: 'Mājokļa pabalsts', en: 'Housing benefit' },
      description: {
        lv: 'Mājokļa pabalsts palīdz segt izdevumus par īri, apkuri, ūdeni, elektroenerģiju, atkritumu izvešanu un citus ar mājokli saistītus izdevumus. To piešķir trūcīgai vai maznodrošinātai mājsaimniecībai, ņemot vērā valstī un pašvaldībā noteiktos izdevumu normatīvus. Apkures sezonā pabalstu var piešķirt arī malkas iegādei.',
        en: 'The housing benefit helps to pay for rent, heating, water, electricity, waste collection and other housing costs. It is granted to a needy or low-income household under the cost norms set by the state and the municipality. In the heating season it can also cover the purchase of firewood.',
      },
      whoMayApply: {
        lv: 'Trūcīga vai maznodrošināta mājsaimniecība, kuras dzīvesvieta deklarēta Ilūkstes novadā un kura ir mājokļa īpašnieks, īrnieks vai lietotājs.',
        en: 'A needy or low-income household registered as resident in the Ilūkste municipality that owns, rents or uses the home.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums mājokļa pabalsta saņemšanai', 'Application for the housing benefit'),
        {
          name: {
            lv: 'Rēķini vai maksājumu apliecinājumi par mājokļa izdevumiem',
            en: 'Bills or proof of payment for housing costs',
          },
          note: {
            lv: 'Nav jāiesniedz par pašvaldības kapitālsabiedrību rēķiniem — tos dienests saņem pats.',
            en: 'Not needed for bills from municipal companies — the service receives them itself.',
          },
        },
        {
          name: {
            lv: 'Īres līgums, ja mājokli īrē no privātpersonas',
            en: 'Tenancy agreement, if the home is rented from a private person',
          },
        },
      ],
      result: {
        lv: 'Lēmums par mājokļa pabalsta piešķiršanu; pabalstu pārskaita pakalpojuma sniedzējam vai saņēmējam.',
        en: 'A decision granting the housing benefit; it is paid to the service provider or to the recipient.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.social10,
      legalBasis: [
        LAW.social,
        LAW.householdMeans,
        municipalAct(
          'saistošie noteikumi „Par mājokļa pabalstu”',
          'binding regulations on the housing benefit',
        ),
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Malkas iegādei pabalstu piešķirt vienu reizi apkures sezonā; SIA „Ilūkstes namsaimnieks” un SIA „Ilūkstes ūdens” rēķinus pieprasīt elektroniski.',
      keywords: {
        lv: 'mājokļa pabalsts īre apkure komunālie maksājumi malka dzīvokļa pabalsts rēķini',
        en: 'housing benefit rent heating utility bills firewood',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'berna-piedzimsanas-pabalsts',
    owner: 'socialais-dienests',
    category: 'family',
    standard: {
      name: { lv: 'Pašvaldības pabalsts bērna piedzimšanas gadījumā', en: 'Municipal childbirth allowance' },
      description: {
        lv: 'Pašvaldība piešķir vienreizēju pabalstu 300 euro apmērā par katru jaundzimušo, kura dzīvesvieta deklarēta Ilūkstes novadā. Pabalstu var pieprasīt sešu mēnešu laikā pēc bērna piedzimšanas. Ja bērna dzimšanu reģistrē Ilūkstes dzimtsarakstu nodaļā, pieprasījumu var iesniegt turpat.',
        en: 'The municipality pays a one-off allowance of EUR 300 for every newborn child registered as resident in the Ilūkste municipality. It can be claimed within six months of the birth. If the birth is registered at the Ilūkste civil registry office, the claim can be made there at the same time.',
      },
      whoMayApply: {
        lv: 'Bērna māte vai tēvs, ja vismaz viena vecāka dzīvesvieta ir deklarēta Ilūkstes novadā vismaz sešus mēnešus pirms bērna piedzimšanas un bērna dzīvesvieta ir deklarēta Ilūkstes novadā.',
        en: "The child's mother or father, if at least one parent has been registered as resident in the Ilūkste municipality for at least six months before the birth and the child is registered as resident there.",
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Iesniegums, kurā norādīts bankas konta numurs',
            en: 'Application stating a bank account number',
          },
          note: {
            lv: 'Dzimšanas apliecība nav jāuzrāda — ziņas pārbauda Fizisko personu reģistrā.',
            en: 'The birth certificate is not needed — the data are checked in the Register of Natural Persons.',
          },
        },
      ],
      result: {
        lv: 'Lēmums par pabalsta piešķiršanu un 300 euro pārskaitījums uz norādīto kontu.',
        en: 'A decision granting the allowance and a transfer of EUR 300 to the account given.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par pabalstiem ģimenēm ar bērniem: lēmumu pieņem 10 darbdienu laikā pēc iesnieguma saņemšanas.',
        en: 'Ilūkste binding regulations on allowances for families with children: the decision is taken within 10 working days of receiving the application.',
      },
      legalBasis: [
        LAW.localGovernments,
        municipalAct(
          'saistošie noteikumi „Par pabalstiem ģimenēm ar bērniem”',
          'binding regulations on allowances for families with children',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Pieprasījumu var pieņemt dzimtsarakstu nodaļā uzreiz pēc dzimšanas reģistrācijas; deklarēšanas ilgumu pārbaudīt Fizisko personu reģistrā.',
      keywords: {
        lv: 'bērna piedzimšanas pabalsts jaundzimušais pabalsts dzimšana mazulis pašvaldības pabalsts ģimenei',
        en: 'childbirth allowance newborn baby grant family allowance birth',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'apbedisanas-pabalsts',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: { lv: 'Apbedīšanas pabalsts', en: 'Funeral benefit' },
      description: {
        lv: 'Pašvaldība piešķir vienreizēju apbedīšanas pabalstu, ja mirušā dzīvesvieta bija deklarēta Ilūkstes novadā un Valsts sociālās apdrošināšanas aģentūras apbedīšanas pabalsts nepienākas vai nesedz izdevumus pilnībā. Pabalstu var pārskaitīt tieši apbedīšanas pakalpojumu sniedzējam. Ja mirušajam nav piederīgo, apbedīšanu organizē pašvaldība.',
        en: 'The municipality grants a one-off funeral benefit if the deceased was registered as resident in the Ilūkste municipality and no funeral benefit from the State Social Insurance Agency is due or it does not cover the costs in full. The benefit can be paid directly to the funeral service provider. If the deceased has no family, the municipality arranges the funeral.',
      },
      whoMayApply: {
        lv: 'Persona, kas uzņēmusies mirušā apbedīšanu.',
        en: 'The person who has taken on the funeral of the deceased.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums apbedīšanas pabalsta saņemšanai', 'Application for the funeral benefit'),
        {
          name: {
            lv: 'Apbedīšanas izdevumus apliecinoši dokumenti (rēķins vai čeks)',
            en: 'Proof of funeral costs (invoice or receipt)',
          },
          note: {
            lv: 'Miršanas apliecība nav jāiesniedz, ja miršana reģistrēta Latvijā.',
            en: 'The death certificate is not needed if the death was registered in Latvia.',
          },
        },
      ],
      result: {
        lv: 'Lēmums par pabalsta piešķiršanu; pabalstu pārskaita apbedīšanas pakalpojumu sniedzējam vai izmaksā saņēmējam.',
        en: 'A decision granting the benefit; it is paid to the funeral service provider or to the applicant.',
      },
      feeCents: 0,
      processingTime: 5,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par sociālās palīdzības pabalstiem: lēmumu par apbedīšanas pabalstu pieņem piecu darbdienu laikā — īsākā termiņā par likumā noteiktajām 10 darbdienām.',
        en: 'Ilūkste binding regulations on social assistance benefits: the decision on the funeral benefit is taken within five working days — sooner than the 10 working days set by law.',
      },
      legalBasis: [LAW.social, BENEFITS_ACT],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'post', 'email', 'e_address'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Pārbaudīt VSAA datos, vai izmaksāts valsts apbedīšanas pabalsts; ja pabalstu pārskaita apbedītājam, pievienot rēķinu lietai.',
      keywords: {
        lv: 'apbedīšanas pabalsts bēres apbedīšana miršana pabalsts bērēm',
        en: 'funeral benefit burial grant funeral costs',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'krizes-situacijas-pabalsts',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: { lv: 'Pabalsts krīzes situācijā', en: 'Crisis benefit' },
      description: {
        lv: 'Pabalstu krīzes situācijā piešķir, ja mājsaimniecība ārkārtēja notikuma — ugunsgrēka, plūdu, vētras vai citas nelaimes — dēļ nespēj pati nodrošināt savas pamatvajadzības. Pabalstu piešķir, neizvērtējot mājsaimniecības ienākumus. Iesniegums jāiesniedz ne vēlāk kā trīs mēnešu laikā pēc krīzes situācijas rašanās.',
        en: 'The crisis benefit is granted when, because of an emergency such as a fire, flood, storm or other disaster, a household cannot meet its basic needs. It is granted without assessing the household’s income. The application must be made no later than three months after the crisis.',
      },
      whoMayApply: {
        lv: 'Mājsaimniecība, kuras dzīvesvieta deklarēta Ilūkstes novadā un kura nonākusi krīzes situācijā.',
        en: 'A household registered as resident in the Ilūkste municipality that has been hit by a crisis.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums', 'Application'),
        {
          name: {
            lv: 'Dokumenti, kas apliecina krīzes situāciju (piemēram, Valsts ugunsdzēsības un glābšanas dienesta izziņa), ja tie ir pieejami',
            en: 'Documents showing the crisis (for example, a statement from the State Fire and Rescue Service), if available',
          },
        },
      ],
      result: {
        lv: 'Lēmums par pabalsta piešķiršanu un pabalsta izmaksa.',
        en: 'A decision granting the benefit and its payment.',
      },
      feeCents: 0,
      processingTime: 5,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada saistošie noteikumi par sociālās palīdzības pabalstiem: krīzes situācijā lēmumu pieņem piecu darbdienu laikā, neizvērtējot ienākumus.',
        en: 'Ilūkste binding regulations on social assistance benefits: in a crisis the decision is taken within five working days without assessing income.',
      },
      legalBasis: [LAW.social, BENEFITS_ACT],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 1,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Ugunsgrēka vai plūdu gadījumā sociālais darbinieks sazinās ar ģimeni tās pašas dienas laikā; pēc vajadzības piedāvāt pagaidu dzīvojamo telpu.',
      keywords: {
        lv: 'krīze krīzes pabalsts ugunsgrēks plūdi nelaime ārkārtas palīdzība vētra nodega māja',
        en: 'crisis benefit fire flood disaster emergency help storm house burned',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'aprupe-majas',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: { lv: 'Aprūpe mājās', en: 'Home care' },
      description: {
        lv: 'Aprūpētājs palīdz cilvēkiem, kuri vecuma, slimības vai invaliditātes dēļ paši nespēj sevi aprūpēt: iepērk pārtiku un medikamentus, palīdz uzturēt tīrību, sagatavot ēdienu, ienest malku un veikt personīgo higiēnu. Sociālais darbinieks izvērtē vajadzības mājās un kopā ar klientu vienojas par aprūpes apjomu.',
        en: 'A carer helps people who cannot look after themselves because of age, illness or disability: shopping for food and medicines, cleaning, preparing meals, bringing in firewood and personal hygiene. A social worker assesses the needs at home and agrees the amount of care with the client.',
      },
      whoMayApply: {
        lv: 'Persona, kuras dzīvesvieta deklarēta Ilūkstes novadā un kura objektīvu iemeslu dēļ nespēj sevi aprūpēt, ja aprūpi nevar nodrošināt apgādnieki vai kopā dzīvojošie ģimenes locekļi.',
        en: 'A person registered as resident in the Ilūkste municipality who for objective reasons cannot look after themselves, where care cannot be provided by those legally liable or by household members.',
      },
      requiredDocuments: [DOC.identity, applicationForm('Iesniegums', 'Application'), GP_STATEMENT],
      result: {
        lv: 'Lēmums par aprūpes mājās piešķiršanu, aprūpes plāns un regulāri aprūpētāja apmeklējumi.',
        en: 'A decision granting home care, a care plan and regular visits by a carer.',
      },
      feeCents: 0,
      feeNote: feeNote(
        'Maksu par aprūpi mājās nosaka, izvērtējot klienta un apgādnieku ienākumus; trūcīgām un maznodrošinātām personām aprūpe mājās ir bez maksas.',
        'The charge for home care depends on the income of the client and of those legally liable; it is free for needy and low-income persons.',
      ),
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.socialServiceMonth,
      legalBasis: [LAW.social, SOCIAL_SERVICES_REGULATIONS, SOCIAL_SERVICES_ACT],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Vajadzību izvērtējumu mājās veikt 10 darbdienu laikā pēc iesnieguma; steidzamos gadījumos — nākamajā darbdienā.',
      keywords: {
        lv: 'aprūpe mājās aprūpētājs vecs cilvēks seniors palīdzība mājās invaliditāte kopšana',
        en: 'home care carer elderly senior help at home disability',
      },
      reviewDue: '2027-04-30',
      validFrom: '2025-10-01',
    },
  },
  {
    code: 'asistenta-pakalpojums',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: {
        lv: 'Asistenta pakalpojums personām ar invaliditāti',
        en: 'Personal assistant service for persons with disabilities',
      },
      description: {
        lv: 'Asistents palīdz personai ar invaliditāti pārvietoties ārpus mājokļa — nokļūt darbā, izglītības iestādē, pie ārsta, sociālo pakalpojumu sniedzēja vai brīvā laika pasākumos. Pakalpojuma apjomu nosaka, izvērtējot personas vajadzības. Asistentu var izvēlēties pati persona, piemēram, kādu no tuviniekiem.',
        en: 'An assistant helps a person with a disability to get around outside the home — to work, school, the doctor, a social service provider or leisure activities. The number of hours depends on the assessed needs. The person may choose the assistant, for example a relative.',
      },
      whoMayApply: {
        lv: 'Persona ar invaliditāti, kurai Veselības un darbspējas ekspertīzes ārstu valsts komisija (VDEĀVK) izsniegusi atzinumu par asistenta nepieciešamību un kuras dzīvesvieta deklarēta Ilūkstes novadā.',
        en: 'A person with a disability for whom the State Medical Commission for the Assessment of Health Condition and Working Ability (VDEĀVK) has issued an opinion on the need for an assistant, registered as resident in the Ilūkste municipality.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums', 'Application'),
        {
          name: {
            lv: 'VDEĀVK atzinums par asistenta nepieciešamību',
            en: 'VDEĀVK opinion on the need for an assistant',
          },
          note: {
            lv: 'Nav jāiesniedz, ja atzinums pieejams valsts informācijas sistēmā.',
            en: 'Not needed if the opinion is available in the state information system.',
          },
        },
        {
          name: {
            lv: 'Asistenta kandidāta iesniegums, ja asistentu izvēlas pati persona',
            en: "The candidate assistant's application, if the person chooses the assistant",
          },
        },
      ],
      result: {
        lv: 'Lēmums par asistenta pakalpojuma piešķiršanu un noteiktu stundu skaitu nedēļā.',
        en: 'A decision granting the assistant service for a set number of hours a week.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ministru kabineta noteikumi par asistenta pakalpojumu pašvaldībā: lēmumu pieņem 10 darbdienu laikā pēc visu vajadzīgo dokumentu saņemšanas.',
        en: 'Cabinet Regulations on the assistant service in local governments: the decision is taken within 10 working days of receiving all the required documents.',
      },
      legalBasis: [
        LAW.social,
        {
          title: {
            lv: 'Ministru kabineta noteikumi par asistenta pakalpojumu pašvaldībā',
            en: 'Cabinet Regulations on the assistant service in local governments',
          },
          level: 'state',
        },
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Asistenta darba laika uzskaites veidlapas pieņem jebkurā pakalpojumu centrā līdz mēneša 5. datumam.',
      keywords: {
        lv: 'asistents asistenta pakalpojums invaliditāte pavadonis pārvietošanās palīdzība',
        en: 'personal assistant disability assistance escort mobility help',
      },
      reviewDue: '2027-04-30',
      validFrom: '2025-10-01',
    },
  },
  {
    code: 'ilgstosa-sociala-aprupe',
    owner: 'socialais-dienests',
    category: 'social',
    standard: {
      name: {
        lv: 'Ilgstoša sociālā aprūpe institūcijā',
        en: 'Long-term social care in a residential institution',
      },
      description: {
        lv: 'Ja pensijas vecuma persona vai persona ar invaliditāti vairs nevar dzīvot patstāvīgi un aprūpe mājās nav pietiekama, sociālais dienests izvērtē vajadzības un piešķir vietu sociālās aprūpes centrā „Subate” vai citā ilgstošas sociālās aprūpes institūcijā. Ja brīvu vietu nav, personu iekļauj rindā.',
        en: 'If a pensioner or a person with a disability can no longer live independently and home care is not enough, the Social Service assesses the needs and grants a place at the social care centre ‘Subate’ or another long-term care institution. If no place is free, the person is put on the waiting list.',
      },
      whoMayApply: {
        lv: 'Pensijas vecuma persona vai persona ar invaliditāti, kuras dzīvesvieta deklarēta Ilūkstes novadā un kura nespēj sevi aprūpēt; iesniegumu var iesniegt arī likumiskais pārstāvis.',
        en: 'A pensioner or a person with a disability registered as resident in the Ilūkste municipality who cannot look after themselves; a legal representative may also apply.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums', 'Application'),
        {
          name: {
            lv: 'Ģimenes ārsta izraksts no medicīniskās dokumentācijas',
            en: "Extract from the family doctor's medical records",
          },
        },
      ],
      result: {
        lv: 'Lēmums par ilgstošas sociālās aprūpes pakalpojuma piešķiršanu un līgums ar aprūpes iestādi.',
        en: 'A decision granting long-term care and an agreement with the care institution.',
      },
      feeCents: 0,
      feeNote: feeNote(
        'Pakalpojuma maksu sedz no klienta pensijas vai citiem ienākumiem, klientam paliekot normatīvajos aktos noteiktajai summai personīgajiem izdevumiem; iztrūkstošo daļu sedz apgādnieki vai pašvaldība.',
        'The charge is paid from the client’s pension or other income, leaving the client the amount for personal expenses set by law; the rest is paid by those legally liable or by the municipality.',
      ),
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.socialServiceMonth,
      legalBasis: [LAW.social, SOCIAL_SERVICES_REGULATIONS, SOCIAL_SERVICES_ACT],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 1,
      contact: SOCIAL_SERVICE,
      internalNotes:
        'Rindas kārtību un brīvās vietas „Subatē” pārbaudīt sociālā dienesta reģistrā katru pirmdienu.',
      keywords: {
        lv: 'pansionāts aprūpes centrs veco ļaužu nams ilgstoša aprūpe sociālās aprūpes centrs seniori',
        en: 'care home nursing home elderly residential care long-term care',
      },
      reviewDue: '2027-04-30',
      validFrom: '2025-10-01',
    },
  },
];
