import { defineMessages, type Locale } from '../../platform/i18n';
import { LIMITS } from '../eforms/definition';

/** The texts of the online form's editor and preview. */
export const formText = defineMessages({
  'form.title': { lv: 'Tiešsaistes veidlapa', en: 'Online form' },
  'form.intro': {
    lv: 'Jautājumi, ko iedzīvotājs atbild, piesakoties pakalpojumam tiešsaistē. Vārdu, personas kodu un kontaktus veidlapa prasa pati — tos šeit nepievienojiet.',
    en: 'The questions a resident answers when applying for the service online. The form asks for the name, personal code and contact details itself — do not add them here.',
  },
  'form.none': {
    lv: 'Šai versijai nav tiešsaistes veidlapas. Sāciet ar pirmo lapu un tās pirmo jautājumu.',
    en: 'This version has no online form. Start with its first page and the page’s first question.',
  },
  'form.noneReadOnly': {
    lv: 'Šai versijai nav tiešsaistes veidlapas.',
    en: 'This version has no online form.',
  },
  'form.readOnly': {
    lv: 'Šī versija nav melnraksts, tāpēc tās veidlapu var tikai apskatīt.',
    en: 'This version is not a draft, so its form can only be viewed.',
  },
  'form.readOnlyShort': { lv: 'tikai apskatei', en: 'view only' },
  'form.pageN': { lv: '{n}. lapa', en: 'Page {n}' },
  'form.addPage': { lv: 'Pievienot lapu', en: 'Add a page' },
  'form.addField': { lv: 'Pievienot jautājumu', en: 'Add a question' },
  'form.editPage': { lv: 'Pārdēvēt lapu', en: 'Rename the page' },
  'form.deletePage': { lv: 'Dzēst lapu', en: 'Delete the page' },
  'form.up': { lv: 'Augšup', en: 'Up' },
  'form.down': { lv: 'Lejup', en: 'Down' },
  'form.edit': { lv: 'Labot', en: 'Edit' },
  'form.delete': { lv: 'Dzēst', en: 'Delete' },
  'form.preview': { lv: 'Priekšskatīt veidlapu', en: 'Preview the form' },
  'form.remove': { lv: 'Noņemt tiešsaistes veidlapu', en: 'Remove the online form' },
  'form.removeHint': {
    lv: 'Bez veidlapas pakalpojumam nevar pieteikties tiešsaistē. Iepriekšējās versijas veidlapa paliek tās versijā.',
    en: 'Without a form the service cannot be applied for online. The form of earlier versions stays with them.',
  },
  'form.back': { lv: 'Atpakaļ uz versiju', en: 'Back to the version' },
  'form.backToForm': { lv: 'Atpakaļ uz veidlapu', en: 'Back to the form' },
  'form.col.code': { lv: 'Kods', en: 'Code' },
  'form.col.question': { lv: 'Jautājums', en: 'Question' },
  'form.col.type': { lv: 'Veids', en: 'Type' },
  'form.col.required': { lv: 'Obligāts', en: 'Required' },
  'form.col.condition': { lv: 'Nosacījums', en: 'Condition' },
  'form.col.actions': { lv: 'Darbības', en: 'Actions' },
  'form.conditionText': { lv: 'ja „{field}” ir {values}', en: 'if ‘{field}’ is {values}' },
  'form.saved': { lv: 'Veidlapa saglabāta.', en: 'The form was saved.' },
  'form.removed': { lv: 'Tiešsaistes veidlapa noņemta.', en: 'The online form was removed.' },
  'confirm.fieldTitle': {
    lv: 'Vai tiešām dzēst jautājumu „{name}”?',
    en: 'Are you sure you want to delete the question ‘{name}’?',
  },
  'confirm.pageTitle': {
    lv: 'Vai tiešām dzēst lapu „{name}”?',
    en: 'Are you sure you want to delete the page ‘{name}’?',
  },
  'confirm.formTitle': {
    lv: 'Vai tiešām noņemt visu tiešsaistes veidlapu?',
    en: 'Are you sure you want to remove the whole online form?',
  },
  'confirm.field': {
    lv: 'Jautājumu dzēsīs no šīs versijas veidlapas. Jau iesniegtie iesniegumi un citu versiju veidlapas nemainās.',
    en: 'The question is deleted from this version’s form. Applications already sent and the forms of other versions do not change.',
  },
  'confirm.page': {
    lv: 'Lapu dzēsīs no šīs versijas veidlapas kopā ar visiem tās jautājumiem:',
    en: 'The page is deleted from this version’s form with all of its questions:',
  },
  'confirm.form': {
    lv: 'Dzēsīs visas šīs versijas veidlapas lapas un jautājumus.',
    en: 'All the pages and questions of this version’s form are deleted.',
  },
  'confirm.deleteField': { lv: 'Jā, dzēst jautājumu', en: 'Yes, delete the question' },
  'confirm.deletePage': { lv: 'Jā, dzēst lapu', en: 'Yes, delete the page' },
  'confirm.removeForm': { lv: 'Jā, noņemt veidlapu', en: 'Yes, remove the form' },
  'confirm.cancel': { lv: 'Atcelt', en: 'Cancel' },
  'field.newTitle': { lv: 'Jauns jautājums', en: 'New question' },
  'field.editTitle': { lv: 'Labot jautājumu', en: 'Edit the question' },
  'field.onPage': { lv: 'Lapā „{page}”', en: 'On the page ‘{page}’' },
  'field.code': { lv: 'Kods', en: 'Code' },
  'field.codeHint': {
    lv: 'Mazie latīņu burti, cipari un _, sākas ar burtu (līdz 40 zīmēm). Pēc koda lietā glabā atbildi. Ja atstāsiet tukšu, to izveidos no jautājuma.',
    en: 'Lower-case letters, digits and _, starting with a letter (up to 40 characters). The case keeps the answer under this code. Left empty, it is made from the question.',
  },
  'field.type': { lv: 'Atbildes veids', en: 'Type of answer' },
  'field.label': { lv: 'Jautājums', en: 'Question' },
  'field.hint': { lv: 'Paskaidrojums (nav obligāts)', en: 'Hint (optional)' },
  'field.required': { lv: 'Vai atbilde ir obligāta?', en: 'Is an answer required?' },
  'field.limits': { lv: 'Ierobežojumi', en: 'Limits' },
  'field.limitsHint': {
    lv: 'Aizpildiet tikai tos, kas attiecas uz izvēlēto atbildes veidu; pārējos neņem vērā.',
    en: 'Fill in only those that apply to the chosen type of answer; the others are ignored.',
  },
  'field.limitsFor.text': {
    lv: 'Tekstam, garam tekstam un adresei',
    en: 'For text, long text and an address',
  },
  'field.limitsFor.number': { lv: 'Skaitlim', en: 'For a number' },
  'field.limitsFor.date': { lv: 'Datumam', en: 'For a date' },
  'field.limitsFor.file': { lv: 'Failam', en: 'For a file' },
  'field.maxLength': { lv: 'Garākais teksts (zīmes)', en: 'Longest text (characters)' },
  'field.maxLengthHint': {
    lv: `Teksts, garš teksts un adrese. Ja tukšs: ${LIMITS.textMaxLength} (garš teksts ${LIMITS.textareaMaxLength}, adrese ${LIMITS.addressMaxLength}).`,
    en: `Text, long text and address. When empty: ${LIMITS.textMaxLength} (long text ${LIMITS.textareaMaxLength}, address ${LIMITS.addressMaxLength}).`,
  },
  'field.min': { lv: 'Mazākais skaitlis', en: 'Smallest number' },
  'field.max': { lv: 'Lielākais skaitlis', en: 'Largest number' },
  'field.integer': { lv: 'Tikai veseli skaitļi', en: 'Whole numbers only' },
  'field.money': { lv: 'Naudas summa euro', en: 'An amount of money in euros' },
  'field.dateRule': { lv: 'Kādi datumi derīgi', en: 'Which dates are allowed' },
  'field.dateRule.any': { lv: 'Jebkurš datums', en: 'Any date' },
  'field.dateRule.past': { lv: 'Šodiena vai pagātne', en: 'Today or in the past' },
  'field.dateRule.future': { lv: 'Šodiena vai nākotne', en: 'Today or in the future' },
  'field.maxFiles': { lv: 'Cik failu var pievienot', en: 'How many files may be attached' },
  'field.maxFilesHint': {
    lv: `No 1 līdz ${LIMITS.maxFilesPerField}; ja tukšs: ${LIMITS.maxFilesPerField}.`,
    en: `From 1 to ${LIMITS.maxFilesPerField}; when empty: ${LIMITS.maxFilesPerField}.`,
  },
  'field.accept': { lv: 'Pieņemamie failu veidi', en: 'Accepted kinds of file' },
  'field.acceptHint': {
    lv: 'Ja neatzīmēsiet nevienu, der visi. Veidu nosaka pēc faila satura, nevis nosaukuma.',
    en: 'If none is ticked, all are accepted. The kind is told from the file’s content, not its name.',
  },
  'field.options': { lv: 'Atbilžu varianti', en: 'Options' },
  'field.optionsHint': {
    lv: 'Izvēlei un vairākām izvēlēm. Katrā rindā viens variants: kods | latviski | angliski, piemēram, „daudzbernu | Daudzbērnu ģimene | Large family”.',
    en: 'For a choice and several choices. One option a line: key | in Latvian | in English, for example ‘daudzbernu | Daudzbērnu ģimene | Large family’.',
  },
  'field.condition': { lv: 'Rādīt jautājumu tikai tad, ja…', en: 'Show the question only if…' },
  'field.conditionHint': {
    lv: 'Atzīmējiet vienu vai vairākas viena iepriekšējā jautājuma atbildes. Ja neatzīmēsiet neko, jautājumu rāda vienmēr.',
    en: 'Tick one or more answers of one earlier question. If nothing is ticked, the question is always shown.',
  },
  'field.conditionNone': {
    lv: 'Pirms šī jautājuma nav neviena jā/nē vai izvēles jautājuma, no kura tas varētu būt atkarīgs.',
    en: 'There is no yes/no or choice question before this one for it to depend on.',
  },
  'field.conditionOn': { lv: '„{field}” ir', en: '‘{field}’ is' },
  'field.save': { lv: 'Saglabāt jautājumu', en: 'Save the question' },
  'page.newTitle': { lv: 'Jauna lapa', en: 'New page' },
  'page.editTitle': { lv: 'Pārdēvēt lapu', en: 'Rename the page' },
  'page.title': { lv: 'Lapas virsraksts', en: 'Page title' },
  'page.id': { lv: 'Lapas adrese', en: 'Page address' },
  'page.idHint': {
    lv: 'Mazie latīņu burti, cipari un defises, piemēram, „berns”. Ja atstāsiet tukšu, to izveidos no virsraksta.',
    en: 'Lower-case letters, digits and hyphens, for example ‘berns’. Left empty, it is made from the title.',
  },
  'page.firstField': { lv: 'Lapas pirmais jautājums', en: 'The page’s first question' },
  'page.save': { lv: 'Saglabāt lapu', en: 'Save the page' },
  'preview.title': { lv: 'Veidlapas priekšskatījums', en: 'Preview of the form' },
  'preview.banner': {
    lv: 'Priekšskatījums: tā veidlapu redzēs iedzīvotājs. Šeit to nevar iesniegt.',
    en: 'Preview: this is how a resident sees the form. It cannot be submitted here.',
  },
  'preview.language': { lv: 'Veidlapas valoda', en: 'Language of the form' },
  'preview.inLatvian': { lv: 'Latviski', en: 'In Latvian' },
  'preview.inEnglish': { lv: 'Angliski', en: 'In English' },
  'preview.conditional': {
    lv: 'Rāda tikai tad, ja „{field}” ir {values}.',
    en: 'Shown only if ‘{field}’ is {values}.',
  },
  'preview.applicant': {
    lv: 'Pirms šīm lapām iedzīvotājs norāda savu vārdu, uzvārdu, personas kodu un kontaktus.',
    en: 'Before these pages the resident gives their name, personal code and contact details.',
  },
  'preview.link': { lv: 'Tiešsaistes veidlapas priekšskatījums', en: 'Preview of the online form' },
  'changes.form': { lv: 'Tiešsaistes veidlapa', en: 'Online form' },
  'changes.formAdded': { lv: 'veidlapa pievienota', en: 'form added' },
  'changes.formRemoved': { lv: 'veidlapa noņemta', en: 'form removed' },
  'changes.added': { lv: 'pievienoti jautājumi: {list}', en: 'questions added: {list}' },
  'changes.removed': { lv: 'noņemti jautājumi: {list}', en: 'questions removed: {list}' },
  'changes.changed': { lv: 'mainīti jautājumi: {list}', en: 'questions changed: {list}' },
  'changes.pages': { lv: 'mainītas lapas vai secība', en: 'pages or order changed' },
  'changes.formChanged': {
    lv: 'Mainīta tiešsaistes veidlapa: {list}.',
    en: 'The online form changed: {list}.',
  },
  'changes.formSame': { lv: 'Tiešsaistes veidlapa nav mainīta.', en: 'The online form has not changed.' },
  'changes.formNone': { lv: 'Nav tiešsaistes veidlapas.', en: 'No online form.' },
  'type.text': { lv: 'Teksts', en: 'Text' },
  'type.textarea': { lv: 'Garš teksts', en: 'Long text' },
  'type.number': { lv: 'Skaitlis', en: 'Number' },
  'type.date': { lv: 'Datums', en: 'Date' },
  'type.choice': { lv: 'Izvēle (viena)', en: 'Choice (one)' },
  'type.choices': { lv: 'Vairākas izvēles', en: 'Several choices' },
  'type.yesno': { lv: 'Jā vai nē', en: 'Yes or no' },
  'type.personal_code': { lv: 'Personas kods', en: 'Personal code' },
  'type.iban': { lv: 'Bankas konta numurs (IBAN)', en: 'Bank account number (IBAN)' },
  'type.address': { lv: 'Adrese', en: 'Address' },
  'type.file': { lv: 'Fails', en: 'File' },
  yes: { lv: 'Jā', en: 'Yes' },
  no: { lv: 'Nē', en: 'No' },
  or: { lv: ' vai ', en: ' or ' },
});
export type FormTextKey = Parameters<typeof formText>[1];

const ISSUES = defineMessages({
  stale: {
    lv: 'Veidlapu pa to laiku mainīja. Atveriet to no jauna un mēģiniet vēlreiz',
    en: 'The form was changed meanwhile. Open it again and try once more',
  },
  formNumber: { lv: '{label}: ievadiet skaitli', en: '{label}: enter a number' },
  formOptionLine: {
    lv: '{label}: katrā rindā rakstiet „kods | latviski | angliski”',
    en: '{label}: write ‘key | in Latvian | in English’ on each line',
  },
  formOneSource: {
    lv: '{label}: atzīmējiet atbildes tikai vienam jautājumam',
    en: '{label}: tick answers of one question only',
  },
  code_not_unique: {
    lv: '{label}: šāds kods jau ir citam jautājumam',
    en: '{label}: another question already has this code',
  },
  code: {
    lv: '{label}: lietojiet mazos latīņu burtus, ciparus un _, sākot ar burtu (līdz 40 zīmēm)',
    en: '{label}: use lower-case letters, digits and _, starting with a letter (up to 40 characters)',
  },
  id: {
    lv: '{label}: lietojiet mazos latīņu burtus, ciparus un defises, sākot ar burtu (līdz 40 zīmēm)',
    en: '{label}: use lower-case letters, digits and hyphens, starting with a letter (up to 40 characters)',
  },
  page_id_reserved: {
    lv: '{label}: šo vārdu izmanto pati pieteikšanās, izvēlieties citu',
    en: '{label}: the application itself uses this word, choose another',
  },
  page_id_not_unique: {
    lv: '{label}: šāda adrese jau ir citai lapai',
    en: '{label}: another page already has this address',
  },
  empty: { lv: 'Aizpildiet lauku {label}', en: 'Fill in {label}' },
  tooLongText: { lv: '{label}: teksts ir par garu', en: '{label}: the text is too long' },
  type: { lv: 'Izvēlieties atbildes veidu', en: 'Choose the type of answer' },
  options_required: {
    lv: '{label}: izvēles jautājumam norādiet vismaz vienu atbildes variantu',
    en: '{label}: give at least one option for a choice question',
  },
  options_not_allowed: {
    lv: '{label}: atbilžu variantus var norādīt tikai izvēles jautājumiem — izdzēsiet tos vai mainiet atbildes veidu',
    en: '{label}: only choice questions have options — delete them or change the type of answer',
  },
  option_keys_not_unique: {
    lv: '{label}: katram variantam vajadzīgs savs kods',
    en: '{label}: each option needs its own key',
  },
  optionKey: {
    lv: '{label}: variantu kodos lietojiet mazos latīņu burtus, ciparus, _ un defises',
    en: '{label}: use lower-case letters, digits, _ and hyphens in option keys',
  },
  tooManyOptions: {
    lv: `{label}: ne vairāk kā ${LIMITS.maxOptions} varianti`,
    en: `{label}: at most ${LIMITS.maxOptions} options`,
  },
  max_below_min: {
    lv: '{label}: lielākais skaitlis nevar būt mazāks par mazāko',
    en: '{label}: the largest number cannot be smaller than the smallest',
  },
  max_length_not_allowed: {
    lv: '{label}: garākais teksts nevar pārsniegt šī atbildes veida robežu',
    en: '{label}: the longest text cannot exceed the limit of this type of answer',
  },
  maxLength: {
    lv: `{label}: ievadiet veselu skaitli no 1 līdz ${LIMITS.textareaMaxLength}`,
    en: `{label}: enter a whole number from 1 to ${LIMITS.textareaMaxLength}`,
  },
  maxFiles: {
    lv: `{label}: ievadiet veselu skaitli no 1 līdz ${LIMITS.maxFilesPerField}`,
    en: `{label}: enter a whole number from 1 to ${LIMITS.maxFilesPerField}`,
  },
  condition_on_unknown_or_later_field: {
    lv: '{label}: nosacījums var attiekties tikai uz jautājumu, kas ir pirms tā',
    en: '{label}: the condition can only refer to a question before it',
  },
  condition_value_not_possible: {
    lv: '{label}: nosacījumā ir atbilde, kuras tam jautājumam vairs nav',
    en: '{label}: the condition names an answer that question no longer has',
  },
  fields: {
    lv: '{label}: lapā jābūt vismaz vienam jautājumam — dzēsiet lapu, nevis tās pēdējo jautājumu',
    en: '{label}: a page must have at least one question — delete the page, not its last question',
  },
  tooManyFields: {
    lv: `{label}: lapā var būt ne vairāk kā ${LIMITS.maxFieldsPerPage} jautājumi`,
    en: `{label}: a page can have at most ${LIMITS.maxFieldsPerPage} questions`,
  },
  pages: {
    lv: 'Veidlapā jābūt vismaz vienai lapai — lai to noņemtu, izvēlieties „Noņemt tiešsaistes veidlapu”',
    en: 'A form must have at least one page — to remove it, choose ‘Remove the online form’',
  },
  tooManyPages: {
    lv: `Veidlapā var būt ne vairāk kā ${LIMITS.maxPages} lapas`,
    en: `A form can have at most ${LIMITS.maxPages} pages`,
  },
  invalid: { lv: '{label}: pārbaudiet šo lauku', en: '{label}: check this field' },
});

/** What rule an issue breaks, from zod's message (our own keys) or, for zod's own checks, from the path. */
function issueKey(message: string, about: string): Parameters<typeof ISSUES>[1] {
  if (Object.hasOwn(ISSUES_KEYS, message)) return message as Parameters<typeof ISSUES>[1];
  const tooBig = /at most|too_big|too big/i.test(message);
  const last = about.split('.').at(-1) ?? '';
  if (
    about.startsWith('options.label') ||
    about === 'label.lv' ||
    about === 'label.en' ||
    about.startsWith('title.')
  )
    return tooBig ? 'tooLongText' : 'empty';
  if (about.startsWith('hint.')) return 'tooLongText';
  if (about === 'options.key') return 'optionKey';
  if (about === 'options') return tooBig ? 'tooManyOptions' : 'options_required';
  if (about === 'fields') return tooBig ? 'tooManyFields' : 'fields';
  if (about === 'pages') return tooBig ? 'tooManyPages' : 'pages';
  if (['code', 'id', 'type', 'maxLength', 'maxFiles'].includes(last)) return last as 'code';
  return 'invalid';
}
const ISSUES_KEYS: Record<string, true> = Object.fromEntries(
  [
    'stale',
    'formNumber',
    'formOptionLine',
    'formOneSource',
    'code_not_unique',
    'page_id_reserved',
    'page_id_not_unique',
    'options_required',
    'options_not_allowed',
    'option_keys_not_unique',
    'max_below_min',
    'max_length_not_allowed',
    'condition_on_unknown_or_later_field',
    'condition_value_not_possible',
  ].map((k) => [k, true]),
);

/** An issue's message, naming the field (`label`: the input's label, or „question” (code) elsewhere). */
export function formIssueMessage(locale: Locale, message: string, about: string, label: string): string {
  return ISSUES(locale, issueKey(message, about), { label });
}

/** The label of an editor input by its id, for messages about it. */
export function inputLabel(locale: Locale, input: string): string {
  const lang = /-(lv|en)$/.exec(input)?.[1] as Locale | undefined;
  const base = lang ? input.slice(0, -3) : input;
  const keys: Record<string, FormTextKey> = {
    code: 'field.code',
    type: 'field.type',
    label: 'field.label',
    hint: 'field.hint',
    maxLength: 'field.maxLength',
    min: 'field.min',
    max: 'field.max',
    maxFiles: 'field.maxFiles',
    accept: 'field.accept',
    dateRule: 'field.dateRule',
    options: 'field.options',
    showWhen: 'field.condition',
    pageId: 'page.id',
    title: 'page.title',
  };
  const name = formText(locale, keys[base] ?? 'field.label');
  return lang
    ? `${name} (${lang === 'lv' ? (locale === 'lv' ? 'latviski' : 'in Latvian') : locale === 'lv' ? 'angliski' : 'in English'})`
    : name;
}
