export const lv = {
  'site.skip': 'Pāriet uz galveno saturu',
  'site.services': 'Pakalpojumi',
  'site.lifeSituations': 'Dzīves situācijas',
  'site.centres': 'Pakalpojumu centri',
  'site.switchLanguage': 'English',
  'site.switchLanguageLabel': 'Switch to English',
  'site.tagline': 'Vienas pieturas aģentūra',
  'site.footer.contacts': 'Kontakti',
  'site.footer.api': 'Atvērtie dati un API',
  'error.notFound.title': 'Lapa nav atrasta',
  'error.notFound.body': 'Pārbaudiet adresi vai meklējiet pakalpojumu katalogā.',
  'error.badRequest.title': 'Nederīgs pieprasījums',
  'error.server.title': 'Radās kļūda',
  'error.server.body': 'Atvainojiet, radās kļūda. Mēģiniet vēlreiz vēlāk.',
  'error.summary': 'Lūdzu, izlabojiet kļūdas',
} as const;

export type MessageKey = keyof typeof lv;
