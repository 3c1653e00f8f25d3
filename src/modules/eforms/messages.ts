import type { Locale } from '../../platform/i18n';
import { PERSONAL_CODE_EXAMPLE } from '../parties/identifiers';

/** An account number that passes the IBAN check, as people write it (a test checks every example in src). */
export const IBAN_EXAMPLE = 'LV80 BANK 0000 4351 9500 1';

import type { AnswerProblemCode } from './answers';
import type { FormField } from './definition';
import type { NumberStyle } from './numbers';

const quoted = (label: string, locale: Locale) => (locale === 'lv' ? `„${label}”` : `‘${label}’`);

/**
 * Why an answer was refused, naming the field, in the user's language (GOV.UK: say what to do). `numbers`
 * is how the answer had to be written: the page's language unless a machine sent it.
 */
export function answerProblemMessage(
  locale: Locale,
  field: FormField,
  code: AnswerProblemCode,
  numbers: NumberStyle = locale,
): string {
  const name = quoted(field.label[locale], locale);
  const lv = locale === 'lv';
  switch (code) {
    case 'required':
      if (field.type === 'choice' || field.type === 'yesno')
        return lv ? `Izvēlieties atbildi uz jautājumu ${name}` : `Select an answer to ${name}`;
      if (field.type === 'choices')
        return lv ? `Izvēlieties vismaz vienu: ${name}` : `Select at least one option for ${name}`;
      if (field.type === 'file') return lv ? `Pievienojiet failu: ${name}` : `Attach a file for ${name}`;
      if (field.type === 'date') return lv ? `Ievadiet datumu: ${name}` : `Enter a date for ${name}`;
      return lv ? `Aizpildiet lauku ${name}` : `Enter ${name}`;
    case 'too_long':
      return lv ? `Lauks ${name} ir pārāk garš` : `${name} is too long`;
    case 'not_a_number':
      if (numbers === 'machine')
        return lv
          ? `Laukā ${name} sūtiet skaitli bez atdalītājiem un ar punktu pirms decimāldaļas, piemēram, 12 vai 12.5`
          : `${name} must be a number without separators and with a point for decimals, like 12 or 12.5`;
      // A whole-number field is not offered a fraction as its example („2,5 cilvēki”).
      if (field.integer)
        return lv
          ? `Laukā ${name} ievadiet veselu skaitli, piemēram, 3`
          : `${name} must be a whole number, like 3`;
      return lv
        ? `Laukā ${name} ievadiet skaitli, piemēram, 12 vai 12,5`
        : `${name} must be a number, like 12 or 12.5`;
    case 'decimal_comma':
      return lv
        ? `Laukā ${name} decimāldaļu atdaliet ar punktu, piemēram, 12.5 (komats atdala tūkstošus, piemēram, 1,200)`
        : `${name} must use a point for decimals, like 12.5 (a comma only separates thousands, like 1,200)`;
    case 'not_whole_number':
      return lv ? `Laukā ${name} ievadiet veselu skaitli` : `${name} must be a whole number`;
    case 'below_min':
      return lv ? `Laukā ${name} ievadiet vismaz ${field.min}` : `${name} must be ${field.min} or more`;
    case 'above_max':
      return lv ? `Laukā ${name} ievadiet ne vairāk kā ${field.max}` : `${name} must be ${field.max} or less`;
    case 'date_invalid':
      return lv
        ? `Laukā ${name} ievadiet īstu datumu, piemēram, 27 3 2007`
        : `${name} must be a real date, like 27 3 2007`;
    case 'date_not_past':
      return lv ? `Datumam ${name} jābūt šodien vai pagātnē` : `${name} must be today or in the past`;
    case 'date_not_future':
      return lv ? `Datumam ${name} jābūt šodien vai nākotnē` : `${name} must be today or in the future`;
    case 'not_an_option':
      return lv
        ? `Laukā ${name} izvēlieties kādu no piedāvātajām atbildēm`
        : `Select one of the options for ${name}`;
    case 'personal_code_invalid':
      return lv
        ? `Laukā ${name} ievadiet derīgu personas kodu, piemēram, ${PERSONAL_CODE_EXAMPLE}`
        : `${name} must be a valid personal code, like ${PERSONAL_CODE_EXAMPLE}`;
    case 'iban_invalid':
      return lv
        ? `Laukā ${name} ievadiet derīgu konta numuru (IBAN), piemēram, ${IBAN_EXAMPLE}`
        : `${name} must be a valid account number (IBAN), like ${IBAN_EXAMPLE}`;
    case 'too_many_files':
      return lv
        ? `Laukam ${name} var pievienot ne vairāk kā ${field.maxFiles ?? 10} failus`
        : `You can attach at most ${field.maxFiles ?? 10} files for ${name}`;
    case 'unknown_field':
      return lv ? 'Veidlapā nav šāda lauka' : 'The form has no such field';
    case 'one_value':
      return lv ? `Laukā ${name} norādiet vienu atbildi` : `Give one answer for ${name}`;
  }
}
