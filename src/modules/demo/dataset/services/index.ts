import type { ServiceSeed } from '../types';
import { BUILDING_SERVICES } from './building';
import { BUSINESS_SERVICES } from './business';
import { EDUCATION_TRANSPORT_CULTURE_SERVICES } from './education-transport-culture';
import { FAMILY_SERVICES } from './family';
import { HOUSING_ENVIRONMENT_SERVICES } from './housing-environment';
import { PROPERTY_SERVICES } from './property';
import { RESIDENCE_DOCUMENT_SERVICES } from './residence-documents';
import { SOCIAL_SERVICES } from './social';

/** Every demo service standard of the Ilūkste municipality. */
export const SERVICES: ServiceSeed[] = [
  ...RESIDENCE_DOCUMENT_SERVICES,
  ...FAMILY_SERVICES,
  ...SOCIAL_SERVICES,
  ...PROPERTY_SERVICES,
  ...BUILDING_SERVICES,
  ...HOUSING_ENVIRONMENT_SERVICES,
  ...EDUCATION_TRANSPORT_CULTURE_SERVICES,
  ...BUSINESS_SERVICES,
];
