import type { CategorySeed } from './types';

/** Service categories, after the grouping of the latvija.lv catalogue (MISSION.md). */
export const CATEGORIES: CategorySeed[] = [
  { code: 'residence', sort: 10, name: { lv: 'Dzīvesvieta un adreses', en: 'Residence and addresses' } },
  { code: 'family', sort: 20, name: { lv: 'Ģimene un dzīves notikumi', en: 'Family and life events' } },
  {
    code: 'social',
    sort: 30,
    name: { lv: 'Sociālā palīdzība un pakalpojumi', en: 'Social assistance and services' },
  },
  { code: 'property-tax', sort: 40, name: { lv: 'Nekustamā īpašuma nodoklis', en: 'Real estate tax' } },
  { code: 'property', sort: 50, name: { lv: 'Zeme un nekustamais īpašums', en: 'Land and real estate' } },
  { code: 'building', sort: 60, name: { lv: 'Būvniecība', en: 'Construction' } },
  {
    code: 'housing',
    sort: 70,
    name: { lv: 'Mājoklis un komunālie pakalpojumi', en: 'Housing and utilities' },
  },
  { code: 'education', sort: 80, name: { lv: 'Izglītība', en: 'Education' } },
  { code: 'transport', sort: 90, name: { lv: 'Transports un ceļi', en: 'Transport and roads' } },
  { code: 'business', sort: 100, name: { lv: 'Uzņēmējdarbība un tirdzniecība', en: 'Business and trade' } },
  {
    code: 'culture-sport',
    sort: 110,
    name: { lv: 'Kultūra, sports un brīvais laiks', en: 'Culture, sport and leisure' },
  },
  { code: 'environment', sort: 120, name: { lv: 'Vide un dzīvnieki', en: 'Environment and animals' } },
  {
    code: 'documents',
    sort: 130,
    name: { lv: 'Iesniegumi, izziņas un arhīvs', en: 'Submissions, certificates and archives' },
  },
];
