/**
 * The demo's related terms for search (table search_synonym, issue 6 point 22): what residents type
 * that the standards do not say in those words. Related phrases are separated by ";".
 */
export const SEARCH_SYNONYMS: { term: string; related: string }[] = [
  {
    term: 'sociālais pabalsts',
    related:
      'garantētais minimālais ienākums; mājokļa pabalsts; krīzes situācijas pabalsts; trūcīgas mājsaimniecības statuss',
  },
  {
    term: 'sociālā palīdzība',
    related:
      'garantētais minimālais ienākums; mājokļa pabalsts; krīzes situācijas pabalsts; trūcīgas mājsaimniecības statuss',
  },
  { term: 'social benefit', related: 'guaranteed minimum income; housing benefit; crisis benefit' },
  { term: 'pase', related: 'palīdzība valsts pakalpojumu pieteikšanā' },
  { term: 'passport', related: 'help with applying for state services' },
  { term: 'bērnudārzs', related: 'pirmsskolas izglītības iestāde' },
  { term: 'kindergarten', related: 'pre-school' },
  { term: 'nodoklis', related: 'nekustamā īpašuma nodoklis' },
  { term: 'bēres', related: 'apbedīšanas pabalsts; kapavieta; miršanas reģistrācija' },
];
