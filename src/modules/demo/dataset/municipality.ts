import type { MunicipalitySeed } from './types';

/** Heraldic red: white text on it has a contrast ratio of about 8:1 (WCAG AA needs 4.5:1). */
const PRIMARY = '#9b1b30';
/** Heraldic gold: used as an accent; dark text on it has a contrast ratio above 9:1. */
const ACCENT = '#e0b12a';

/**
 * A simple, original, stylised shield drawn for the demo (not the official arms): a red field with a
 * golden border, a golden eight-pointed star (auseklis) and a golden wavy band for the rivers of the
 * municipality (the Daugava and the Ilūkste).
 */
const COAT_OF_ARMS_SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" width="100" height="120" role="img" aria-labelledby="ilukste-arms-title">',
  '<title id="ilukste-arms-title">Ilūkstes novada ģerbonis (stilizēts) / Ilūkste Municipality coat of arms (stylised)</title>',
  `<path d="M6 6H94V58C94 88 72 106 50 114C28 106 6 88 6 58Z" fill="${PRIMARY}" stroke="${ACCENT}" stroke-width="4" stroke-linejoin="round"/>`,
  `<g fill="${ACCENT}" transform="translate(50 38)">`,
  '<rect x="-13" y="-13" width="26" height="26"/>',
  '<rect x="-13" y="-13" width="26" height="26" transform="rotate(45)"/>',
  '</g>',
  `<circle cx="50" cy="38" r="6" fill="${PRIMARY}"/>`,
  `<path d="M14 72q9 -7 18 0t18 0t18 0t18 0v9q-9 -7 -18 0t-18 0t-18 0t-18 0Z" fill="${ACCENT}"/>`,
  '</svg>',
].join('');

export const MUNICIPALITY: MunicipalitySeed = {
  code: 'ilukste',
  name: { lv: 'Ilūkstes novada pašvaldība', en: 'Ilūkste Municipality' },
  shortName: { lv: 'Ilūkstes novads', en: 'Ilūkste' },
  registrationNumber: '90000078753',
  address: 'Brīvības iela 7, Ilūkste, Ilūkstes novads, LV-5447',
  phone: '+371 65462383',
  email: 'dome@ilukste.lv',
  eAddress: '_DEFAULT@90000078753',
  website: 'https://www.ilukste.lv',
  registryPrefix: 'ILN',
  coatOfArmsSvg: COAT_OF_ARMS_SVG,
  primaryColour: PRIMARY,
  accentColour: ACCENT,
};
