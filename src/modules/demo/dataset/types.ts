import type { Bilingual, Channel, LegalBasis, RequiredDocument, TimeUnit } from '../../../db/schema';
import type { FormDefinition } from '../../eforms/definition';

export type { Bilingual, Channel, LegalBasis, RequiredDocument, TimeUnit };

/** The eight service centres of the Ilūkste municipality (MISSION.md, "Facts to build demo data on"). */
export const CENTRE_CODES = [
  'ilukste',
  'subate',
  'bebrene',
  'dviete',
  'eglaine',
  'pilskalne',
  'prode',
  'sedere',
] as const;
export type CentreCode = (typeof CENTRE_CODES)[number];

export type OrganisationKind = 'municipality' | 'department' | 'institution' | 'company' | 'state';

export interface OrganisationSeed {
  code: string;
  kind: OrganisationKind;
  /** Code of the parent organisation; undefined for the municipality and for state institutions. */
  parent?: string;
  name: Bilingual;
  email?: string;
  phone?: string;
  address?: string;
  website?: string;
}

export interface CategorySeed {
  code: string;
  name: Bilingual;
  sort: number;
}

/** One regular opening row. weekday: 1 = Monday … 7 = Sunday; weeksOfMonth: nth such weekday of the month. */
export interface HoursSeed {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  opens: string;
  closes: string;
  weeksOfMonth?: number[];
}

export interface CentreExceptionSeed {
  day: string;
  closed: boolean;
  opens?: string;
  closes?: string;
  note: Bilingual;
}

export interface CentreSeed {
  code: CentreCode;
  name: Bilingual;
  isMain: boolean;
  address: string;
  postalCode: string;
  phone: string;
  email: string;
  latitude: string;
  longitude: string;
  sort: number;
  hours: HoursSeed[];
  exceptions: CentreExceptionSeed[];
}

/** Every field of a service standard (the `service_version` row), as the demo writes it. */
export interface ServiceStandard {
  name: Bilingual;
  description: Bilingual;
  whoMayApply: Bilingual;
  requiredDocuments: RequiredDocument[];
  result: Bilingual;
  feeCents: number;
  feeNote?: Bilingual;
  processingTime: number;
  processingTimeUnit: TimeUnit;
  processingTimeBasis: Bilingual;
  legalBasis: LegalBasis[];
  legalLevel: 'state' | 'municipal';
  applyChannels: Channel[];
  receiveChannels: Channel[];
  /** Centres where the service can be applied for in person; empty = every centre. */
  centres: CentreCode[];
  centreException?: Bilingual;
  onTheSpot: boolean;
  eserviceMaturity: 0 | 1 | 2 | 3 | 4;
  eserviceUrl?: string;
  contact: Bilingual;
  internalNotes: string;
  keywords: Bilingual;
  /** ISO date. */
  reviewDue: string;
  /** ISO date. */
  validFrom: string;
}

/** An earlier, superseded text of a standard: the current standard with these fields changed. */
export interface PreviousVersionSeed {
  validFrom: string;
  /** Last day the earlier text applied. */
  validTo: string;
  changes: Partial<ServiceStandard>;
}

export interface ServiceSeed {
  code: string;
  /** Organisation code of the responsible unit (pakalpojuma turētājs). */
  owner: string;
  category: string;
  standard: ServiceStandard;
  previous?: PreviousVersionSeed;
  /** The online form of the current version (issue 9); e-services only. */
  form?: FormDefinition;
}

export interface LifeSituationStepSeed {
  service: string;
  note?: Bilingual;
}

export interface LifeSituationSeed {
  code: string;
  title: Bilingual;
  summary: Bilingual;
  sort: number;
  steps: LifeSituationStepSeed[];
}

export interface MunicipalitySeed {
  code: string;
  name: Bilingual;
  shortName: Bilingual;
  registrationNumber: string;
  address: string;
  phone: string;
  email: string;
  eAddress: string;
  website: string;
  registryPrefix: string;
  coatOfArmsSvg: string;
  primaryColour: string;
  accentColour: string;
}
