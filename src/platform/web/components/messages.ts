import { defineMessages } from '../../i18n';

/** Words the shared components say themselves (visually hidden labels and the like). */
export const componentText = defineMessages({
  'pagination.label': { lv: 'Lapas', en: 'Pages' },
  'pagination.previous': { lv: 'Iepriekšējā', en: 'Previous' },
  'pagination.next': { lv: 'Nākamā', en: 'Next' },
  'pagination.pageSuffix': { lv: ' lapa', en: ' page' },
  'pagination.page': { lv: '{n}. lapa', en: 'Page {n}' },
  'warning.prefix': { lv: 'Uzmanību', en: 'Warning' },
});
