import { defineMessages } from '../../i18n';

/** Words the shared components say themselves (visually hidden labels and the like). */
export const componentText = defineMessages({
  'pagination.label': { lv: 'Lapas', en: 'Pages' },
  'pagination.previous': { lv: 'Iepriekšējā', en: 'Previous' },
  'pagination.next': { lv: 'Nākamā', en: 'Next' },
  'pagination.pageSuffix': { lv: ' lapa', en: ' page' },
  'pagination.page': { lv: '{n}. lapa', en: 'Page {n}' },
  'warning.prefix': { lv: 'Uzmanību', en: 'Warning' },
  'error.prefix': { lv: 'Kļūda:', en: 'Error:' },
  'error.summary': { lv: 'Lūdzu, izlabojiet kļūdas', en: 'There is a problem' },
  'success.title': { lv: 'Izdevās', en: 'Success' },
  'language.lv': { lv: 'latviski', en: 'in Latvian' },
  'language.en': { lv: 'angliski', en: 'in English' },
  'date.day': { lv: 'Diena', en: 'Day' },
  'date.month': { lv: 'Mēnesis', en: 'Month' },
  'date.year': { lv: 'Gads', en: 'Year' },
  'date.hint': { lv: 'Piemēram, 31 12 2027', en: 'For example, 31 12 2027' },
});
