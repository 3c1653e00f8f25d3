import { FORMS } from '../forms';
import { GENERAL_FORM } from '../forms/general';
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

/**
 * Pietura is the municipality's portal: a service applied for there has its online form — its own, or the
 * general application.
 */
function withForms(services: ServiceSeed[]): ServiceSeed[] {
  return services.map((s) => {
    const form = FORMS[s.code] ?? (s.standard.applyChannels.includes('portal') ? GENERAL_FORM : undefined);
    return form ? { ...s, form } : s;
  });
}
