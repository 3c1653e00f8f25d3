import type { Locale } from '../../platform/i18n';
import { mismatchMessage } from '../../platform/uploads/service';
import { MAX_DOCUMENTS } from '../cases/service';
import { PERSONAL_CODE_EXAMPLE } from '../parties/identifiers';
import type { ApplicantField, ApplicantProblem } from './applicant';
import type { FormField } from './definition';
import type { RepresentedField, RepresentedProblem } from './on-behalf';
import type { DeliveryProblem, FileRefusal } from './service';

const lv = (locale: Locale) => locale === 'lv';

const APPLICANT_LABEL: Record<ApplicantField, { lv: string; en: string }> = {
  name: { lv: 'Vārds, uzvārds', en: 'Full name' },
  personalCode: { lv: 'Personas kods', en: 'Personal code' },
  email: { lv: 'E-pasta adrese', en: 'Email address' },
  phone: { lv: 'Tālrunis', en: 'Phone' },
  postalAddress: { lv: 'Pasta adrese', en: 'Postal address' },
};

export function applicantMessage(
  locale: Locale,
  field: ApplicantField,
  code: ApplicantProblem | string,
): string {
  const label = APPLICANT_LABEL[field]?.[locale] ?? field;
  switch (code) {
    case 'required':
      return lv(locale) ? `Aizpildiet lauku „${label}”` : `Enter your ${label.toLowerCase()}`;
    case 'too_long':
      return lv(locale) ? `Lauks „${label}” ir pārāk garš` : `${label} is too long`;
    case 'personal_code_invalid':
      return lv(locale)
        ? `Ievadiet derīgu personas kodu, piemēram, ${PERSONAL_CODE_EXAMPLE}`
        : `Enter a valid personal code, like ${PERSONAL_CODE_EXAMPLE}`;
    case 'email_invalid':
      return lv(locale)
        ? 'Ievadiet e-pasta adresi pareizā formā, piemēram, vards@example.lv'
        : 'Enter an email address in the correct format, like name@example.com';
    case 'phone_invalid':
      return lv(locale)
        ? 'Ievadiet tālruņa numuru, piemēram, +371 20000000'
        : 'Enter a phone number, like +371 20000000';
    case 'contact_required':
      return lv(locale)
        ? 'Norādiet e-pasta adresi vai tālruņa numuru'
        : 'Enter an email address or a phone number';
    default:
      return lv(locale) ? `Pārbaudiet lauku „${label}”` : `Check ${label}`;
  }
}

export function applyingForMessage(locale: Locale): string {
  return lv(locale)
    ? 'Izvēlieties, vai piesakāties sev vai citai personai'
    : 'Select whether you are applying for yourself or for someone else';
}

const REPRESENTED_LABEL: Record<RepresentedField, { lv: string; en: string }> = {
  representedName: { lv: 'Pārstāvamās personas vārds, uzvārds', en: 'Full name of the person' },
  representedCode: { lv: 'Pārstāvamās personas personas kods', en: 'Personal code of the person' },
  basis: { lv: 'Pārstāvības pamats', en: 'Basis of representation' },
  basisOther: { lv: 'Cits pārstāvības pamats', en: 'Other basis of representation' },
};

/** A power of attorney named as the basis, and no copy of it attached. */
export function proofMessage(locale: Locale): string {
  return lv(locale)
    ? 'Pievienojiet pilnvaras kopiju vai izvēlieties citu pārstāvības pamatu'
    : 'Add a copy of the power of attorney, or choose another basis of representation';
}

/** The represented person's page: the problems of its fields. */
export function representedMessage(
  locale: Locale,
  field: RepresentedField,
  code: RepresentedProblem | string,
): string {
  const label = REPRESENTED_LABEL[field]?.[locale] ?? field;
  switch (code) {
    case 'required':
      if (field === 'basis')
        return lv(locale)
          ? 'Izvēlieties, uz kāda pamata pārstāvat šo personu'
          : 'Select the basis on which you represent this person';
      if (field === 'basisOther')
        return lv(locale)
          ? 'Aprakstiet, uz kāda pamata pārstāvat šo personu'
          : 'Describe the basis on which you represent this person';
      return lv(locale) ? `Aizpildiet lauku „${label}”` : `Enter the ${label.toLowerCase()}`;
    case 'too_long':
      return lv(locale) ? `Lauks „${label}” ir pārāk garš` : `${label} is too long`;
    case 'personal_code_invalid':
      return lv(locale)
        ? `Ievadiet derīgu pārstāvamās personas personas kodu, piemēram, ${PERSONAL_CODE_EXAMPLE}`
        : `Enter a valid personal code for the person, like ${PERSONAL_CODE_EXAMPLE}`;
    case 'same_as_applicant':
      return lv(locale)
        ? 'Šis ir jūsu pašu personas kods. Ja piesakāties savā vārdā, atbildē uz jautājumu „Kura vārdā jūs piesakāties?” izvēlieties „Savā vārdā”'
        : 'This is your own personal code. If you are applying for yourself, answer ‘Myself’ to ‘Who are you applying for?’';
    default:
      return lv(locale) ? `Pārbaudiet lauku „${label}”` : `Check ${label}`;
  }
}

export function deliveryMessage(locale: Locale, p: DeliveryProblem): string {
  if (p.field === 'deliveryCentre')
    return lv(locale)
      ? 'Izvēlieties centru, kurā saņemsiet rezultātu'
      : 'Choose the centre where you collect the result';
  if (p.code === 'email_needed')
    return lv(locale)
      ? 'Lai rezultātu saņemtu e-pastā, norādiet e-pasta adresi savos datos vai izvēlieties citu veidu'
      : 'To receive the result by email, give an email address in your details or choose another way';
  if (p.code === 'post_needs_address')
    return lv(locale)
      ? 'Lai rezultātu saņemtu pa pastu, norādiet pasta adresi savos datos vai izvēlieties citu veidu'
      : 'To receive the result by post, give a postal address in your details or choose another way';
  return lv(locale)
    ? 'Izvēlieties, kā vēlaties saņemt rezultātu'
    : 'Select how you want to receive the result';
}

const KIND_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.etsi.asic-e+zip': 'EDOC / ASICE',
};

export function fileMessage(locale: Locale, field: FormField, r: FileRefusal, allowed: string[]): string {
  const f = r.filename;
  switch (r.code) {
    case 'file_too_large':
      return lv(locale) ? `Fails „${f}” ir lielāks par 10 MB` : `The file ‘${f}’ is larger than 10 MB`;
    case 'file_empty':
      return lv(locale) ? `Fails „${f}” ir tukšs` : `The file ‘${f}’ is empty`;
    case 'file_type_not_allowed': {
      const kinds = allowed.map((t) => KIND_NAMES[t] ?? t).join(', ');
      return lv(locale)
        ? `Failu „${f}” nevar pievienot: tā saturs nav atļauta veida (atļauti: ${kinds}), lai kāds būtu tā nosaukums`
        : `The file ‘${f}’ cannot be attached: its content is not an allowed kind (allowed: ${kinds}), whatever its name`;
    }
    case 'file_name_mismatch':
      return mismatchMessage(locale, f, r.named ?? '', r.mediaType ?? '');
    case 'too_many_files':
      return lv(locale)
        ? `Laukam „${field.label.lv}” var pievienot ne vairāk kā ${field.maxFiles ?? 10} failus`
        : `You can attach at most ${field.maxFiles ?? 10} files for ‘${field.label.en}’`;
    case 'too_many_documents':
      return lv(locale)
        ? `Failu „${f}” nevar pievienot: iesniegumam var pievienot ne vairāk kā ${MAX_DOCUMENTS} failus kopā`
        : `The file ‘${f}’ cannot be attached: an application can have at most ${MAX_DOCUMENTS} files in all`;
    case 'application_too_large':
      return lv(locale)
        ? `Failu „${f}” nevar pievienot: visu iesnieguma failu kopējais lielums pārsniegtu atļauto`
        : `The file ‘${f}’ cannot be attached: all the application's files together would be larger than allowed`;
  }
}

export function declarationMessage(locale: Locale): string {
  return lv(locale)
    ? 'Atzīmējiet, ka apliecināt sniegtās informācijas patiesumu'
    : 'Confirm that the information you have given is true';
}

export function intakeMessage(locale: Locale): string {
  return lv(locale)
    ? 'Iesniegumu neizdevās reģistrēt ar šīm atbildēm. Pārbaudiet tās vai vērsieties jebkurā pakalpojumu centrā.'
    : 'The application could not be registered with these answers. Check them or go to any service centre.';
}

/** An edit that came after another window started sending the application: not saved. */
export function closedMessage(locale: Locale): string {
  return lv(locale)
    ? 'Šis iesniegums jau tiek iesniegts citā logā vai cilnē, tāpēc šīs izmaiņas netika saglabātas. Ievadītais ir saglabāts šajā lapā.'
    : 'This application is already being sent from another window or tab, so these changes were not saved. What you typed is still on this page.';
}

/** Check your answers sent from a page that another window made stale: nothing was sent. */
export function changedMessage(locale: Locale): string {
  return lv(locale)
    ? 'Atbildes tika mainītas citā logā vai cilnē, tāpēc iesniegums netika iesniegts. Pārbaudiet atbildes, kā tās saglabātas tagad, un iesniedziet vēlreiz.'
    : 'Your answers were changed in another window or tab, so the application was not sent. Check the answers as they are saved now and send it again.';
}
