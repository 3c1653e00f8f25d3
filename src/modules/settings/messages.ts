import { defineMessages, type Locale } from '../../platform/i18n';

export const text = defineMessages({
  title: { lv: 'Pašvaldības iestatījumi', en: 'Municipality settings' },
  intro: {
    lv: 'Pašvaldības nosaukums, ģerbonis, krāsas un kontakti ir redzami katrā lapā un katalogā, ko nodod portālam latvija.lv.',
    en: 'The name, coat of arms, colours and contacts of the municipality appear on every page and in the catalogue given to latvija.lv.',
  },
  saved: { lv: 'Iestatījumi saglabāti.', en: 'The settings were saved.' },
  'section.identity': { lv: 'Nosaukums', en: 'Name' },
  'section.arms': { lv: 'Ģerbonis un krāsas', en: 'Coat of arms and colours' },
  'section.contacts': { lv: 'Kontakti', en: 'Contacts' },
  'section.registry': { lv: 'Lietvedība un maksājumi', en: 'Registry and payments' },
  name: { lv: 'Pilns nosaukums', en: 'Full name' },
  shortName: { lv: 'Īsais nosaukums', en: 'Short name' },
  registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
  registrationNumberHint: { lv: '11 cipari', en: '11 digits' },
  arms: { lv: 'Ģerbonis (SVG fails)', en: 'Coat of arms (SVG file)' },
  armsHint: {
    lv: 'Līdz 100 KB. Skripti, notikumu apstrādātāji, ārējas saites un iegultie objekti tiek izņemti. Ja failu neizvēlas, paliek pašreizējais ģerbonis.',
    en: 'Up to 100 KB. Scripts, event handlers, external references and embedded objects are removed. Without a new file the current coat of arms stays.',
  },
  armsCurrent: { lv: 'Pašreizējais ģerbonis', en: 'Current coat of arms' },
  armsNone: { lv: 'Ģerbonis vēl nav augšupielādēts.', en: 'No coat of arms has been uploaded yet.' },
  primaryColour: { lv: 'Galvenā krāsa', en: 'Main colour' },
  primaryColourHint: {
    lv: 'Galvenes fons ar baltu tekstu, formā #rrggbb. Kontrastam ar baltu jābūt vismaz 4,5:1.',
    en: 'The header’s background behind white text, as #rrggbb. Its contrast with white must be at least 4.5:1.',
  },
  accentColour: { lv: 'Akcenta krāsa', en: 'Accent colour' },
  accentColourHint: {
    lv: 'Josla zem galvenes, formā #rrggbb. Kontrastam ar galveno krāsu jābūt vismaz 3:1.',
    en: 'The stripe under the header, as #rrggbb. Its contrast with the main colour must be at least 3:1.',
  },
  contrast: { lv: 'Kontrasts: {ratio}:1', en: 'Contrast: {ratio}:1' },
  address: { lv: 'Juridiskā adrese', en: 'Legal address' },
  phone: { lv: 'Tālrunis', en: 'Phone' },
  email: { lv: 'E-pasts', en: 'Email' },
  eAddress: { lv: 'Oficiālā e-adrese', en: 'Official e-address' },
  website: { lv: 'Tīmekļvietne', en: 'Website' },
  registryPrefix: { lv: 'Reģistrācijas numuru prefikss', en: 'Registration number prefix' },
  registryPrefixHint: {
    lv: '2–6 lielie latīņu burti, piemēram, ILN. Ar to sāksies lietvedībā reģistrēto dokumentu numuri.',
    en: '2–6 capital Latin letters, for example ILN. Registration numbers of documents in the registry start with it.',
  },
  bankAccount: { lv: 'Bankas konts (IBAN)', en: 'Bank account (IBAN)' },
  bankAccountHint: {
    lv: 'Rēķiniem un maksājumu norādījumiem, piemēram, LV80 BANK 0000 4351 9500 1',
    en: 'For invoices and payment instructions, for example LV80 BANK 0000 4351 9500 1',
  },
  bankName: { lv: 'Banka', en: 'Bank' },
  save: { lv: 'Saglabāt iestatījumus', en: 'Save the settings' },
  notSetUp: {
    lv: 'Pašvaldība vēl nav iestatīta. Palaidiet „npx pietura setup”.',
    en: 'The municipality has not been set up yet. Run ‘npx pietura setup’.',
  },
});
export type TextKey = Parameters<typeof text>[1];

const ERRORS = {
  required: { lv: 'Aizpildiet lauku „{field}”', en: 'Fill in ‘{field}’' },
  tooLong: { lv: 'Lauka „{field}” teksts ir par garu', en: 'The text in ‘{field}’ is too long' },
  invalid: { lv: 'Pārbaudiet lauku „{field}”', en: 'Check ‘{field}’' },
  registrationNumber: {
    lv: 'Reģistrācijas numurā jābūt 11 cipariem',
    en: 'The registration number must have 11 digits',
  },
  phone: {
    lv: 'Ievadiet tālruņa numuru, piemēram, +371 65462383',
    en: 'Enter a phone number, for example +371 65462383',
  },
  email: {
    lv: 'Ievadiet e-pasta adresi, piemēram, dome@example.lv',
    en: 'Enter an email address, for example council@example.lv',
  },
  website: {
    lv: 'Ievadiet pilnu adresi, kas sākas ar https://',
    en: 'Enter a full address starting with https://',
  },
  registryPrefix: {
    lv: 'Prefiksā jābūt 2–6 lielajiem latīņu burtiem, piemēram, ILN',
    en: 'The prefix must be 2–6 capital Latin letters, for example ILN',
  },
  colour: {
    lv: 'Ievadiet krāsu „{field}” formā #rrggbb, piemēram, #9b1b30',
    en: 'Enter ‘{field}’ as #rrggbb, for example #9b1b30',
  },
  iban: {
    lv: 'Ievadiet derīgu IBAN kontu, piemēram, LV80 BANK 0000 4351 9500 1 (pārbaudiet ciparus)',
    en: 'Enter a valid IBAN, for example LV80 BANK 0000 4351 9500 1 (check the digits)',
  },
  'contrast.primaryColour': {
    lv: 'Balts teksts uz galvenās krāsas ir slikti salasāms (kontrasts {ratio}:1, vajag vismaz 4,5:1): izvēlieties tumšāku krāsu',
    en: 'White text on the main colour is hard to read (contrast {ratio}:1, at least 4.5:1 is needed): choose a darker colour',
  },
  'contrast.accentColour': {
    lv: 'Akcenta krāsa pārāk maz atšķiras no galvenās (kontrasts {ratio}:1, vajag vismaz 3:1)',
    en: 'The accent colour differs too little from the main colour (contrast {ratio}:1, at least 3:1 is needed)',
  },
  'arms.empty': { lv: 'Izvēlētais fails ir tukšs', en: 'The chosen file is empty' },
  'arms.too_large': {
    lv: 'Ģerboņa failam jābūt ne lielākam par 100 KB',
    en: 'The coat of arms file must be 100 KB or smaller',
  },
  'arms.too_complex': {
    lv: 'Ģerbonis ir pārāk sarežģīts zīmējums: ne vairāk kā 5000 elementu, ne dziļāk par 50 līmeņiem',
    en: 'The coat of arms is too complex a drawing: at most 5,000 elements, nested at most 50 deep',
  },
  'arms.not_svg': {
    lv: 'Izvēlieties SVG attēlu (ar viewBox vai platumu un augstumu)',
    en: 'Choose an SVG image (with a viewBox or a width and height)',
  },
} satisfies Record<string, { lv: string; en: string }>;
export type ErrorKey = keyof typeof ERRORS;
const errorText = defineMessages(ERRORS);

/** Field labels for messages, by input id. */
export function fieldName(locale: Locale, field: string): string {
  const [base, lang] = field.split('-') as [string, string | undefined];
  const known: Record<string, TextKey> = {
    name: 'name',
    shortName: 'shortName',
    registrationNumber: 'registrationNumber',
    address: 'address',
    phone: 'phone',
    email: 'email',
    eAddress: 'eAddress',
    website: 'website',
    registryPrefix: 'registryPrefix',
    primaryColour: 'primaryColour',
    accentColour: 'accentColour',
    bankAccount: 'bankAccount',
    bankName: 'bankName',
    arms: 'arms',
  };
  const label = known[base] ? text(locale, known[base]) : field;
  if (!lang) return label;
  const language = { lv: { lv: 'latviski', en: 'angliski' }, en: { lv: 'Latvian', en: 'English' } }[locale][
    lang as 'lv' | 'en'
  ];
  return `${label} (${language})`;
}

export function settingsError(locale: Locale, key: string, field: string, ratio?: number): string {
  const k = (Object.hasOwn(ERRORS, key) ? key : 'invalid') as ErrorKey;
  const shown = ratio === undefined ? '' : ratio.toFixed(2).replace('.', locale === 'lv' ? ',' : '.');
  return errorText(locale, k, { field: fieldName(locale, field), ratio: shown });
}
