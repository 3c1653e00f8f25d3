import { FORMS } from '../forms';
import type { ServiceSeed } from '../types';
import { BUILDING_SERVICES } from './building';
import { BUSINESS_SERVICES } from './business';
import { EDUCATION_TRANSPORT_CULTURE_SERVICES } from './education-transport-culture';
import { FAMILY_SERVICES } from './family';
import { HOUSING_ENVIRONMENT_SERVICES } from './housing-environment';
import { PROPERTY_SERVICES } from './property';
import { RESIDENCE_DOCUMENT_SERVICES } from './residence-documents';
import { SOCIAL_SERVICES } from './social';

/** Every demo service standard of the Ilūkste municipality, the e-services with their online forms. */
export const SERVICES: ServiceSeed[] = withForms([
  ...RESIDENCE_DOCUMENT_SERVICES,
  ...FAMILY_SERVICES,
  ...SOCIAL_SERVICES,
  ...PROPERTY_SERVICES,
  ...BUILDING_SERVICES,
  ...HOUSING_ENVIRONMENT_SERVICES,
  ...EDUCATION_TRANSPORT_CULTURE_SERVICES,
  ...BUSINESS_SERVICES,
]);

function withForms(services: ServiceSeed[]): ServiceSeed[] {
  return services.map((s) => (FORMS[s.code] ? { ...s, form: FORMS[s.code] } : s));
}
