import {
  type Bilingual,
  CHANNELS,
  type Channel,
  type LegalBasis,
  ORGANISATION_KINDS,
  type RequiredDocument,
  TIME_UNITS,
  type TimeUnit,
} from '../../../db/schema';
import { bilingual, type Graph, lastSegment, literals } from './graph';
import type { Problem } from './rdf';
import { EU, NS } from './vocabulary';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface ImportedOrganisation {
  code: string;
  kind: OrganisationKind;
  parentCode?: string;
  name: Bilingual;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
}

export interface ImportedCategory {
  code: string;
  name: Bilingual;
  sort: number;
}

/** Every field of a service standard that a CPSV-AP document carries. */
export interface ImportedStandard {
  name: Bilingual;
  description: Bilingual;
  whoMayApply: Bilingual;
  requiredDocuments: RequiredDocument[];
  result: Bilingual;
  feeCents: number;
  feeNote: Bilingual | null;
  processingTime: number;
  processingTimeUnit: TimeUnit;
  processingTimeBasis: Bilingual | null;
  legalBasis: LegalBasis[];
  legalLevel: 'state' | 'municipal';
  applyChannels: Channel[];
  receiveChannels: Channel[];
  centres: string[];
  centreException: Bilingual | null;
  onTheSpot: boolean;
  eserviceMaturity: number;
  eserviceUrl: string | null;
  contact: Bilingual | null;
  keywords: Bilingual | null;
  validFrom: string | null;
  validTo: string | null;
  reviewDue: string | null;
}

export interface ImportedService {
  code: string;
  ownerCode: string;
  categoryCode: string;
  version?: number;
  standard: ImportedStandard;
}

export interface ImportedLifeSituation {
  code: string;
  title: Bilingual;
  summary: Bilingual;
  sort: number;
  steps: { position: number; serviceCode: string; note: Bilingual | null }[];
}

export interface ImportedCatalogue {
  organisations: ImportedOrganisation[];
  categories: ImportedCategory[];
  services: ImportedService[];
  lifeSituations: ImportedLifeSituation[];
}

const cv = (name: string) => `${NS.cv}${name}`;
const dct = (name: string) => `${NS.dct}${name}`;
const cpsv = (name: string) => `${NS.cpsv}${name}`;
const skos = (name: string) => `${NS.skos}${name}`;

/**
 * Reads what Pietura keeps from a CPSV-AP graph that already passed SHACL validation, reporting
 * each thing it needs and does not find (a Latvian name, a processing time in days, a category…).
 */
export function readCatalogue(graph: Graph): { catalogue: ImportedCatalogue; problems: Problem[] } {
  return new Reader(graph).read();
}

class Reader {
  readonly problems: Problem[] = [];
  private readonly orgCodes = new Map<string, string>();
  private readonly serviceCodes = new Map<string, string>();

  constructor(private readonly g: Graph) {}

  read() {
    const organisations = this.organisations();
    const services = this.services();
    const categories = this.categories(services.map((s) => s.categoryIri));
    const catalogue: ImportedCatalogue = {
      organisations,
      categories,
      services: services.map((s) => s.service),
      lifeSituations: this.lifeSituations(),
    };
    return { catalogue, problems: this.problems };
  }

  private problem(focusNode: string, path: string | undefined, message: string) {
    this.problems.push({ focusNode, path, message });
  }

  /** A code from dct:identifier (or the IRI), in the form Pietura uses in addresses: lower case, digits, hyphens. */
  private code(subject: string, seen: Map<string, string>, what: string): string {
    const code = slug(this.g.literal(subject, dct('identifier')) ?? lastSegment(subject));
    if (!code)
      this.problem(subject, dct('identifier'), `${what} has no identifier that can serve as its code.`);
    const other = [...seen.entries()].find(([iri, c]) => c === code && iri !== subject);
    if (code && other)
      this.problem(subject, dct('identifier'), `${what} code "${code}" is also used by <${other[0]}>.`);
    seen.set(subject, code);
    return code;
  }

  private text(subject: string, predicate: string, what: string): Bilingual {
    const value = this.g.text(subject, predicate);
    if (!value?.lv.trim()) {
      this.problem(subject, predicate, `${what} has no Latvian text (a value tagged "lv").`);
      return { lv: value?.en ?? '', en: value?.en ?? '' };
    }
    return value;
  }

  private optionalText(subject: string, predicate: string): Bilingual | null {
    return this.g.text(subject, predicate) ?? null;
  }

  private extensionText(subject: string, name: string): Bilingual | null {
    return bilingual(this.g.extension(subject, name)) ?? null;
  }

  private extensionString(subject: string, name: string): string | null {
    return literals(this.g.extension(subject, name))[0] ?? null;
  }

  private extensionInt(subject: string, name: string, min: number, max: number): number | undefined {
    const raw = this.extensionString(subject, name);
    if (raw === null) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problem(subject, `pietura:${name}`, `"${raw}" is not a whole number from ${min} to ${max}.`);
      return undefined;
    }
    return n;
  }

  private extensionDate(subject: string, name: string): string | null {
    const raw = this.extensionString(subject, name);
    if (raw === null) return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) {
      this.problem(subject, `pietura:${name}`, `"${raw}" is not a date (YYYY-MM-DD).`);
      return null;
    }
    return raw;
  }

  private organisations(): ImportedOrganisation[] {
    const subjects = this.g.instancesOf(cv('PublicOrganisation'));
    for (const s of subjects) this.code(s, this.orgCodes, 'The organisation');
    for (const s of subjects) {
      const seen = new Set<string>();
      for (let o: string | undefined = s; o; o = this.g.node(o, `${NS.org}subOrganizationOf`)) {
        if (seen.has(o)) {
          this.problem(
            s,
            `${NS.org}subOrganizationOf`,
            'The organisation is, through its parents, its own parent.',
          );
          break;
        }
        seen.add(o);
      }
    }
    return subjects.map((s) => {
      const kind = this.extensionString(s, 'organisationKind');
      if (kind !== null && !(ORGANISATION_KINDS as readonly string[]).includes(kind)) {
        this.problem(
          s,
          'pietura:organisationKind',
          `"${kind}" is not one of ${ORGANISATION_KINDS.join(', ')}.`,
        );
      }
      const parent = this.g.node(s, `${NS.org}subOrganizationOf`);
      if (parent && !this.orgCodes.has(parent)) {
        this.problem(
          s,
          `${NS.org}subOrganizationOf`,
          `<${parent}> is not a public organisation in this document.`,
        );
      }
      return {
        code: this.orgCodes.get(s)!,
        kind: (ORGANISATION_KINDS as readonly string[]).includes(kind ?? '')
          ? (kind as OrganisationKind)
          : 'department',
        parentCode: parent ? this.orgCodes.get(parent) : undefined,
        name: this.text(s, skos('prefLabel'), 'The organisation'),
        email: this.extensionString(s, 'email'),
        phone: this.extensionString(s, 'phone'),
        address: this.extensionString(s, 'address'),
        website: this.extensionString(s, 'website'),
      };
    });
  }

  private services(): { service: ImportedService; categoryIri: string }[] {
    const subjects = this.g.instancesOf(cpsv('PublicService'));
    for (const s of subjects) this.code(s, this.serviceCodes, 'The service');
    return subjects.map((s) => {
      const owner = this.g.node(s, cv('hasCompetentAuthority'));
      const categoryIri = this.g.node(s, cv('thematicArea'));
      if (!categoryIri) {
        this.problem(s, cv('thematicArea'), 'The service has no category (a cv:thematicArea concept).');
      }
      const version = this.extensionInt(s, 'version', 1, 1_000_000);
      return {
        categoryIri: categoryIri ?? '',
        service: {
          code: this.serviceCodes.get(s)!,
          ownerCode: (owner && this.orgCodes.get(owner)) ?? '',
          categoryCode: categoryIri ? slug(this.conceptCode(categoryIri)) : '',
          ...(version === undefined ? {} : { version }),
          standard: this.standard(s),
        },
      };
    });
  }

  private standard(s: string): ImportedStandard {
    const channels = this.channels(s);
    const legalBasis = this.legalBasis(s);
    const level = this.extensionString(s, 'legalLevel');
    const unit = this.extensionString(s, 'processingTimeUnit');
    if (unit !== null && !(TIME_UNITS as readonly string[]).includes(unit)) {
      this.problem(s, 'pietura:processingTimeUnit', `"${unit}" is not one of ${TIME_UNITS.join(', ')}.`);
    }
    const requirement = this.g.node(s, cv('holdsRequirement'));
    const output = this.g.node(s, cpsv('produces'));
    const cost = this.cost(s);
    return {
      name: this.text(s, dct('title'), 'The service'),
      description: this.text(s, dct('description'), 'The service'),
      whoMayApply: (requirement ? this.g.text(requirement, dct('title')) : undefined) ?? { lv: '', en: '' },
      requiredDocuments: this.documents(s),
      result: (output ? this.g.text(output, dct('title')) : undefined) ?? { lv: '', en: '' },
      feeCents: cost.cents,
      feeNote: cost.note,
      processingTime: this.processingDays(s),
      processingTimeUnit: (TIME_UNITS as readonly string[]).includes(unit ?? '')
        ? (unit as TimeUnit)
        : 'calendar_days',
      processingTimeBasis: this.extensionText(s, 'processingTimeBasis'),
      legalBasis,
      legalLevel:
        level === 'state' || level === 'municipal'
          ? level
          : legalBasis.some((b) => b.level === 'municipal')
            ? 'municipal'
            : 'state',
      applyChannels: channels.apply,
      receiveChannels: channels.receive,
      centres: literals(this.g.extension(s, 'centre')),
      centreException: this.extensionText(s, 'centreException'),
      onTheSpot: this.extensionString(s, 'onTheSpot') === 'true',
      eserviceMaturity: this.extensionInt(s, 'eserviceMaturity', 0, 4) ?? 0,
      eserviceUrl: this.extensionString(s, 'eserviceUrl'),
      contact: this.extensionText(s, 'contact'),
      keywords: this.keywords(s),
      validFrom: this.extensionDate(s, 'validFrom'),
      validTo: this.extensionDate(s, 'validTo'),
      reviewDue: this.extensionDate(s, 'reviewDue'),
    };
  }

  /** An xsd:duration in whole days (P10D): Pietura keeps processing times as a number of days. */
  private processingDays(s: string): number {
    const raw = this.g.literal(s, cv('processingTime'));
    if (raw === undefined) {
      this.problem(s, cv('processingTime'), 'The service has no processing time.');
      return 0;
    }
    const m = /^P(\d+)D$/.exec(raw);
    if (!m) {
      this.problem(s, cv('processingTime'), `"${raw}" is not a number of days (such as P10D).`);
      return 0;
    }
    return Number(m[1]);
  }

  private channels(s: string): { apply: Channel[]; receive: Channel[] } {
    const apply = new Set<Channel>();
    const receive = new Set<Channel>();
    for (const channel of this.g.nodes(s, cv('hasChannel'))) {
      const type = this.g.node(channel, dct('type'));
      const kind = type ? this.conceptCode(type) : undefined;
      if (!kind || !(CHANNELS as readonly string[]).includes(kind)) {
        this.problem(
          channel,
          dct('type'),
          `The channel type ${type ? `"${kind}" <${type}>` : '(none)'} is not one Pietura knows (${CHANNELS.join(', ')}).`,
        );
        continue;
      }
      const uses = literals(this.g.extension(channel, 'usedFor'));
      if (uses.length === 0 || uses.includes('apply')) apply.add(kind as Channel);
      if (uses.length === 0 || uses.includes('receive')) receive.add(kind as Channel);
    }
    return { apply: CHANNELS.filter((c) => apply.has(c)), receive: CHANNELS.filter((c) => receive.has(c)) };
  }

  private cost(s: string): { cents: number; note: Bilingual | null } {
    const cost = this.g.node(s, cv('hasCost'));
    if (!cost) return { cents: 0, note: null };
    const currency = this.g.node(cost, cv('currency'));
    if (currency && currency !== EU.euro) {
      this.problem(cost, cv('currency'), `Pietura takes fees in euro only, not <${currency}>.`);
    }
    const raw = this.g.literal(cost, cv('hasValue'));
    const value = raw === undefined ? 0 : Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 10_000_000) {
      this.problem(cost, cv('hasValue'), `"${raw}" is not an amount of money.`);
      return { cents: 0, note: null };
    }
    return { cents: Math.round(value * 100), note: this.optionalText(cost, dct('description')) };
  }

  private documents(s: string): RequiredDocument[] {
    return this.ordered(this.g.nodes(s, cpsv('hasInput'))).map((e) => {
      const note = this.optionalText(e, dct('description'));
      return { name: this.text(e, dct('title'), 'The required document'), ...(note ? { note } : {}) };
    });
  }

  private legalBasis(s: string): LegalBasis[] {
    const rules = this.ordered(this.g.nodes(s, cpsv('follows')));
    const implemented = new Set(rules.flatMap((r) => this.g.nodes(r, cpsv('implements'))));
    const fromRules = rules.map((r) => {
      const resource = this.g.node(r, cpsv('implements'));
      const type = this.g.node(r, dct('type'));
      const level = type ? this.conceptCode(type) : undefined;
      return this.basis(this.text(r, dct('title'), 'The rule'), resource, level);
    });
    const unruled = this.g.nodes(s, cv('hasLegalResource')).filter((r) => !implemented.has(r));
    const fromResources = unruled.map((r) =>
      this.basis(
        this.g.text(r, `${NS.eli}title`) ?? this.text(r, dct('title'), 'The legal resource'),
        r,
        undefined,
      ),
    );
    return [...fromRules, ...fromResources];
  }

  private basis(title: Bilingual, resource: string | undefined, level: string | undefined): LegalBasis {
    const url = resource
      ? (this.g.node(resource, `${NS.foaf}page`) ?? literals(this.g.extension(resource, 'url'))[0])
      : undefined;
    return {
      title,
      ...(url ? { url } : {}),
      level: level === 'municipal' ? 'municipal' : 'state',
    };
  }

  private keywords(s: string): Bilingual | null {
    const words = this.g.objects(s, `${NS.dcat}keyword`);
    if (words.length === 0) return null;
    const join = (test: (l: string) => boolean) =>
      [...new Set(words.filter((w) => w.termType === 'Literal' && test(w.language)).map((w) => w.value))]
        .sort()
        .join(', ');
    return { lv: join((l) => l === '' || l.startsWith('lv')), en: join((l) => l.startsWith('en')) };
  }

  private categories(used: string[]): ImportedCategory[] {
    const schemes = new Set(used.flatMap((c) => this.g.nodes(c, skos('inScheme'))));
    const inSchemes = this.g
      .instancesOf(skos('Concept'))
      .filter((c) => this.g.nodes(c, skos('inScheme')).some((s) => schemes.has(s)));
    const concepts = [...new Set([...used.filter(Boolean), ...inSchemes])].sort();
    return concepts.map((c) => ({
      code: slug(this.conceptCode(c)),
      name: this.text(c, skos('prefLabel'), 'The category'),
      sort: this.extensionInt(c, 'sort', -1_000_000, 1_000_000) ?? 0,
    }));
  }

  private lifeSituations(): ImportedLifeSituation[] {
    const seen = new Map<string, string>();
    return this.g.instancesOf(cv('LifeEvent')).map((e) => {
      const code = this.code(e, seen, 'The life event');
      const stepNodes = this.ordered(this.g.extension(e, 'step').map((t) => t.value));
      const steps =
        stepNodes.length > 0
          ? stepNodes.map((step, i) => ({
              position: this.position(step) ?? i + 1,
              serviceCode: this.serviceCode(step, this.g.extension(step, 'service')[0]?.value),
              note: this.extensionText(step, 'note'),
            }))
          : this.g.nodes(e, cv('hasRelatedService')).map((service, i) => ({
              position: i + 1,
              serviceCode: this.serviceCode(e, service),
              note: null,
            }));
      const positions = steps.map((s) => s.position);
      if (new Set(positions).size !== positions.length) {
        this.problem(e, 'pietura:step', 'Two steps of the life event have the same position.');
      }
      return {
        code,
        title: this.text(e, dct('title'), 'The life event'),
        summary: this.g.text(e, dct('description')) ?? { lv: '', en: '' },
        sort: this.extensionInt(e, 'sort', -1_000_000, 1_000_000) ?? 0,
        steps,
      };
    });
  }

  private serviceCode(focus: string, service: string | undefined): string {
    const code = service ? this.serviceCodes.get(service) : undefined;
    if (!code)
      this.problem(focus, 'pietura:service', `<${service ?? ''}> is not a public service in this document.`);
    return code ?? '';
  }

  private position(node: string): number | undefined {
    const raw = literals(this.g.extension(node, 'position'))[0];
    const n = raw === undefined ? Number.NaN : Number(raw);
    return Number.isInteger(n) ? n : undefined;
  }

  /** Nodes in their pietura:position order (then by IRI), for lists that RDF keeps unordered. */
  private ordered(nodes: string[]): string[] {
    const at = (n: string) => this.position(n) ?? Number.MAX_SAFE_INTEGER;
    return [...nodes].sort((a, b) => at(a) - at(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  /** A concept's code: its skos:notation, else the last segment of its IRI. */
  private conceptCode(concept: string): string {
    return this.g.literal(concept, skos('notation')) ?? lastSegment(concept);
  }
}

function slug(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}
