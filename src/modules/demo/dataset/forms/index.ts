import type { FormDefinition } from '../../../eforms/definition';
import { FIRST_GRADE_FORM, KINDERGARTEN_FORM, SCHOOL_BUS_FORM, SPORTS_HALL_FORM } from './education';
import {
  DAMAGE_REPORT_FORM,
  DOG_FORM,
  EXCAVATION_FORM,
  PREMISES_FORM,
  PUBLIC_EVENT_FORM,
  TAX_RELIEF_FORM,
  TREE_FELLING_FORM,
} from './environment';
import { CHILDBIRTH_FORM, GMI_FORM, HOME_CARE_FORM, HOUSING_BENEFIT_FORM, STATUS_FORM } from './social';

/** The online forms of the demo e-services, by service code (issue 9). */
export const FORMS: Record<string, FormDefinition> = {
  'gmi-pabalsts': GMI_FORM,
  'majokla-pabalsts': HOUSING_BENEFIT_FORM,
  'berna-piedzimsanas-pabalsts': CHILDBIRTH_FORM,
  'trucigas-maznodrosinatas-statuss': STATUS_FORM,
  'aprupe-majas': HOME_CARE_FORM,
  'pirmsskolas-rinda': KINDERGARTEN_FORM,
  'uznemsana-1-klase': FIRST_GRADE_FORM,
  'skolenu-parvadajumi': SCHOOL_BUS_FORM,
  'sporta-zales-noma': SPORTS_HALL_FORM,
  'bojajumu-pieteiksana': DAMAGE_REPORT_FORM,
  'raksanas-darbu-atlauja': EXCAVATION_FORM,
  'koku-cirsana-arpus-meza': TREE_FELLING_FORM,
  'publisku-pasakumu-atlauja': PUBLIC_EVENT_FORM,
  'nin-atvieglojumi': TAX_RELIEF_FORM,
  'sunu-registracija': DOG_FORM,
  'telpu-noma': PREMISES_FORM,
};
