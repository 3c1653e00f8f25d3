import type { MessageKey } from './lv';

export const en: Record<MessageKey, string> = {
  'site.skip': 'Skip to main content',
  'site.services': 'Services',
  'site.lifeSituations': 'Life situations',
  'site.centres': 'Service centres',
  'site.switchLanguage': 'Latviešu',
  'site.switchLanguageLabel': 'Pārslēgt uz latviešu valodu',
  'site.tagline': 'One-stop shop',
  'site.footer.contacts': 'Contacts',
  'site.footer.api': 'Open data and application programming interface (API)',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'Check the address or search the service catalogue.',
  'error.badRequest.title': 'Invalid request',
  'error.server.title': 'Something went wrong',
  'error.server.body': 'Sorry, something went wrong. Please try again later.',
  'error.summary': 'There is a problem',
};
