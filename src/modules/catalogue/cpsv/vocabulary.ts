import type { Bilingual, Channel, LegalBasis } from '../../../db/schema';

export const NS = {
  cv: 'http://data.europa.eu/m8g/',
  cpsv: 'http://purl.org/vocab/cpsv#',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  sh: 'http://www.w3.org/ns/shacl#',
} as const;

/** EU Publications Office authority tables. */
export const EU = {
  currencyTable: 'http://publications.europa.eu/resource/authority/currency/',
  euro: 'http://publications.europa.eu/resource/authority/currency/EUR',
  latvia: 'http://publications.europa.eu/resource/authority/country/LVA',
} as const;

export type LegalLevel = LegalBasis['level'];

/**
 * Channel types. The Europass channel-type list that CPSV-AP recommends names post, e-mail and web
 * only by opaque concept codes, and nothing for a visit to a service centre, the official e-address
 * or the state portal; so every channel is a concept of this installation (docs/cpsv-ap.md).
 */
export const CHANNEL_LABELS: Record<Channel, Bilingual> = {
  in_person: { lv: 'Klātienē pakalpojumu centrā', en: 'In person at a service centre' },
  post: { lv: 'Pa pastu', en: 'By post' },
  email: { lv: 'E-pastā', en: 'By email' },
  e_address: { lv: 'Oficiālajā e-adresē', en: 'Official e-address' },
  portal: { lv: 'Pašvaldības e-pakalpojumu portālā', en: "Municipality's e-service portal" },
  latvija_lv: { lv: 'Valsts portālā latvija.lv', en: 'State portal latvija.lv' },
  telephone: { lv: 'Pa tālruni', en: 'By telephone' },
  other: { lv: 'Cits kanāls', en: 'Another channel' },
};

export const LEGAL_LEVEL_LABELS: Record<LegalLevel, Bilingual> = {
  state: { lv: 'Valsts normatīvais akts', en: 'State legislation' },
  municipal: { lv: 'Pašvaldības saistošie noteikumi', en: 'Municipal binding regulations' },
};

/** Stable IRIs of everything the export describes, under the installation's public address. */
export function iris(publicUrl: string) {
  const root = publicUrl.replace(/\/+$/, '');
  const id = `${root}/id`;
  return {
    /** Namespace of the properties CPSV-AP has no place for (prefix `pietura:`). */
    ns: `${root}/ns#`,
    service: (code: string) => `${id}/service/${code}`,
    channel: (code: string, channel: Channel) => `${id}/service/${code}/channel/${channel}`,
    cost: (code: string) => `${id}/service/${code}/cost`,
    /** The n-th cost or channel of a service whose costs and channels came from an imported file. */
    importedCost: (code: string, n: number) => `${id}/service/${code}/cost/${n}`,
    importedChannel: (code: string, n: number) => `${id}/service/${code}/channel/${n}`,
    evidence: (code: string, position: number) => `${id}/service/${code}/evidence/${position}`,
    requirement: (code: string) => `${id}/service/${code}/requirement`,
    output: (code: string) => `${id}/service/${code}/output`,
    rule: (code: string, position: number) => `${id}/service/${code}/rule/${position}`,
    legalResource: (code: string, position: number) => `${id}/service/${code}/legal-resource/${position}`,
    organisation: (code: string) => `${id}/organisation/${code}`,
    location: (organisationCode: string) => `${id}/location/${organisationCode}`,
    category: (code: string) => `${id}/category/${code}`,
    categoryScheme: `${id}/category`,
    lifeEvent: (code: string) => `${id}/life-event/${code}`,
    step: (code: string, position: number) => `${id}/life-event/${code}/step/${position}`,
    channelType: (channel: Channel) => `${id}/concept/channel/${channel}`,
    channelScheme: `${id}/concept/channel`,
    legalLevel: (level: LegalLevel) => `${id}/concept/legal-level/${level}`,
    legalLevelScheme: `${id}/concept/legal-level`,
  };
}

export type Iris = ReturnType<typeof iris>;
