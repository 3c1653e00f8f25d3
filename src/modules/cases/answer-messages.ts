import type { Locale } from '../../platform/i18n';
import { ALLOWED_MEDIA_TYPES, mismatchMessage } from '../../platform/uploads/service';
import type { AnswerProblem } from './online-answer';

const KIND_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.etsi.asic-e+zip': 'EDOC / ASICE',
};

/** The kinds of file an answer takes, as a resident knows them: „PDF, JPG, …”. */
export function answerKinds(): string {
  return ALLOWED_MEDIA_TYPES.map((t) => KIND_NAMES[t] ?? t).join(', ');
}

const lv = (locale: Locale) => locale === 'lv';

/** A problem of the answer form in the resident's words, naming the field or the file. */
export function answerProblemText(locale: Locale, p: AnswerProblem): string {
  if (p.field === 'answer')
    return p.code === 'required'
      ? lv(locale)
        ? 'Aizpildiet lauku „Jūsu atbilde” vai pievienojiet failu'
        : 'Enter your answer or attach a file'
      : lv(locale)
        ? 'Lauks „Jūsu atbilde” ir pārāk garš: ne vairāk kā 5000 rakstzīmju'
        : 'Your answer must be 5,000 characters or fewer';
  if (p.code === 'kept_gone')
    return lv(locale)
      ? 'Iepriekš pievienotie faili vairs netiek glabāti (pagājusi diena vai atbilde sākta citā logā): pievienojiet tos vēlreiz'
      : 'The files you attached earlier are no longer kept (a day has passed, or the answer was started in another window): attach them again';
  const f = p.filename ?? '';
  switch (p.code) {
    case 'file_too_large':
      return lv(locale) ? `Fails „${f}” ir lielāks par 10 MB` : `The file ‘${f}’ is larger than 10 MB`;
    case 'file_empty':
      return lv(locale) ? `Fails „${f}” ir tukšs` : `The file ‘${f}’ is empty`;
    case 'file_type_not_allowed':
      return lv(locale)
        ? `Failu „${f}” nevar pievienot: tā saturs nav atļauta veida (atļauti: ${answerKinds()}), lai kāds būtu tā nosaukums`
        : `The file ‘${f}’ cannot be attached: its content is not an allowed kind (allowed: ${answerKinds()}), whatever its name`;
    case 'file_name_mismatch':
      return 'named' in p ? mismatchMessage(locale, f, p.named ?? '', p.mediaType ?? '') : '';
    case 'too_many_files':
      return lv(locale)
        ? 'Atbildei var pievienot ne vairāk kā 10 failus'
        : 'You can attach at most 10 files to your answer';
    case 'answer_too_large':
      return lv(locale)
        ? `Failu „${f}” nevar pievienot: visu atbildes failu kopējais lielums pārsniegtu 25 MB`
        : `The file ‘${f}’ cannot be attached: all the files of your answer together would be larger than 25 MB`;
  }
}
