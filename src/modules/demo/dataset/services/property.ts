import type { LegalBasis, ServiceSeed } from '../types';
import { applicationForm, BASIS, contact, DOC, feeNote, LAW, municipalAct } from './common';

const TAX_ADMIN = contact(
  'Finanšu nodaļa (nodokļu administrators)',
  'Finance Department (tax administrator)',
  '65462310',
  'nodokli@ilukste.lv',
);
const REAL_ESTATE = contact(
  'Nekustamā īpašuma nodaļa',
  'Real Estate Department',
  '65462617',
  'ipasumi@ilukste.lv',
);
const BUILDING_BOARD = contact('Būvvalde', 'Building Board', '65462612', 'buvvalde@ilukste.lv');

const TAX_RELIEF_ACT = municipalAct(
  'saistošie noteikumi „Par nekustamā īpašuma nodokļa atvieglojumiem Ilūkstes novadā”',
  'binding regulations on real estate tax relief',
);
const SPATIAL_PLAN = municipalAct('teritorijas plānojums', 'spatial plan');
const PUBLIC_LAND_LEASE: LegalBasis = {
  title: {
    lv: 'Ministru kabineta noteikumi Nr. 350 „Publiskas personas zemes nomas un apbūves tiesības noteikumi”',
    en: 'Cabinet Regulation No. 350 ‘Regulations on the lease of and building rights on public land’',
  },
  level: 'state',
};

/** Real estate tax and land / property services. */
export const PROPERTY_SERVICES: ServiceSeed[] = [
  {
    code: 'nin-atvieglojumi',
    owner: 'finansu-nodala',
    category: 'property-tax',
    standard: {
      name: { lv: 'Nekustamā īpašuma nodokļa atvieglojumi', en: 'Real estate tax relief' },
      description: {
        lv: 'Pašvaldība piešķir nekustamā īpašuma nodokļa atvieglojumus saistošajos noteikumos noteiktajām personu grupām — trūcīgām un maznodrošinātām mājsaimniecībām, daudzbērnu ģimenēm, personām ar I vai II grupas invaliditāti un vientuļiem pensionāriem. Atvieglojumu piešķir par mājokli, kurā persona deklarējusi dzīvesvietu. Iesniegumu par kārtējo gadu var iesniegt līdz taksācijas gada 15. novembrim, arī e-pakalpojumu portālā.',
        en: 'The municipality grants real estate tax relief to the groups set in its binding regulations — needy and low-income households, large families, persons with group I or II disability and pensioners living alone. Relief applies to the home where the person has declared residence. An application for the current year can be made until 15 November of the tax year, also on the e-service portal.',
      },
      whoMayApply: {
        lv: 'Nekustamā īpašuma īpašnieks vai tiesiskais valdītājs, kurš atbilst kādai no saistošajos noteikumos noteiktajām personu grupām un kura dzīvesvieta deklarēta attiecīgajā īpašumā.',
        en: 'An owner or lawful possessor of real estate who belongs to one of the groups in the binding regulations and has declared residence at that property.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums nodokļa atvieglojuma saņemšanai', 'Application for tax relief'),
        {
          name: {
            lv: 'Dokumenti, kas apliecina atbilstību personu grupai, ja ziņas nav pieejamas valsts vai pašvaldības reģistros',
            en: 'Proof of belonging to the group, if this is not available in state or municipal registers',
          },
          note: {
            lv: 'Trūcīgas vai maznodrošinātas mājsaimniecības statusu, invaliditāti un daudzbērnu ģimenes statusu pašvaldība pārbauda reģistros pati.',
            en: 'The municipality itself checks needy or low-income status, disability and large-family status in the registers.',
          },
        },
      ],
      result: {
        lv: 'Lēmums par nodokļa atvieglojuma piešķiršanu un pārrēķināts maksāšanas paziņojums.',
        en: 'A decision granting the relief and a recalculated tax notice.',
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.realEstateTax, TAX_RELIEF_ACT],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address', 'portal'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: TAX_ADMIN,
      internalNotes:
        'Atvieglojumu piemērot no mēneša, kurā iegūts statuss; pārrēķinu nosūtīt uz e-adresi, ja tā aktivizēta, citādi pa pastu.',
      keywords: {
        lv: 'nekustamā īpašuma nodoklis NĪN atlaide atvieglojums nodokļa atlaide pensionārs daudzbērnu ģimene invaliditāte',
        en: 'real estate tax property tax relief discount reduction pensioner large family disability',
      },
      reviewDue: '2027-09-30',
      validFrom: '2026-01-01',
    },
    previous: {
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      changes: {
        description: {
          lv: 'Pašvaldība piešķir nekustamā īpašuma nodokļa atvieglojumus saistošajos noteikumos noteiktajām personu grupām — trūcīgām un maznodrošinātām mājsaimniecībām, personām ar I vai II grupas invaliditāti un vientuļiem pensionāriem. Atvieglojumu piešķir par mājokli, kurā persona deklarējusi dzīvesvietu. Iesniegumu par kārtējo gadu var iesniegt līdz taksācijas gada 15. novembrim.',
          en: 'The municipality grants real estate tax relief to the groups set in its binding regulations — needy and low-income households, persons with group I or II disability and pensioners living alone. Relief applies to the home where the person has declared residence. An application for the current year can be made until 15 November of the tax year.',
        },
        applyChannels: ['in_person', 'post', 'email', 'e_address'],
        receiveChannels: ['post', 'email', 'e_address'],
        eserviceMaturity: 2,
        eserviceUrl: undefined,
        reviewDue: '2025-12-31',
      },
    },
  },
  {
    code: 'nin-maksasana-un-izzina',
    owner: 'finansu-nodala',
    category: 'property-tax',
    standard: {
      name: {
        lv: 'Nekustamā īpašuma nodokļa maksāšana un izziņa par nodokļa samaksu',
        en: 'Paying real estate tax and certificate of tax payment',
      },
      description: {
        lv: 'Pašvaldība katru gadu līdz 15. februārim nosūta nekustamā īpašuma nodokļa maksāšanas paziņojumu. Nodokli maksā reizi ceturksnī — līdz 31. martam, 15. maijam, 15. augustam un 15. novembrim — vai visu uzreiz jebkura pakalpojumu centra kasē, ar pārskaitījumu vai portālā latvija.lv, kur redzami arī paziņojumi un parādi. Pakalpojumu centrā uzreiz izsniedz izziņu par nodokļa samaksu vai parāda neesību, ko prasa, piemēram, pārdodot īpašumu.',
        en: 'Every year by 15 February the municipality sends the real estate tax notice. The tax is paid quarterly — by 31 March, 15 May, 15 August and 15 November — or all at once, at the cash desk of any service centre, by bank transfer or at latvija.lv, where notices and arrears can also be seen. A certificate of payment or of no arrears, needed for example when selling a property, is issued at the service centre at once.',
      },
      whoMayApply: {
        lv: 'Nekustamā īpašuma īpašnieks vai tiesiskais valdītājs, kā arī tā pilnvarota persona.',
        en: 'The owner or lawful possessor of the real estate, or a person authorised by them.',
      },
      requiredDocuments: [DOC.identity, DOC.authorisation],
      result: {
        lv: 'Samaksāts nodoklis ar maksājuma apliecinājumu; izziņa par nodokļa samaksu vai parāda neesību.',
        en: 'The tax paid with a receipt; a certificate of payment or of no arrears.',
      },
      feeCents: 0,
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: BASIS.onTheSpot,
      legalBasis: [LAW.realEstateTax],
      legalLevel: 'state',
      applyChannels: ['in_person', 'email', 'e_address', 'latvija_lv'],
      receiveChannels: ['in_person', 'post', 'email', 'e_address', 'latvija_lv'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 4,
      eserviceUrl: 'https://www.latvija.lv/lv/pakalpojumi/nekustama-ipasuma-nodoklis',
      contact: TAX_ADMIN,
      internalNotes:
        'Izziņu par parāda neesību izsniegt tikai īpašniekam vai pilnvarotai personai; maksājumus kasē reģistrēt ar paziņojuma maksājuma atsauci.',
      keywords: {
        lv: 'nekustamā īpašuma nodoklis NĪN maksāt nodokli maksāšanas paziņojums parāds izziņa nodokļu izziņa zemes nodoklis',
        en: 'real estate tax property tax pay tax notice arrears certificate land tax',
      },
      reviewDue: '2027-01-15',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'nodokla-samaksas-termina-pagarinasana',
    owner: 'finansu-nodala',
    category: 'property-tax',
    standard: {
      name: {
        lv: 'Nekustamā īpašuma nodokļa samaksas termiņa pagarināšana',
        en: 'Extending the payment deadline of real estate tax',
      },
      description: {
        lv: 'Ja nodokli nav iespējams samaksāt laikā, var lūgt pagarināt samaksas termiņu vai sadalīt nokavēto maksājumu daļās. Pašvaldība izvērtē iemeslus un vienojas ar nodokļa maksātāju par samaksas grafiku. Laikus noslēgta vienošanās ļauj izvairīties no nodokļa piedziņas.',
        en: 'If you cannot pay the tax on time, you can ask for the deadline to be extended or for the arrears to be paid in instalments. The municipality considers the reasons and agrees a payment schedule with the taxpayer. An agreement made in good time avoids enforced recovery.',
      },
      whoMayApply: {
        lv: 'Nodokļa maksātājs — fiziska vai juridiska persona.',
        en: 'The taxpayer — a natural or legal person.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums ar piedāvāto samaksas grafiku',
          'Application with the proposed payment schedule',
        ),
        {
          name: {
            lv: 'Dokumenti, kas pamato grūtības samaksāt nodokli laikā, ja tādi ir',
            en: 'Documents explaining the difficulty in paying on time, if any',
          },
        },
      ],
      result: {
        lv: 'Lēmums par samaksas termiņa pagarināšanu un samaksas grafiks vai pamatots atteikums.',
        en: 'A decision extending the deadline with a payment schedule, or a reasoned refusal.',
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.taxesAndFees, LAW.realEstateTax],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: TAX_ADMIN,
      internalNotes: 'Ja parāds pārsniedz 1000 euro, grafiku saskaņot ar Finanšu nodaļas vadītāju.',
      keywords: {
        lv: 'termiņa pagarināšana nodokļa parāds samaksas grafiks atlikt nodokli maksāt pa daļām',
        en: 'payment deadline extension tax arrears instalment plan pay in instalments',
      },
      reviewDue: '2027-09-30',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'adreses-pieskirsana',
    owner: 'buvvalde',
    category: 'residence',
    standard: {
      name: {
        lv: 'Adreses piešķiršana, maiņa vai likvidēšana',
        en: 'Assigning, changing or cancelling an address',
      },
      description: {
        lv: 'Pašvaldība piešķir adresi jaunai ēkai vai apbūvei paredzētai zemes vienībai, maina esošo adresi vai to likvidē, ja ēka nojaukta. Lēmumu pieņem pēc īpašnieka iesnieguma vai pēc savas iniciatīvas, un ziņas iekļauj Valsts adrešu reģistrā. Adrese vajadzīga, lai deklarētu dzīvesvietu, pieslēgtu komunālos pakalpojumus un saņemtu pastu.',
        en: 'The municipality assigns an address to a new building or a plot intended for building, changes an existing address or cancels it when a building is demolished. It decides on the owner’s application or on its own initiative, and the address is entered in the State Address Register. An address is needed to declare residence, connect utilities and receive post.',
      },
      whoMayApply: {
        lv: 'Zemes vai ēkas īpašnieks vai tiesiskais valdītājs, kā arī tā pilnvarota persona.',
        en: 'The owner or lawful possessor of the land or building, or a person authorised by them.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums, kurā norādīts zemes vienības vai būves kadastra apzīmējums',
          'Application stating the cadastral designation of the plot or building',
        ),
        DOC.authorisation,
      ],
      result: {
        lv: 'Pašvaldības lēmums par adreses piešķiršanu, maiņu vai likvidēšanu; adrese reģistrēta Valsts adrešu reģistrā.',
        en: 'A municipal decision assigning, changing or cancelling the address; the address is recorded in the State Address Register.',
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.addressing, LAW.cadastre, LAW.adminProcedure],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: BUILDING_BOARD,
      internalNotes:
        'Lauku teritorijā viensētām piešķir nosaukumu, nevis numuru; nosaukumu pārbaudīt, lai tas neatkārtotos pagastā.',
      keywords: {
        lv: 'adrese adreses piešķiršana mājas numurs mājas nosaukums jauna adrese adreses maiņa viensēta',
        en: 'address house number house name new address change of address assign address',
      },
      reviewDue: '2027-05-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'zemes-iericibas-projekts',
    owner: 'nekustama-ipasuma-nodala',
    category: 'property',
    standard: {
      name: {
        lv: 'Zemes ierīcības projekta nosacījumi un apstiprināšana',
        en: 'Land management project: conditions and approval',
      },
      description: {
        lv: 'Zemes vienības sadalīšanai, apvienošanai vai robežu pārkārtošanai izstrādā zemes ierīcības projektu. Pašvaldība pēc īpašnieka iesnieguma izsniedz nosacījumus projekta izstrādei, bet pēc tam, kad sertificēts zemes ierīkotājs projektu izstrādājis, to apstiprina ar lēmumu. Jaunajām zemes vienībām vienlaikus nosaka lietošanas mērķus un, ja vajadzīgs, piešķir adreses.',
        en: 'A land management project is drawn up to divide or merge plots or to rearrange their boundaries. On the owner’s application the municipality issues the conditions for the project and, once a certified land surveyor has prepared it, approves it by decision. The intended use of the new plots is set at the same time and addresses assigned if needed.',
      },
      whoMayApply: {
        lv: 'Zemes vienības īpašnieks vai tā pilnvarota persona, arī sertificēts zemes ierīcības darbu veicējs.',
        en: 'The owner of the plot or a person authorised by them, including a certified land management contractor.',
      },
      requiredDocuments: [
        DOC.identity,
        applicationForm('Iesniegums nosacījumu saņemšanai', 'Application for project conditions'),
        {
          name: {
            lv: 'Izstrādātais zemes ierīcības projekts (apstiprināšanai)',
            en: 'The completed land management project (for approval)',
          },
          note: {
            lv: 'Kadastra datus un zemesgrāmatas ierakstus pašvaldība pārbauda pati.',
            en: 'The municipality itself checks cadastral data and Land Register entries.',
          },
        },
        DOC.authorisation,
      ],
      result: {
        lv: 'Nosacījumi zemes ierīcības projekta izstrādei; pēc tam — lēmums par projekta apstiprināšanu.',
        en: 'Conditions for drawing up the project; then a decision approving it.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Pašvaldības pakalpojums ir bez maksas; projekta izstrādi apmaksā ierosinātājs, vienojoties ar zemes ierīkotāju.',
        en: 'The municipal service is free of charge; the applicant pays the land surveyor for the project.',
      },
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.landManagement, LAW.spatialPlanning, SPATIAL_PLAN],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: REAL_ESTATE,
      internalNotes:
        'Nosacījumus saskaņot ar teritorijas plānojumu un apgrūtinājumiem; apstiprināto projektu nosūtīt Valsts zemes dienestam.',
      keywords: {
        lv: 'zemes ierīcības projekts zemes sadalīšana sadalīt zemi apvienot zemes vienības robežu pārkārtošana mērnieks',
        en: 'land management project land division split land merge plots boundaries surveyor',
      },
      reviewDue: '2027-05-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'lietosanas-merka-maina',
    owner: 'nekustama-ipasuma-nodala',
    category: 'property',
    standard: {
      name: {
        lv: 'Nekustamā īpašuma lietošanas mērķa noteikšana vai maiņa',
        en: 'Setting or changing the intended use of real estate',
      },
      description: {
        lv: 'Nekustamā īpašuma lietošanas mērķis nosaka, kā zemes vienību drīkst izmantot, un ietekmē nekustamā īpašuma nodokļa apmēru. Pašvaldība lietošanas mērķi nosaka vai maina atbilstoši teritorijas plānojumam, piemēram, ja uz lauksaimniecības zemes paredzēts būvēt dzīvojamo māju. Lēmumu nosūta Valsts zemes dienestam reģistrēšanai Kadastra informācijas sistēmā.',
        en: 'The intended use of a property sets how the plot may be used and affects the real estate tax. The municipality sets or changes it in line with the spatial plan, for example when a house is to be built on farmland. The decision is sent to the State Land Service for recording in the cadastre.',
      },
      whoMayApply: {
        lv: 'Zemes vienības īpašnieks vai tiesiskais valdītājs.',
        en: 'The owner or lawful possessor of the plot.',
      },
      requiredDocuments: [DOC.identity, applicationForm('Iesniegums', 'Application'), DOC.authorisation],
      result: {
        lv: 'Pašvaldības lēmums par lietošanas mērķa noteikšanu vai maiņu.',
        en: 'A municipal decision setting or changing the intended use.',
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [
        LAW.cadastre,
        LAW.spatialPlanning,
        {
          title: {
            lv: 'Ministru kabineta noteikumi par nekustamā īpašuma lietošanas mērķu klasifikāciju',
            en: 'Cabinet Regulations on the classification of intended uses of real estate',
          },
          level: 'state',
        },
        SPATIAL_PLAN,
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['post', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: REAL_ESTATE,
      internalNotes:
        'Pirms lēmuma pārbaudīt funkcionālo zonējumu teritorijas plānojumā un informēt Finanšu nodaļu par nodokļa izmaiņām.',
      keywords: {
        lv: 'lietošanas mērķis zemes lietošanas mērķis mainīt mērķi apbūves zeme lauksaimniecības zeme kadastrs',
        en: 'intended use land use change of use building land farmland cadastre',
      },
      reviewDue: '2027-05-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'zemes-noma',
    owner: 'nekustama-ipasuma-nodala',
    category: 'property',
    standard: {
      name: { lv: 'Pašvaldības zemes noma', en: 'Lease of municipal land' },
      description: {
        lv: 'Pašvaldība iznomā tai piederošu vai piekrītošu zemi, piemēram, sakņu dārziem, lauksaimniecībai vai blakus esoša īpašuma uzturēšanai. Brīvās zemes vienības publicē vietnē www.ilukste.lv; ja uz vienu zemes vienību piesakās vairāki nomnieki, rīko nomas tiesību izsoli. Ar nomnieku noslēdz zemes nomas līgumu.',
        en: 'The municipality leases land it owns or holds, for example for vegetable gardens, farming or to maintain a neighbouring property. Available plots are published at www.ilukste.lv; if several people apply for the same plot, the lease is auctioned. A land lease agreement is then signed.',
      },
      whoMayApply: { lv: 'Fiziska vai juridiska persona.', en: 'A natural or legal person.' },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums, kurā norādīts zemes vienības kadastra apzīmējums, platība un izmantošanas mērķis',
          'Application stating the cadastral designation, area and intended use of the plot',
        ),
      ],
      result: {
        lv: 'Zemes nomas līgums vai pamatots atteikums.',
        en: 'A land lease agreement or a reasoned refusal.',
      },
      feeCents: 0,
      feeNote: feeNote(
        'Nomas maksu nosaka normatīvajos aktos noteiktajā kārtībā — procentos no zemes kadastrālās vērtības gadā, bet ne mazāk kā noteiktā minimālā nomas maksa; papildus maksā nekustamā īpašuma nodokli.',
        'The rent is set as the law provides — a percentage of the cadastral value per year, but no less than the minimum rent; real estate tax is payable in addition.',
      ),
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada pakalpojumu standarts: iesniegumu izskata un līguma projektu sagatavo viena mēneša laikā; ja jārīko nomas tiesību izsole, termiņš pagarinās līdz izsoles beigām.',
        en: 'Ilūkste service standard: the application is considered and a draft agreement prepared within one month; if the lease must be auctioned, the time extends to the end of the auction.',
      },
      legalBasis: [PUBLIC_LAND_LEASE, LAW.localGovernments],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 2,
      contact: REAL_ESTATE,
      internalNotes:
        'Sakņu dārzu nomas līgumus slēgt uz laiku līdz pieciem gadiem; nomas maksas rēķinus izrakstīt reizi gadā.',
      keywords: {
        lv: 'zemes noma nomāt zemi sakņu dārzs mazdārziņš iznomāt zemi nomas līgums lauksaimniecības zeme',
        en: 'land lease rent land allotment vegetable garden lease agreement farmland',
      },
      reviewDue: '2027-05-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'telpu-noma',
    owner: 'nekustama-ipasuma-nodala',
    category: 'culture-sport',
    standard: {
      name: {
        lv: 'Pašvaldības telpu noma pasākumiem',
        en: 'Renting municipal halls and rooms for events',
      },
      description: {
        lv: 'Pašvaldība īslaicīgi iznomā kultūras namu, pagastu pārvalžu un citu pašvaldības ēku zāles un telpas ģimenes svinībām, sapulcēm, semināriem un citiem pasākumiem. Brīvos laikus var uzzināt jebkurā pakalpojumu centrā un e-pakalpojumu portālā. Ilgtermiņa telpu nomai komercdarbībai rīko nomas tiesību izsoli.',
        en: 'The municipality rents out halls and rooms in community centres, parish administrations and other municipal buildings for family celebrations, meetings, seminars and other events. Free times can be checked at any service centre and on the e-service portal. Long-term commercial leases are auctioned.',
      },
      whoMayApply: { lv: 'Fiziska vai juridiska persona.', en: 'A natural or legal person.' },
      requiredDocuments: [
        DOC.identity,
        applicationForm(
          'Iesniegums, kurā norādīta telpa, datums, laiks, pasākuma veids un dalībnieku skaits',
          'Application stating the room, date, time, type of event and number of participants',
        ),
      ],
      result: {
        lv: 'Rezervācijas apstiprinājums, telpu nomas līgums un rēķins.',
        en: 'A booking confirmation, a rental agreement and an invoice.',
      },
      feeCents: 1500,
      feeNote: feeNote(
        'Maksa par zāles nomu ir no 15,00 euro stundā saskaņā ar pašvaldības maksas pakalpojumu cenrādi; biedrībām un pašvaldības iestādēm var piemērot atlaidi.',
        'Hall rental costs from EUR 15.00 per hour under the municipal price list; associations and municipal institutions may get a discount.',
      ),
      processingTime: 5,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Ilūkstes novada pakalpojumu standarts: rezervāciju apstiprina piecu darbdienu laikā pēc iesnieguma saņemšanas.',
        en: 'Ilūkste service standard: the booking is confirmed within five working days of the application.',
      },
      legalBasis: [
        {
          title: {
            lv: 'Ministru kabineta noteikumi par publiskas personas mantas iznomāšanu',
            en: 'Cabinet Regulations on leasing public property',
          },
          level: 'state',
        },
        municipalAct('saistošie noteikumi par maksas pakalpojumiem', 'binding regulations on paid services'),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address', 'portal'],
      receiveChannels: ['in_person', 'email', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 3,
      contact: REAL_ESTATE,
      internalNotes:
        'Zāļu kalendārs ir koplietošanas kalendārā „Telpas”; rezervāciju bez samaksas turēt ne ilgāk kā 10 dienas.',
      keywords: {
        lv: 'telpu noma zāle īrēt zāli kultūras nams svinības kāzas sapulce pasākumu telpa',
        en: 'room hire hall rental community centre party wedding meeting venue',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
];
