import type { LifeSituationSeed } from './types';

/** Life situations (dzīves situācijas): the services one life event needs, in order (seed task 1.4). */
export const LIFE_SITUATIONS: LifeSituationSeed[] = [
  {
    code: 'berns-piedzimst',
    sort: 10,
    title: { lv: 'Bērns piedzimst', en: 'A child is born' },
    summary: {
      lv: 'Pēc bērna piedzimšanas jāreģistrē dzimšana, jādeklarē bērna dzīvesvieta un jāpiesaka pabalsti. Lielāko daļu soļu var nokārtot vienā apmeklējumā Ilūkstes vai Subates pakalpojumu centrā vai elektroniski.',
      en: "After a child is born, the birth must be registered, the child's residence declared and benefits claimed. Most steps can be done in one visit to the Ilūkste or Subate service centre, or online.",
    },
    steps: [
      {
        service: 'dzimsanas-registracija',
        note: {
          lv: 'Viena mēneša laikā pēc dzimšanas; laulībā esoši vecāki to var izdarīt arī portālā latvija.lv.',
          en: 'Within one month of the birth; married parents can also do it at latvija.lv.',
        },
      },
      {
        service: 'dzivesvietas-deklaresana',
        note: {
          lv: 'Deklarējiet bērna dzīvesvietu — no tās atkarīgs pašvaldības atbalsts un vieta bērnudārzā.',
          en: "Declare the child's residence — municipal support and a pre-school place depend on it.",
        },
      },
      {
        service: 'berna-piedzimsanas-pabalsts',
        note: {
          lv: 'Pieprasījumu var iesniegt reizē ar dzimšanas reģistrāciju.',
          en: 'You can claim it when you register the birth.',
        },
      },
      {
        service: 'valsts-gimenes-pabalsti',
        note: {
          lv: 'VSAA pabalstus var pieprasīt portālā latvija.lv; pakalpojumu centrā palīdzēs to izdarīt.',
          en: 'VSAA benefits can be claimed at latvija.lv; the service centre will help you.',
        },
      },
      {
        service: 'pirmsskolas-rinda',
        note: {
          lv: 'Rindā uz vietu bērnudārzā bērnu var reģistrēt jau tagad.',
          en: 'You can put the child in the pre-school queue right away.',
        },
      },
    ],
  },
  {
    code: 'parcelos-uz-novadu',
    sort: 20,
    title: { lv: 'Pārceļos uz Ilūkstes novadu', en: 'Moving into the municipality' },
    summary: {
      lv: 'Jaunajā dzīvesvietā vispirms jādeklarē dzīvesvieta, jānoslēdz līgumi par ūdeni un atkritumiem un jāpiesaka bērni izglītības iestādēs. Pakalpojumu centrā to visu var nokārtot vienā reizē.',
      en: 'In your new home, first declare your residence, sign the water and waste contracts and enrol your children. At a service centre all this can be done in one visit.',
    },
    steps: [
      {
        service: 'dzivesvietas-deklaresana',
        note: { lv: 'Viena mēneša laikā pēc pārcelšanās.', en: 'Within one month of moving.' },
      },
      { service: 'udenssaimniecibas-ligums' },
      { service: 'atkritumu-apsaimniekosana' },
      {
        service: 'nin-maksasana-un-izzina',
        note: {
          lv: 'Ja iegādājāties īpašumu, nodokļa paziņojumu saņemsiet uz e-adresi vai pa pastu.',
          en: 'If you bought a property, the tax notice will come to your e-address or by post.',
        },
      },
      { service: 'pirmsskolas-rinda' },
      { service: 'uznemsana-1-klase' },
      {
        service: 'sunu-registracija',
        note: { lv: 'Ja jums ir suns.', en: 'If you have a dog.' },
      },
      { service: 'bibliotekas-lasitaja-karte' },
    ],
  },
  {
    code: 'tuvinieka-nave',
    sort: 30,
    title: { lv: 'Tuvinieka nāve', en: 'Death of a relative' },
    summary: {
      lv: 'Tuvinieka nāves gadījumā jāreģistrē miršana, jāparūpējas par apbedīšanu un jānokārto mantojuma un citi jautājumi. Pakalpojumu centra darbinieki palīdzēs saprast, kas jādara un kādu atbalstu var saņemt.',
      en: 'When a relative dies, the death must be registered, the funeral arranged and the inheritance and other matters settled. The service centre staff will help you see what to do and what support is available.',
    },
    steps: [
      {
        service: 'mirsanas-registracija',
        note: {
          lv: 'Sešu darbdienu laikā; miršanas apliecība vajadzīga apbedīšanai.',
          en: 'Within six working days; the death certificate is needed for the funeral.',
        },
      },
      { service: 'kapavietas-pieskirsana' },
      {
        service: 'apbedisanas-pabalsts',
        note: {
          lv: 'Ja VSAA apbedīšanas pabalsts nepienākas vai nesedz izdevumus.',
          en: 'If no VSAA funeral benefit is due or it does not cover the costs.',
        },
      },
      {
        service: 'barintiesas-apliecinajumi',
        note: {
          lv: 'Bāriņtiesa palīdz mantojuma lietās un apliecina pilnvaras — tikai Ilūkstē.',
          en: "The orphan's court helps with inheritance matters and certifies powers of attorney — only in Ilūkste.",
        },
      },
      {
        service: 'nin-maksasana-un-izzina',
        note: {
          lv: 'Par mantoto īpašumu nekustamā īpašuma nodokli turpmāk maksās mantinieks.',
          en: 'Real estate tax on an inherited property will be paid by the heir.',
        },
      },
    ],
  },
  {
    code: 'buveju-maju',
    sort: 40,
    title: { lv: 'Būvēju māju', en: 'Building a house' },
    summary: {
      lv: 'Pirms būvniecības jāpārliecinās, ko atļauj teritorijas plānojums, jāsakārto zeme un jāsaņem būvvaldes akcepts. Soļi sakārtoti secībā — no zemes līdz mājas pieņemšanai ekspluatācijā.',
      en: 'Before building, check what the spatial plan allows, put the land in order and get the building board’s approval. The steps are in order — from the land to accepting the finished house into service.',
    },
    steps: [
      {
        service: 'zemes-iericibas-projekts',
        note: {
          lv: 'Ja zemes vienība jāsadala vai jāpārkārto tās robežas.',
          en: 'If the plot must be divided or its boundaries rearranged.',
        },
      },
      {
        service: 'lietosanas-merka-maina',
        note: {
          lv: 'Ja māju paredzēts būvēt lauksaimniecības zemē.',
          en: 'If the house is to be built on farmland.',
        },
      },
      {
        service: 'buvatlauja',
        note: {
          lv: 'Dzīvojamai mājai parasti vajadzīga būvatļauja.',
          en: 'A dwelling house usually needs a building permit.',
        },
      },
      {
        service: 'paskaidrojuma-raksts',
        note: {
          lv: 'Šķūnim, garāžai vai pirtij parasti pietiek ar paskaidrojuma rakstu.',
          en: 'A shed, garage or sauna usually needs only an explanatory memorandum.',
        },
      },
      {
        service: 'adreses-pieskirsana',
        note: {
          lv: 'Jaunai mājai piešķir adresi — tā vajadzīga pieslēgumiem un dzīvesvietas deklarēšanai.',
          en: 'The new house is given an address — needed for utility connections and declaring residence.',
        },
      },
      {
        service: 'koku-cirsana-arpus-meza',
        note: {
          lv: 'Ja jānocērt koki, kas nav ietverti būvatļaujā.',
          en: 'If trees not covered by the building permit must be felled.',
        },
      },
      { service: 'udensapgades-pieslegums' },
      { service: 'nobrauktuves-saskanosana' },
      {
        service: 'raksanas-darbu-atlauja',
        note: {
          lv: 'Ja pieslēgumiem jārok pašvaldības ielā vai ceļā.',
          en: 'If you must dig in a municipal street or road for the connections.',
        },
      },
      { service: 'buves-pienemsana-ekspluatacija' },
      { service: 'dzivesvietas-deklaresana' },
    ],
  },
  {
    code: 'uzsaku-uznemejdarbibu',
    sort: 50,
    title: { lv: 'Uzsāku uzņēmējdarbību', en: 'Starting a business' },
    summary: {
      lv: 'Pašvaldība atbalsta jaunus uzņēmējus ar grantiem, telpām un atļaujām. Uzņēmumu reģistrē Uzņēmumu reģistrā, bet pārējo var nokārtot jebkurā novada pakalpojumu centrā.',
      en: 'The municipality supports new entrepreneurs with grants, premises and permits. The business is registered with the Register of Enterprises; everything else can be arranged at any service centre.',
    },
    steps: [
      { service: 'uznemejdarbibas-atbalsts' },
      {
        service: 'telpu-noma',
        note: {
          lv: 'Semināriem un pasākumiem telpas var nomāt īslaicīgi; ilgtermiņa nomai rīko izsoli.',
          en: 'Rooms can be hired short-term for seminars and events; long-term leases are auctioned.',
        },
      },
      { service: 'reklamas-atlauja' },
      {
        service: 'ielu-tirdzniecibas-atlauja',
        note: {
          lv: 'Ja tirgosieties ielās, tirgos vai pasākumos.',
          en: 'If you will trade in streets, markets or at events.',
        },
      },
      {
        service: 'atkritumu-apsaimniekosana',
        note: {
          lv: 'Arī uzņēmumam jābūt līgumam par atkritumu apsaimniekošanu.',
          en: 'A business must also have a waste collection contract.',
        },
      },
      {
        service: 'publisku-pasakumu-atlauja',
        note: { lv: 'Ja rīkosiet publiskus pasākumus.', en: 'If you will hold public events.' },
      },
    ],
  },
  {
    code: 'stajos-laulibaa',
    sort: 60,
    title: { lv: 'Stājos laulībā', en: 'Getting married' },
    summary: {
      lv: 'Laulību var noslēgt svinīgā ceremonijā Ilūkstes dzimtsarakstu nodaļā vai citā skaistā vietā novadā. Pēc kāzām var deklarēt kopīgu dzīvesvietu un, ja vajadzīgs, mainīt uzvārdu.',
      en: 'You can marry in a ceremony at the Ilūkste civil registry office or another beautiful place in the municipality. After the wedding you can declare a shared residence and, if needed, change your surname.',
    },
    steps: [
      {
        service: 'laulibas-registracija',
        note: {
          lv: 'Kopīgu iesniegumu iesniedziet vismaz mēnesi pirms kāzām.',
          en: 'Submit the joint application at least one month before the wedding.',
        },
      },
      {
        service: 'telpu-noma',
        note: {
          lv: 'Kāzu svinībām var nomāt pašvaldības zāli.',
          en: 'You can hire a municipal hall for the party.',
        },
      },
      {
        service: 'dzivesvietas-deklaresana',
        note: {
          lv: 'Ja pēc kāzām dzīvosiet kopā jaunā vietā.',
          en: 'If you will live together somewhere new.',
        },
      },
      {
        service: 'varda-uzvarda-maina',
        note: {
          lv: 'Uzvārdu parasti izvēlas, reģistrējot laulību; vēlāk to var mainīt šajā kārtībā.',
          en: 'The surname is usually chosen when the marriage is registered; it can be changed later this way.',
        },
      },
    ],
  },
  {
    code: 'berns-sak-bernudarzu-un-skolu',
    sort: 70,
    title: { lv: 'Bērns sāk iet bērnudārzā un skolā', en: 'A child starts pre-school and school' },
    summary: {
      lv: 'Vietu bērnudārzā ieteicams pieteikt laikus, bet 1. klasē bērnu uzņem tajā gadā, kad viņam aprit septiņi gadi. Pašvaldība nodrošina arī skolēnu pārvadājumus un kompensē braukšanas izdevumus.',
      en: 'Apply early for a pre-school place; children start the first grade in the year they turn seven. The municipality also provides school transport and reimburses travel costs.',
    },
    steps: [
      { service: 'pirmsskolas-rinda' },
      { service: 'uznemsana-1-klase' },
      { service: 'skolenu-parvadajumi' },
      {
        service: 'brauksanas-izdevumu-kompensacija',
        note: {
          lv: 'Ja skolas autobusa maršruts jūsu dzīvesvietai neder.',
          en: 'If no school bus route suits your home.',
        },
      },
      {
        service: 'bibliotekas-lasitaja-karte',
        note: { lv: 'Bērna lasītāja karte ir bez maksas.', en: "A child's library card is free." },
      },
    ],
  },
  {
    code: 'finansialas-grutibas',
    sort: 80,
    title: { lv: 'Nonākot finansiālās grūtībās', en: 'Facing financial hardship' },
    summary: {
      lv: 'Ja ienākumi nepietiek pamatvajadzībām, sociālais dienests izvērtēs situāciju un piedāvās atbalstu. Sāciet ar trūcīgas vai maznodrošinātas mājsaimniecības statusu — tas paver ceļu uz pārējiem pabalstiem un atvieglojumiem.',
      en: 'If your income does not cover basic needs, the Social Service will assess your situation and offer support. Start with needy or low-income household status — it opens the way to the other benefits and reliefs.',
    },
    steps: [
      { service: 'trucigas-maznodrosinatas-statuss' },
      { service: 'gmi-pabalsts' },
      { service: 'majokla-pabalsts' },
      {
        service: 'krizes-situacijas-pabalsts',
        note: {
          lv: 'Ja grūtības radījusi nelaime — ugunsgrēks, plūdi vai vētra.',
          en: 'If the hardship was caused by a disaster such as a fire, flood or storm.',
        },
      },
      { service: 'nin-atvieglojumi' },
      {
        service: 'nodokla-samaksas-termina-pagarinasana',
        note: {
          lv: 'Ja nevarat nodokli samaksāt laikā, vienojieties par samaksas grafiku.',
          en: 'If you cannot pay the tax on time, agree a payment schedule.',
        },
      },
      { service: 'palidziba-dzivokla-jautajumos' },
      { service: 'socialais-dzivoklis' },
    ],
  },
  {
    code: 'vecumdienas',
    sort: 90,
    title: { lv: 'Vecumdienas un aprūpe', en: 'Growing older and needing care' },
    summary: {
      lv: 'Ja ikdienas darbi kļūst par grūtu, pašvaldība var palīdzēt ar aprūpi mājās, asistentu vai vietu aprūpes centrā. Senioriem pieejami arī nodokļa atvieglojumi un palīdzība valsts pakalpojumu pieteikšanā.',
      en: 'When everyday tasks become too hard, the municipality can help with home care, an assistant or a place in a care centre. Older people can also get tax relief and help with applying for state services.',
    },
    steps: [
      { service: 'aprupe-majas' },
      {
        service: 'asistenta-pakalpojums',
        note: {
          lv: 'Ja ir invaliditāte un VDEĀVK atzinums par asistenta nepieciešamību.',
          en: 'If you have a disability and a VDEĀVK opinion on the need for an assistant.',
        },
      },
      { service: 'ilgstosa-sociala-aprupe' },
      {
        service: 'nin-atvieglojumi',
        note: {
          lv: 'Vientuļiem pensionāriem un personām ar invaliditāti.',
          en: 'For pensioners living alone and persons with disabilities.',
        },
      },
      {
        service: 'valsts-pakalpojumu-konsultacijas',
        note: {
          lv: 'Palīdzība pensijas un pabalstu pieteikšanā portālā latvija.lv.',
          en: 'Help with applying for a pension and benefits at latvija.lv.',
        },
      },
      {
        service: 'arhiva-izzinas',
        note: {
          lv: 'Izziņas par darba stāžu pensijas aprēķinam.',
          en: 'Certificates of length of service for calculating a pension.',
        },
      },
      {
        service: 'barintiesas-apliecinajumi',
        note: {
          lv: 'Pilnvaru tuviniekam, kas kārtos jūsu lietas, var apliecināt bāriņtiesā Ilūkstē.',
          en: "A power of attorney for a relative who will handle your affairs can be certified at the orphan's court in Ilūkste.",
        },
      },
    ],
  },
];
