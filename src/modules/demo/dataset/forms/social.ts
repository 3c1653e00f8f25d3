import type { FormDefinition } from '../../../eforms/definition';
import {
  BANK_ACCOUNT,
  CHILD_BIRTH_DATE,
  CHILD_PERSONAL_CODE,
  DOCUMENTS,
  hint,
  opt,
  optional,
  page,
  q,
  when,
} from './helpers';

const HOUSEHOLD_SIZE = q(
  'majsaimniecibas_lielums',
  'number',
  'Cik cilvēku ir jūsu mājsaimniecībā?',
  'How many people are in your household?',
  {
    hint: hint('Ieskaitot jūs pašu.', 'Including yourself.'),
    min: 1,
    max: 20,
    integer: true,
  },
);

const INCOME_FILES = q(
  'ienakumu_dokumenti',
  'file',
  'Ienākumus apliecinoši dokumenti',
  'Documents showing income',
  {
    hint: hint(
      'Izziņas par pēdējo trīs mēnešu ienākumiem, kas nav redzami valsts reģistros (piemēram, uzturlīdzekļi, ienākumi no ārzemēm).',
      'Statements of the last three months’ income not shown in state registers (for example maintenance, income from abroad).',
    ),
    maxFiles: 5,
    ...DOCUMENTS,
  },
);

export const GMI_FORM: FormDefinition = {
  pages: [
    page('majsaimnieciba', 'Jūsu mājsaimniecība', 'Your household', [
      HOUSEHOLD_SIZE,
      q(
        'statuss',
        'choice',
        'Kāds statuss ir jūsu mājsaimniecībai?',
        'What status does your household have?',
        {
          options: [
            opt('trucigs', 'Trūcīgas mājsaimniecības statuss', 'Needy household status'),
            opt('maznodrosinats', 'Maznodrošinātas mājsaimniecības statuss', 'Low-income household status'),
            opt(
              'nav',
              'Statusa vēl nav — iesniedzu arī iesniegumu statusam',
              'No status yet — I am also applying for it',
            ),
          ],
        },
      ),
      q(
        'ienakumi_menesi',
        'number',
        'Mājsaimniecības kopējie ienākumi mēnesī (euro)',
        'Household’s total monthly income (euros)',
        {
          min: 0,
          max: 100000,
          money: true,
        },
      ),
    ]),
    page('dokumenti', 'Ienākumi un konts', 'Income and account', [
      optional(
        'ir_citi_ienakumi',
        'yesno',
        'Vai jums ir ienākumi, kas nav redzami valsts reģistros?',
        'Do you have income not shown in state registers?',
      ),
      { ...INCOME_FILES, ...when('ir_citi_ienakumi', 'yes') },
      BANK_ACCOUNT,
    ]),
  ],
};

export const HOUSING_BENEFIT_FORM: FormDefinition = {
  pages: [
    page('majoklis', 'Mājoklis', 'Your home', [
      HOUSEHOLD_SIZE,
      q('majokla_veids', 'choice', 'Kā jūs lietojat mājokli?', 'How do you use your home?', {
        options: [
          opt('ire', 'Īrēju', 'I rent it'),
          opt('ipasums', 'Tas ir mans īpašums', 'I own it'),
          opt('cits', 'Citādi (piemēram, lietojuma tiesības)', 'Otherwise (for example a right of use)'),
        ],
      }),
      q('ires_ligums', 'file', 'Īres līgums', 'Tenancy agreement', {
        maxFiles: 2,
        ...DOCUMENTS,
        ...when('majokla_veids', 'ire'),
      }),
      q('apkures_veids', 'choice', 'Kāda ir mājokļa apkure?', 'How is your home heated?', {
        options: [
          opt('centralizeta', 'Centralizētā siltumapgāde', 'District heating'),
          opt('malka', 'Malka vai granulas', 'Firewood or pellets'),
          opt('elektriba', 'Elektrība', 'Electricity'),
          opt('gaze', 'Gāze', 'Gas'),
        ],
      }),
    ]),
    page('izdevumi', 'Izdevumi un konts', 'Costs and account', [
      q('izdevumu_dokumenti', 'file', 'Rēķini par mājokļa izdevumiem', 'Bills for housing costs', {
        hint: hint(
          'Pēdējo trīs mēnešu rēķini par īri, apsaimniekošanu, apkuri, ūdeni un elektrību.',
          'The last three months’ bills for rent, management, heating, water and electricity.',
        ),
        maxFiles: 10,
        ...DOCUMENTS,
      }),
      q('kurinamais_iegadats', 'date', 'Kad iegādājāties kurināmo?', 'When did you buy the fuel?', {
        dateRule: 'past',
        ...when('apkures_veids', 'malka'),
      }),
      BANK_ACCOUNT,
    ]),
  ],
};

export const CHILDBIRTH_FORM: FormDefinition = {
  pages: [
    page('berns', 'Bērns', 'The child', [
      CHILD_PERSONAL_CODE,
      CHILD_BIRTH_DATE,
      q(
        'vairaki_berni',
        'yesno',
        'Vai piedzima dvīņi vai vairāki bērni?',
        'Were twins or more children born?',
      ),
      q('citu_bernu_kodi', 'textarea', 'Pārējo bērnu personas kodi', 'The other children’s personal codes', {
        hint: hint('Katru savā rindā.', 'Each on its own line.'),
        maxLength: 200,
        ...when('vairaki_berni', 'yes'),
      }),
    ]),
    page('izmaksa', 'Izmaksa', 'Payment', [BANK_ACCOUNT]),
  ],
};

export const STATUS_FORM: FormDefinition = {
  pages: [
    page('majsaimnieciba', 'Mājsaimniecība', 'Household', [
      HOUSEHOLD_SIZE,
      q('locekli', 'textarea', 'Mājsaimniecības locekļi', 'Members of the household', {
        hint: hint(
          'Katrā rindā: vārds, uzvārds, personas kods un radniecība ar jums.',
          'One per line: name, surname, personal code and relation to you.',
        ),
        maxLength: 2000,
      }),
      q('statuss', 'choice', 'Kādu statusu lūdzat noteikt?', 'Which status are you applying for?', {
        options: [
          opt('trucigs', 'Trūcīgas mājsaimniecības', 'Needy household'),
          opt('maznodrosinats', 'Maznodrošinātas mājsaimniecības', 'Low-income household'),
        ],
      }),
    ]),
    page('mantiba', 'Ienākumi un mantiskais stāvoklis', 'Income and property', [
      q(
        'ir_ipasums',
        'yesno',
        'Vai mājsaimniecībai pieder nekustamais īpašums, izņemot mājokli, kurā dzīvojat?',
        'Does the household own real estate other than the home you live in?',
      ),
      q(
        'ipasuma_apraksts',
        'textarea',
        'Kāds īpašums un kur tas atrodas?',
        'What property, and where is it?',
        {
          maxLength: 1000,
          ...when('ir_ipasums', 'yes'),
        },
      ),
      INCOME_FILES,
    ]),
  ],
};

export const HOME_CARE_FORM: FormDefinition = {
  pages: [
    page('aprupejamais', 'Kam vajadzīga aprūpe', 'Who needs care', [
      q('kam', 'choice', 'Kam vajadzīga aprūpe mājās?', 'Who needs care at home?', {
        options: [opt('man', 'Man pašam', 'Myself'), opt('citam', 'Citai personai', 'Another person')],
      }),
      q(
        'aprupejama_kods',
        'personal_code',
        'Aprūpējamās personas personas kods',
        'Personal code of the person cared for',
        when('kam', 'citam'),
      ),
      q('aprupes_adrese', 'address', 'Adrese, kur aprūpe vajadzīga', 'Address where care is needed'),
      q('palidziba', 'choices', 'Kāda palīdzība vajadzīga?', 'What help is needed?', {
        options: [
          opt('iepirksanas', 'Pārtikas un medikamentu iegāde', 'Buying food and medicines'),
          opt('uzkopsana', 'Mājokļa uzkopšana', 'Cleaning the home'),
          opt('higiena', 'Personīgā higiēna', 'Personal hygiene'),
          opt('kurinasana', 'Malkas sagāde un krāsns kurināšana', 'Firewood and heating the stove'),
        ],
      }),
      optional(
        'arsta_izzina',
        'file',
        'Ģimenes ārsta izziņa par veselības stāvokli',
        'Family doctor’s statement on health',
        {
          maxFiles: 2,
          ...DOCUMENTS,
        },
      ),
    ]),
  ],
};
