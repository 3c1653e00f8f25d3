import type { ServiceSeed } from '../types';
import { BASIS, contact, DOC, feeNote, LAW, municipalAct } from './common';

const CIVIL_REGISTRY = contact(
  'Dzimtsarakstu nodaļa',
  'Civil Registry Office',
  '65462545',
  'dzimtsaraksti@ilukste.lv',
);
const ORPHANS_COURT = contact(
  'Ilūkstes novada bāriņtiesa',
  "Orphan's Court",
  '65462440',
  'barintiesa@ilukste.lv',
);

const REGISTRAR_CENTRES = {
  lv: 'Dzimtsarakstu nodaļas amatpersona reģistrē civilstāvokļa aktus Ilūkstē katru darbdienu un Subatē otrdienās pēc iepriekšēja pieraksta. Pagastu pakalpojumu centros var saņemt konsultāciju un pierakstīties uz reģistrāciju.',
  en: 'A civil registry officer registers civil status acts in Ilūkste every working day and in Subate on Tuesdays by appointment. At the parish service centres you can get advice and book an appointment.',
};

/** Civil registry office, orphan's court, cemeteries and the state family benefits referred to the VSAA. */
export const FAMILY_SERVICES: ServiceSeed[] = [
  {
    code: 'dzimsanas-registracija',
    owner: 'dzimtsarakstu-nodala',
    category: 'family',
    standard: {
      name: { lv: 'Bērna dzimšanas reģistrācija', en: "Registration of a child's birth" },
      description: {
        lv: 'Dzimtsarakstu nodaļa reģistrē bērna dzimšanu, iekļauj ziņas Fizisko personu reģistrā, kur bērnam piešķir personas kodu, un izsniedz dzimšanas apliecību. Par bērna piedzimšanu jāpaziņo ne vēlāk kā viena mēneša laikā. Laulībā esoši vecāki bērna dzimšanu var reģistrēt arī elektroniski portālā latvija.lv.',
        en: 'The civil registry office registers the birth, enters the data in the Register of Natural Persons, where the child receives a personal code, and issues a birth certificate. A birth must be notified no later than one month after the child is born. Married parents can also register the birth online at latvija.lv.',
      },
      whoMayApply: {
        lv: 'Bērna māte vai tēvs. Ja vecāki to nevar izdarīt, — radinieks, ārstniecības iestādes pārstāvis vai cita persona, kas bija klāt dzemdībās.',
        en: "The child's mother or father. If the parents cannot do so, a relative, a representative of the medical institution or another person who was present at the birth.",
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Ārstniecības iestādes izsniegta medicīniskā apliecība par dzimšanu',
            en: 'Medical birth certificate issued by the medical institution',
          },
          note: {
            lv: 'Nav jāiesniedz, ja ārstniecības iestāde ziņas nosūtījusi elektroniski.',
            en: 'Not needed if the medical institution has sent the data electronically.',
          },
        },
        {
          name: {
            lv: 'Ja vecāki nav laulībā, — abu vecāku kopīgs iesniegums par paternitātes atzīšanu',
            en: 'If the parents are not married, a joint application of both parents acknowledging paternity',
          },
          note: {
            lv: 'Abi vecāki ierodas personīgi.',
            en: 'Both parents come in person.',
          },
        },
      ],
      result: {
        lv: 'Dzimšanas reģistra ieraksts, bērna personas kods un dzimšanas apliecība.',
        en: "A birth register entry, the child's personal code and a birth certificate.",
      },
      feeCents: 0,
      feeNote: {
        lv: 'Dzimšanas reģistrācija un dzimšanas apliecības izsniegšana ir bez maksas.',
        en: 'Registering a birth and issuing the birth certificate are free of charge.',
      },
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Civilstāvokļa aktu reģistrācijas likums: dzimšanas faktu reģistrē, kad par to paziņots un iesniegti vajadzīgie dokumenti; Ilūkstes dzimtsarakstu nodaļa to dara apmeklējuma laikā.',
        en: 'Law on the Registration of Civil Status Documents: the birth is registered once it has been notified and the required documents submitted; the Ilūkste civil registry office does so during the visit.',
      },
      legalBasis: [LAW.civilStatus, LAW.civilLaw],
      legalLevel: 'state',
      applyChannels: ['in_person', 'latvija_lv'],
      receiveChannels: ['in_person', 'post'],
      centres: ['ilukste', 'subate'],
      centreException: REGISTRAR_CENTRES,
      onTheSpot: true,
      eserviceMaturity: 3,
      eserviceUrl: 'https://www.latvija.lv/lv/pakalpojumi/berna-dzimsanas-registracija',
      contact: CIVIL_REGISTRY,
      internalNotes:
        'Pirms reģistrācijas pārbaudīt elektroniski saņemtās ziņas par dzimšanu; nelaulātu vecāku gadījumā sagatavot paternitātes atzīšanas iesniegumu un piedāvāt informāciju par dzīves situāciju „Bērns piedzimst”.',
      keywords: {
        lv: 'dzimšana bērns jaundzimušais mazulis dzimšanas apliecība personas kods reģistrēt bērnu paternitāte',
        en: 'birth newborn baby birth certificate personal code register a child paternity',
      },
      reviewDue: '2027-03-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'laulibas-registracija',
    owner: 'dzimtsarakstu-nodala',
    category: 'family',
    standard: {
      name: { lv: 'Laulības reģistrācija', en: 'Marriage registration' },
      description: {
        lv: 'Dzimtsarakstu nodaļa reģistrē laulību svinīgā ceremonijā nodaļas zālē vai, vienojoties, citā piemērotā vietā novadā. Līgava un līgavainis kopīgu iesniegumu iesniedz personīgi un vienojas par laulības noslēgšanas dienu un laiku. Pēc laulības noslēgšanas izsniedz laulības apliecību.',
        en: 'The civil registry office registers marriages in a ceremony in its hall or, by agreement, at another suitable place in the municipality. The bride and groom submit a joint application in person and agree on the date and time of the wedding. A marriage certificate is issued after the ceremony.',
      },
      whoMayApply: {
        lv: 'Personas, kuras vēlas noslēgt laulību un kurām nav Civillikumā noteiktu šķēršļu. Nepilngadīgai personai no 16 gadu vecuma vajadzīga vecāku vai aizbildņa piekrišana.',
        en: 'Persons who wish to marry and have no impediment under the Civil Law. A minor aged 16 or over needs the consent of the parents or guardian.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Kopīgs iesniegums laulības reģistrācijai',
            en: 'Joint application for marriage registration',
          },
          note: {
            lv: 'Aizpilda dzimtsarakstu nodaļā, abiem laulājamajiem klātesot.',
            en: 'Filled in at the civil registry office with both partners present.',
          },
        },
        {
          name: {
            lv: 'Dokuments par iepriekšējās laulības izbeigšanos, ja ziņas nav Fizisko personu reģistrā',
            en: 'Proof that an earlier marriage has ended, if this is not in the Register of Natural Persons',
          },
        },
        {
          name: {
            lv: 'Ārzemniekam — dzimšanas apliecība un dokuments, ka nav šķēršļu laulībai, ar tulkojumu latviešu valodā',
            en: 'For a foreign national: birth certificate and a certificate of no impediment to marriage, translated into Latvian',
          },
          note: {
            lv: 'Ārvalstu dokumentiem jābūt legalizētiem vai ar apostille, ja to prasa normatīvie akti.',
            en: 'Foreign documents must be legalised or bear an apostille where the law requires it.',
          },
        },
      ],
      result: {
        lv: 'Laulības reģistra ieraksts un laulības apliecība.',
        en: 'A marriage register entry and a marriage certificate.',
      },
      feeCents: 1400,
      feeNote: feeNote(
        'Maksa par laulības reģistrāciju svinīgā ceremonijā dzimtsarakstu nodaļas zālē ir 14,00 euro; ceremonija citā vietā — saskaņā ar pašvaldības maksas pakalpojumu cenrādi.',
        'The fee for a marriage registered in a ceremony in the civil registry hall is EUR 14.00; a ceremony at another place is charged under the municipal price list.',
      ),
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: {
        lv: 'Civilstāvokļa aktu reģistrācijas likums: laulību reģistrē ne agrāk kā vienu mēnesi pēc kopīgā iesnieguma iesniegšanas; pamatotos gadījumos dzimtsarakstu nodaļas vadītājs šo termiņu var saīsināt.',
        en: 'Law on the Registration of Civil Status Documents: a marriage is registered no earlier than one month after the joint application; in justified cases the head of the civil registry office may shorten this period.',
      },
      legalBasis: [
        LAW.civilStatus,
        LAW.civilLaw,
        municipalAct('saistošie noteikumi par maksas pakalpojumiem', 'binding regulations on paid services'),
      ],
      legalLevel: 'state',
      applyChannels: ['in_person'],
      receiveChannels: ['in_person'],
      centres: ['ilukste'],
      centreException: {
        lv: 'Kopīgo iesniegumu pieņem un laulību reģistrē dzimtsarakstu nodaļa Ilūkstē, jo abiem laulājamajiem jāierodas personīgi pie dzimtsarakstu nodaļas amatpersonas. Citos pakalpojumu centros var saņemt konsultāciju un pierakstīties uz iesnieguma iesniegšanu.',
        en: 'The joint application is accepted and the marriage registered by the civil registry office in Ilūkste, as both partners must appear in person before a civil registry officer. At the other centres you can get advice and book an appointment.',
      },
      onTheSpot: false,
      eserviceMaturity: 1,
      contact: CIVIL_REGISTRY,
      internalNotes:
        'Ceremonijas laiku saskaņot ar zāles kalendāru; ārzemnieku dokumentiem pārbaudīt legalizāciju vai apostille un tulkojuma apliecinājumu.',
      keywords: {
        lv: 'laulība kāzas precības salaulāties laulības ceremonija laulības apliecība līgava līgavainis',
        en: 'marriage wedding get married ceremony marriage certificate bride groom',
      },
      reviewDue: '2027-04-30',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'mirsanas-registracija',
    owner: 'dzimtsarakstu-nodala',
    category: 'family',
    standard: {
      name: { lv: 'Miršanas reģistrācija', en: 'Registration of a death' },
      description: {
        lv: 'Dzimtsarakstu nodaļa reģistrē miršanas faktu un izsniedz miršanas apliecību, kas vajadzīga apbedīšanai, mantojuma kārtošanai un pabalstu saņemšanai. Par miršanu jāpaziņo ne vēlāk kā sešu darbdienu laikā pēc miršanas fakta konstatēšanas. Miršanu var reģistrēt jebkurā dzimtsarakstu nodaļā.',
        en: 'The civil registry office registers the death and issues a death certificate, which is needed for the funeral, the inheritance and benefits. A death must be notified no later than six working days after it was established. A death can be registered at any civil registry office.',
      },
      whoMayApply: {
        lv: 'Mirušā laulātais, radinieki vai kopā dzīvojušas personas, ārstniecības vai sociālās aprūpes iestādes pārstāvis, kā arī persona vai apbedīšanas pakalpojumu sniedzējs, kas uzņēmies apbedīšanu.',
        en: 'The spouse, relatives or household members of the deceased, a representative of the medical or social care institution, or the person or funeral service provider arranging the funeral.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Medicīniskā apliecība par nāves cēloni',
            en: 'Medical certificate of the cause of death',
          },
          note: {
            lv: 'Nav jāiesniedz, ja ārstniecības persona ziņas nosūtījusi elektroniski.',
            en: 'Not needed if the medical practitioner has sent the data electronically.',
          },
        },
        {
          name: {
            lv: 'Mirušā personu apliecinošs dokuments, ja tas ir pieejams',
            en: "The deceased person's identity document, if available",
          },
        },
      ],
      result: {
        lv: 'Miršanas reģistra ieraksts un miršanas apliecība.',
        en: 'A death register entry and a death certificate.',
      },
      feeCents: 0,
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Civilstāvokļa aktu reģistrācijas likums: par miršanu paziņo sešu darbdienu laikā; dzimtsarakstu nodaļa miršanas faktu reģistrē un apliecību izsniedz apmeklējuma laikā.',
        en: 'Law on the Registration of Civil Status Documents: a death is notified within six working days; the civil registry office registers it and issues the certificate during the visit.',
      },
      legalBasis: [LAW.civilStatus],
      legalLevel: 'state',
      applyChannels: ['in_person'],
      receiveChannels: ['in_person'],
      centres: ['ilukste', 'subate'],
      centreException: REGISTRAR_CENTRES,
      onTheSpot: true,
      eserviceMaturity: 1,
      contact: CIVIL_REGISTRY,
      internalNotes:
        'Pēc reģistrācijas izsniegt atgādni par apbedīšanas pabalstu un kapavietas piešķiršanu (dzīves situācija „Tuvinieka nāve”).',
      keywords: {
        lv: 'miršana nāve miris mirusi apbedīšana bēres miršanas apliecība tuvinieks',
        en: 'death died deceased funeral death certificate relative bereavement',
      },
      reviewDue: '2027-03-31',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'varda-uzvarda-maina',
    owner: 'dzimtsarakstu-nodala',
    category: 'family',
    standard: {
      name: {
        lv: 'Vārda, uzvārda un tautības ieraksta maiņa (konsultācija un iesnieguma pieņemšana)',
        en: 'Change of given name, surname or ethnicity record (advice and application)',
      },
      description: {
        lv: 'Dzimtsarakstu nodaļa konsultē par vārda, uzvārda vai tautības ieraksta maiņas iemesliem un kārtību, pieņem iesniegumu, sagatavo lietu un nosūta to Tieslietu ministrijai, kas pieņem lēmumu. Ja maiņa atļauta, dzimtsarakstu nodaļa izsniedz maiņas apliecību. Ar to jāvēršas Pilsonības un migrācijas lietu pārvaldē, lai saņemtu jaunu personu apliecinošu dokumentu.',
        en: 'The civil registry office advises on the grounds and procedure for changing a given name, surname or ethnicity record, accepts the application, prepares the file and sends it to the Ministry of Justice, which decides. If the change is allowed, the office issues a change certificate, with which you apply to the Office of Citizenship and Migration Affairs for a new identity document.',
      },
      whoMayApply: {
        lv: 'Latvijas pilsonis, nepilsonis vai persona, kurai Latvijā piešķirts bezvalstnieka statuss, no 15 gadu vecuma; nepilngadīga persona no 15 līdz 18 gadiem — ar vecāku vai aizbildņa piekrišanu.',
        en: 'A citizen or non-citizen of Latvia or a person granted stateless status in Latvia, aged 15 or over; a minor aged 15 to 18 needs the consent of the parents or guardian.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Iesniegums, kurā norādīts maiņas iemesls',
            en: 'Application stating the reason for the change',
          },
        },
        {
          name: {
            lv: 'Dokumenti, kas pamato maiņas iemeslu (piemēram, radniecību apliecinoši dokumenti tautības ieraksta maiņai)',
            en: 'Documents supporting the reason (for example, proof of kinship for a change of ethnicity record)',
          },
          note: {
            lv: 'Ziņas, kas ir Latvijas civilstāvokļa aktu reģistros, nodaļa pārbauda pati.',
            en: 'The office itself checks data held in the Latvian civil status registers.',
          },
        },
      ],
      result: {
        lv: 'Tieslietu ministrijas lēmums; ja maiņa atļauta, — maiņas apliecība un papildināti civilstāvokļa aktu reģistru ieraksti.',
        en: 'A decision of the Ministry of Justice; if the change is allowed, a change certificate and updated civil status register entries.',
      },
      feeCents: 0,
      feeNote: {
        lv: 'Konsultācija un iesnieguma pieņemšana ir bez maksas. Pirms maiņas apliecības saņemšanas jāsamaksā valsts nodeva Ministru kabineta noteiktajā apmērā.',
        en: 'Advice and accepting the application are free of charge. Before receiving the change certificate, the state fee set by the Cabinet of Ministers must be paid.',
      },
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: {
        lv: 'Tieslietu ministrija lēmumu pieņem viena mēneša laikā pēc lietas saņemšanas (Vārda, uzvārda un tautības ieraksta maiņas likums, Administratīvā procesa likuma 64. pants).',
        en: 'The Ministry of Justice decides within one month of receiving the file (Law on the Change of a Given Name, Surname and Ethnicity Record; Section 64 of the Administrative Procedure Law).',
      },
      legalBasis: [LAW.nameChange, LAW.civilStatus, LAW.adminProcedure],
      legalLevel: 'state',
      applyChannels: ['in_person'],
      receiveChannels: ['in_person'],
      centres: ['ilukste'],
      centreException: {
        lv: 'Iesniegumu pieņem dzimtsarakstu nodaļa Ilūkstē, jo iesniedzējam tas jāparaksta personīgi dzimtsarakstu nodaļas amatpersonas klātbūtnē. Informāciju un konsultāciju var saņemt jebkurā pakalpojumu centrā.',
        en: 'The application is accepted by the civil registry office in Ilūkste, as the applicant must sign it in person before a civil registry officer. Information and advice are available at any service centre.',
      },
      onTheSpot: false,
      eserviceMaturity: 1,
      contact: CIVIL_REGISTRY,
      internalNotes:
        'Lietu Tieslietu ministrijai sūtīt elektroniski caur lietvedības sistēmu; klientam izsniegt atgādni par valsts nodevas samaksu.',
      keywords: {
        lv: 'vārda maiņa uzvārda maiņa mainīt vārdu mainīt uzvārdu tautība otrais vārds dzimtas uzvārds',
        en: 'name change change of surname change my name ethnicity second given name family name',
      },
      reviewDue: '2027-06-30',
      validFrom: '2025-09-01',
    },
  },
  {
    code: 'valsts-gimenes-pabalsti',
    owner: 'vsaa',
    category: 'family',
    standard: {
      name: {
        lv: 'Valsts bērna piedzimšanas pabalsts un ģimenes valsts pabalsts (VSAA)',
        en: 'State childbirth benefit and family state benefit (State Social Insurance Agency)',
      },
      description: {
        lv: 'Valsts bērna piedzimšanas pabalstu un ģimenes valsts pabalstu piešķir un izmaksā Valsts sociālās apdrošināšanas aģentūra (VSAA). Vairākus pabalstus VSAA piešķir pēc savas iniciatīvas, izmantojot valsts reģistros esošās ziņas; ja pabalsts jāpieprasa, to var izdarīt portālā latvija.lv. Jebkurā Ilūkstes novada pakalpojumu centrā palīdz iesniegt pieprasījumu elektroniski un izskaidro, kādi pabalsti ģimenei pienākas.',
        en: 'The State Social Insurance Agency (VSAA) grants and pays the state childbirth benefit and the family state benefit. The VSAA grants several benefits on its own initiative using data from state registers; where a benefit must be claimed, this can be done at latvija.lv. Any Ilūkste service centre helps you submit the claim online and explains which benefits the family is entitled to.',
      },
      whoMayApply: {
        lv: 'Bērna māte, tēvs vai cita persona, kas kopj bērnu, ja tā ir deklarēta Latvijā; sīkākus nosacījumus nosaka valsts normatīvie akti.',
        en: 'The mother, father or another person caring for the child, if registered as resident in Latvia; detailed conditions are set by state legislation.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Pieprasījums VSAA (elektroniski portālā latvija.lv vai papīra formā)',
            en: 'Claim to the VSAA (online at latvija.lv or on paper)',
          },
          note: {
            lv: 'Ziņas par bērna dzimšanu VSAA saņem no Fizisko personu reģistra; dzimšanas apliecība nav jāiesniedz.',
            en: 'The VSAA receives the birth data from the Register of Natural Persons; the birth certificate is not needed.',
          },
        },
      ],
      result: {
        lv: 'VSAA lēmums par pabalsta piešķiršanu un pabalsta izmaksa uz norādīto kontu.',
        en: 'A VSAA decision on the benefit and payment to the account given.',
      },
      feeCents: 0,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Valsts sociālo pabalstu likums: VSAA lēmumu par pabalsta piešķiršanu pieņem 10 darbdienu laikā pēc visu vajadzīgo dokumentu saņemšanas.',
        en: 'State Social Benefits Law: the VSAA decides on the benefit within 10 working days of receiving all the required documents.',
      },
      legalBasis: [
        {
          title: { lv: 'Valsts sociālo pabalstu likums', en: 'Law on State Social Benefits' },
          level: 'state',
        },
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'latvija_lv'],
      receiveChannels: ['post', 'latvija_lv', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 4,
      eserviceUrl: 'https://www.latvija.lv/lv/pakalpojumi/berna-piedzimsanas-pabalsts',
      contact: {
        lv: 'Valsts sociālās apdrošināšanas aģentūra, www.vsaa.gov.lv, e-pasts vsaa@vsaa.gov.lv. Palīdzību pieprasījuma iesniegšanā sniedz jebkurā Ilūkstes novada pakalpojumu centrā.',
        en: 'State Social Insurance Agency, www.vsaa.gov.lv, email vsaa@vsaa.gov.lv. Help with the claim is available at any Ilūkste service centre.',
      },
      internalNotes:
        'Klientam palīdzēt pieteikties latvija.lv ar viņa paša autentifikācijas līdzekli; klienta vārdā neautentificēties. Papīra pieprasījumu nosūtīt VSAA tajā pašā dienā.',
      keywords: {
        lv: 'bērna piedzimšanas pabalsts ģimenes valsts pabalsts VSAA valsts pabalsts bērns pabalsti ģimenei',
        en: 'childbirth benefit family benefit VSAA state benefit child allowance',
      },
      reviewDue: '2027-01-31',
      validFrom: '2026-01-01',
    },
  },
  {
    code: 'kapavietas-pieskirsana',
    owner: 'komunala-nodala',
    category: 'family',
    standard: {
      name: {
        lv: 'Kapavietas piešķiršana pašvaldības kapsētā',
        en: 'Allocation of a grave site in a municipal cemetery',
      },
      description: {
        lv: 'Pašvaldība piešķir kapavietu apbedīšanai kādā no novada pašvaldības kapsētām un noslēdz kapavietas uzturēšanas līgumu. Kapsētas pārzinis kopā ar piederīgo ierāda kapavietu dabā un vienojas par apbedīšanas laiku. Kapavietu var piešķirt arī blakus tuvinieka kapavietai.',
        en: 'The municipality allocates a grave site in one of its cemeteries and concludes a grave maintenance agreement. The cemetery keeper shows the site on the ground together with the family and agrees the time of the burial. A site can also be allocated next to the grave of a relative.',
      },
      whoMayApply: {
        lv: 'Mirušā piederīgie vai persona, kas uzņēmusies apbedīšanu, kā arī apbedīšanas pakalpojumu sniedzējs, kuru tie pilnvarojuši.',
        en: 'The family of the deceased or the person arranging the funeral, or a funeral service provider authorised by them.',
      },
      requiredDocuments: [
        DOC.identity,
        { name: { lv: 'Miršanas apliecība', en: 'Death certificate' } },
        DOC.authorisation,
      ],
      result: {
        lv: 'Ierādīta kapavieta un noslēgts kapavietas uzturēšanas līgums.',
        en: 'A grave site shown on the ground and a grave maintenance agreement.',
      },
      feeCents: 1000,
      feeNote: feeNote(
        'Vienreizējā maksa par kapavietas piešķiršanu ir 10,00 euro. Ja apbedīšanu sedz pašvaldības apbedīšanas pabalsts, kapavietu piešķir bez maksas.',
        'The one-off fee for allocating a grave site is EUR 10.00. If the funeral is covered by the municipal funeral benefit, the site is allocated free of charge.',
      ),
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Kapsētu uzturēšanas un lietošanas saistošie noteikumi: kapavietu ierāda ne vēlāk kā nākamajā darbdienā pēc iesnieguma saņemšanas, parasti — apmeklējuma dienā.',
        en: 'Binding regulations on cemeteries: the site is shown no later than the working day after the application, usually on the day of the visit.',
      },
      legalBasis: [
        LAW.localGovernments,
        municipalAct(
          'saistošie noteikumi „Kapsētu uzturēšanas un lietošanas noteikumi”',
          'binding regulations on the maintenance and use of cemeteries',
        ),
      ],
      legalLevel: 'municipal',
      applyChannels: ['in_person', 'email', 'e_address'],
      receiveChannels: ['in_person'],
      centres: [],
      onTheSpot: true,
      eserviceMaturity: 1,
      contact: contact('Komunālā nodaļa', 'Municipal Services Department', '65462290', 'komunala@ilukste.lv'),
      internalNotes:
        'Kapsētu pārziņu tālruņi ir pakalpojumu centra kontaktu mapē; apbedīšanu sestdienā saskaņot ne vēlāk kā piektdien līdz plkst. 12.00.',
      keywords: {
        lv: 'kapavieta kapsēta kapi apbedīšana bēres kaps kapu vieta apglabāt',
        en: 'grave site cemetery burial funeral grave plot bury',
      },
      reviewDue: '2027-05-31',
      validFrom: '2025-10-01',
    },
  },
  {
    code: 'barintiesas-apliecinajumi',
    owner: 'barintiesa',
    category: 'documents',
    standard: {
      name: {
        lv: 'Bāriņtiesas apliecinājumi (pilnvaras, paraksti, dokumentu kopijas)',
        en: "Certifications by the orphan's court (powers of attorney, signatures, copies)",
      },
      description: {
        lv: 'Novada teritoriālajās vienībās, kurās nav zvērināta notāra, bāriņtiesa izdara Bāriņtiesu likuma 61. pantā noteiktos apliecinājumus: apliecina pilnvaras, parakstu īstumu, dokumentu norakstu un kopiju pareizību un izdara citas likumā paredzētās darbības. Apliecinājumu izdara bāriņtiesas priekšsēdētājs vai loceklis, personīgi pārliecinoties par personas identitāti un rīcībspēju.',
        en: "In the territorial units of the municipality that have no sworn notary, the orphan's court performs the certifications set out in Section 61 of the Law on Orphan's and Custody Courts: it certifies powers of attorney, the authenticity of signatures and the accuracy of copies, and performs other acts provided for by law. The chair or a member of the court makes the certification after personally verifying the identity and legal capacity of the person.",
      },
      whoMayApply: {
        lv: 'Jebkura rīcībspējīga fiziska persona vai juridiskas personas pārstāvis neatkarīgi no deklarētās dzīvesvietas.',
        en: 'Any natural person with legal capacity, or a representative of a legal person, wherever they live.',
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Apliecināmā dokumenta oriģināls vai pilnvaras teksts',
            en: 'The original document to be certified or the text of the power of attorney',
          },
        },
        {
          name: {
            lv: 'Ziņas par pilnvaroto personu (vārds, uzvārds, personas kods)',
            en: 'Details of the authorised person (name, surname, personal code)',
          },
        },
      ],
      result: {
        lv: 'Apliecināts dokuments ar ierakstu bāriņtiesas apliecinājumu reģistrā.',
        en: "A certified document, entered in the orphan's court register of certifications.",
      },
      feeCents: 500,
      feeNote: feeNote(
        'Valsts nodevas apmērs ir atkarīgs no apliecinājuma veida un noteikts Ministru kabineta noteikumos par valsts nodevu par bāriņtiesu apliecinājumiem; 5,00 euro ir nodeva par vienkāršāko apliecinājumu, piemēram, paraksta apliecinājumu.',
        "The state fee depends on the kind of certification and is set in the Cabinet Regulations on the state fee for orphan's court certifications; EUR 5.00 is the fee for the simplest one, such as certifying a signature.",
      ),
      processingTime: 1,
      processingTimeUnit: 'working_days',
      processingTimeBasis: {
        lv: 'Bāriņtiesu likuma 61. pants; Ilūkstes novada bāriņtiesa apliecinājumu izdara apmeklējuma laikā, ja iesniegti visi dokumenti.',
        en: "Section 61 of the Law on Orphan's and Custody Courts; the Ilūkste orphan's court makes the certification during the visit when all documents are provided.",
      },
      legalBasis: [LAW.orphansCourts, LAW.civilLaw],
      legalLevel: 'state',
      applyChannels: ['in_person'],
      receiveChannels: ['in_person'],
      centres: ['ilukste'],
      centreException: {
        lv: 'Apliecinājumus izdara tikai bāriņtiesas telpās Ilūkstē, Brīvības ielā 7, jo bāriņtiesas loceklim personīgi jāpārliecinās par personas identitāti un rīcībspēju un jāizdara ieraksts apliecinājumu reģistrā. Pagastu pakalpojumu centros un Subatē apliecinājumus neizdara — tur var saņemt informāciju un pierakstīties uz apmeklējumu Ilūkstē.',
        en: "Certifications are made only at the orphan's court in Ilūkste, Brīvības iela 7, because a member of the court must personally verify the person's identity and legal capacity and make an entry in the register of certifications. They are not made at the parish service centres or in Subate; there you can get information and book an appointment in Ilūkste.",
      },
      onTheSpot: true,
      eserviceMaturity: 1,
      contact: ORPHANS_COURT,
      internalNotes:
        'Pagastu centros dokumentus apliecināšanai nepieņemt; pierakstīt klientu uz bāriņtiesas pieņemšanas laiku (otrdienās un ceturtdienās) un iedot atgādni par līdzi ņemamajiem dokumentiem.',
      keywords: {
        lv: 'apliecinājums pilnvara paraksta apliecināšana notārs notariāli apliecināt kopija bāriņtiesa',
        en: "certification power of attorney notary notarise certify signature copy orphan's court",
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-11-01',
    },
  },
  {
    code: 'aizbildnibas-nodibinasana',
    owner: 'barintiesa',
    category: 'family',
    standard: {
      name: { lv: 'Aizbildnības nodibināšana bērnam', en: 'Establishing guardianship of a child' },
      description: {
        lv: 'Ja bērns palicis bez vecāku gādības, bāriņtiesa ieceļ aizbildni — vispirms kādu no bērna radiniekiem — un uzrauga aizbildņa pienākumu izpildi. Bāriņtiesa izvērtē kandidāta piemērotību, apseko dzīves apstākļus un uzklausa bērnu atbilstoši viņa vecumam un briedumam. Aizbildnis saņem valsts atlīdzību par aizbildņa pienākumu pildīšanu un pabalstu bērna uzturam.',
        en: "If a child is left without parental care, the orphan's court appoints a guardian — relatives of the child first — and supervises the guardian. The court assesses the candidate, visits the home and hears the child in a way suited to the child's age and maturity. The guardian receives a state remuneration for the duties and an allowance for the child's maintenance.",
      },
      whoMayApply: {
        lv: 'Pilngadīga rīcībspējīga persona, kura vēlas kļūt par bērna aizbildni, — vispirms bērna radinieki.',
        en: "An adult with legal capacity who wishes to become the child's guardian — relatives of the child first.",
      },
      requiredDocuments: [
        DOC.identity,
        {
          name: {
            lv: 'Iesniegums par iecelšanu aizbildņa amatā',
            en: 'Application to be appointed guardian',
          },
        },
        {
          name: {
            lv: 'Ģimenes ārsta izziņa par veselības stāvokli',
            en: "Family doctor's statement on the state of health",
          },
        },
        {
          name: {
            lv: 'Ziņas par ienākumiem, ja tās nav pieejamas valsts reģistros',
            en: 'Information on income, if not available in state registers',
          },
          note: {
            lv: 'Izziņu par sodāmību bāriņtiesa pieprasa pati — tā nav jāiesniedz.',
            en: 'The court requests the criminal record certificate itself; you do not need to provide it.',
          },
        },
      ],
      result: {
        lv: 'Bāriņtiesas lēmums par aizbildņa iecelšanu un aizbildņa apliecība.',
        en: "A decision of the orphan's court appointing the guardian, and a guardian's certificate.",
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [LAW.orphansCourts, LAW.civilLaw, LAW.adminProcedure],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'email', 'e_address'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 1,
      contact: ORPHANS_COURT,
      internalNotes:
        'Iesniegumu reģistrēt un tajā pašā dienā nodot bāriņtiesai; bērna datus nesūtīt pa e-pastu, tikai ar lietvedības sistēmu.',
      keywords: {
        lv: 'aizbildnis aizbildnība bērns bez vecāku gādības radinieki bārenis vecvecāki',
        en: 'guardian guardianship child without parental care orphan relatives grandparents',
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-11-01',
    },
  },
  {
    code: 'audzugimenes-statuss',
    owner: 'barintiesa',
    category: 'family',
    standard: {
      name: { lv: 'Audžuģimenes statusa piešķiršana', en: 'Granting foster family status' },
      description: {
        lv: 'Bāriņtiesa izvērtē ģimenes vēlmi un spējas uzņemt bērnu ārpusģimenes aprūpē un pieņem lēmumu par audžuģimenes statusa piešķiršanu. Pirms lēmuma ģimene apgūst audžuģimeņu mācību programmu, un bāriņtiesa apseko dzīvesvietu. Audžuģimene saņem atlīdzību un pabalstu bērna uzturam.',
        en: 'The orphan’s court assesses the wish and ability of a family to take a child into foster care and decides on foster family status. Before the decision the family completes the foster parent training programme and the court visits the home. A foster family receives a remuneration and an allowance for the child’s maintenance.',
      },
      whoMayApply: {
        lv: 'Laulātie vai persona, kuras dzīvesvieta ir deklarēta Ilūkstes novadā un kura vēlas kļūt par audžuģimeni.',
        en: 'A married couple or a person registered as resident in the Ilūkste municipality who wishes to become a foster family.',
      },
      requiredDocuments: [
        DOC.identity,
        { name: { lv: 'Iesniegums', en: 'Application' } },
        {
          name: {
            lv: 'Ģimenes ārsta izziņa par visu ģimenes locekļu veselības stāvokli',
            en: "Family doctor's statement on the health of all family members",
          },
        },
        {
          name: {
            lv: 'Apliecība par audžuģimeņu mācību programmas apguvi',
            en: 'Certificate of completing the foster parent training programme',
          },
          note: { lv: 'Iesniedz pēc mācību beigām.', en: 'Provided after completing the training.' },
        },
      ],
      result: {
        lv: 'Bāriņtiesas lēmums par audžuģimenes statusa piešķiršanu.',
        en: "A decision of the orphan's court granting foster family status.",
      },
      feeCents: 0,
      processingTime: 30,
      processingTimeUnit: 'calendar_days',
      processingTimeBasis: BASIS.adminMonth,
      legalBasis: [
        LAW.orphansCourts,
        LAW.civilLaw,
        {
          title: {
            lv: 'Ministru kabineta noteikumi par audžuģimenēm',
            en: 'Cabinet Regulations on foster families',
          },
          level: 'state',
        },
      ],
      legalLevel: 'state',
      applyChannels: ['in_person', 'post', 'e_address'],
      receiveChannels: ['in_person', 'post', 'e_address'],
      centres: [],
      onTheSpot: false,
      eserviceMaturity: 1,
      contact: ORPHANS_COURT,
      internalNotes: 'Termiņu skaita no dienas, kad iesniegta apliecība par mācību programmas apguvi.',
      keywords: {
        lv: 'audžuģimene audžuvecāki ārpusģimenes aprūpe uzņemt bērnu',
        en: 'foster family foster parents foster care take in a child',
      },
      reviewDue: '2027-02-28',
      validFrom: '2025-11-01',
    },
  },
];
