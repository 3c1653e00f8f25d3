import {
  type Bilingual,
  CHANNELS,
  type Channel,
  FEE_KINDS,
  type FeeKind,
  type ImportedChannel,
  type ImportedContactPoint,
  type ImportedCost,
  type ImportedDetails,
  type ImportTodoItem,
  type LegalBasis,
  ORGANISATION_KINDS,
  type RequiredDocument,
  type SpatialRef,
  TIME_UNITS,
  type TimeUnit,
} from '../../../db/schema';
import { isDay } from '../../../platform/calendar/days';
import { amountOf, feeOf, joined } from './fee';
import { bilingual, cut, type Graph, key, lastSegment, literals } from './graph';
import { isCodeListIri, type Problem } from './rdf';
import { EU, NS } from './vocabulary';

/** Something Pietura needs and the file lacks, or reads differently: reported, never a refusal. */

/**
 * The codes given to subjects (IRI → code), with the subjects of each code beside them: finding another subject
 * of a code by scanning every code given made reading a large catalogue quadratic (10,000 services: 4.3 s).
 */
class Codes extends Map<string, string> {
  private readonly subjects = new Map<string, Set<string>>();

  /** Gives `subject` its code; another subject that has the same code, if any. */
  assign(subject: string, code: string): string | undefined {
    const subjects = this.subjects.get(code) ?? new Set<string>();
    const other = [...subjects].find((iri) => iri !== subject);
    subjects.add(subject);
    this.subjects.set(code, subjects);
    this.set(subject, code);
    return other;
  }
}

/** The longest processing time an imported standard may give: ten years (longer is no processing time). */
const MAX_PROCESSING_DAYS = 3_660;

/** A duration's one part as a processing time, or undefined when it is none or longer than ten years. */
function processingTimeOf(
  years: number,
  months: number,
  weeks: number,
  days: number,
  hoursInDays: number,
): { amount: number; unit: TimeUnit } | undefined {
  const [amount, unit, inDays]: [number, TimeUnit, number] = years
    ? [years, 'years', years * 366]
    : months
      ? [months, 'months', months * 31]
      : weeks || days
        ? [weeks * 7 + days, 'calendar_days', weeks * 7 + days]
        : [Math.ceil(hoursInDays), 'calendar_days', hoursInDays];
  return amount > 0 && inDays <= MAX_PROCESSING_DAYS ? { amount, unit } : undefined;
}
export interface Warning {
  /** What kind of thing: warnings are reported grouped by it, with a count. */
  group: string;
  focusNode?: string;
  message: string;
}

/** Classes of other profiles that are public services: Flanders' IPDC/LPDC (docs/cpsv-ap.md). */
export const KNOWN_SERVICE_SUBCLASSES = [
  'https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#InstancePublicService',
  'https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#InstancePublicServiceSnapshot',
  'https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#ConceptualPublicService',
];

/** The category an imported service without a usable one is filed under until an editor chooses. */
export const UNSORTED_CATEGORY: ImportedCategory = {
  code: 'importeti-bez-kategorijas',
  name: { lv: 'Importēti, bez kategorijas', en: 'Imported, without a category' },
  sort: 10_000,
};

/** The channel vocabulary (table channel_vocabulary): concept IRI or lower-case label → kind. */
export type ChannelVocabulary = Map<string, Channel>;

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
  spatial: SpatialRef[] | null;
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
  feeKind: FeeKind;
  feeCurrency: string;
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
  /** Provenance and what the file says beyond the standard's fields (migration 0018). */
  sourceIri: string | null;
  sourcePublisher: string | null;
  unmappedTriples: string[] | null;
  imported: ImportedDetails | null;
  importTodo: ImportTodoItem[] | null;
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
const schema = (name: string) => [`http://schema.org/${name}`, `https://schema.org/${name}`];
const rdfs = (name: string) => `http://www.w3.org/2000/01/rdf-schema#${name}`;

export interface ReadResult {
  catalogue: ImportedCatalogue;
  /** What makes the file unusable (two services with one code …): the import is refused. */
  problems: Problem[];
  warnings: Warning[];
}

/**
 * Reads what Pietura keeps from a CPSV-AP graph that already passed SHACL validation. What Pietura
 * needs and does not find (Latvian text, a category, a processing time, a known channel kind) is a
 * warning and a to-do item of the service, which is then imported as a draft (docs/cpsv-ap.md).
 */
export function readCatalogue(graph: Graph, channelVocabulary: ChannelVocabulary = new Map()): ReadResult {
  return new Reader(graph, channelVocabulary).read();
}

class Reader {
  readonly problems: Problem[] = [];
  readonly warnings: Warning[] = [];
  private readonly orgCodes = new Codes();
  private readonly serviceCodes = new Codes();
  private readonly externalOrganisations: ImportedOrganisation[] = [];
  /** Life events linked from the service side (cv:isGroupedBy): event → service codes. */
  private readonly groupedBy = new Map<string, string[]>();
  /** The to-do list of the service being read. */
  private todo: ImportTodoItem[] = [];

  constructor(
    private readonly g: Graph,
    private readonly channelVocabulary: ChannelVocabulary,
  ) {}

  read(): ReadResult {
    const organisations = this.organisations();
    const services = this.services();
    if (services.length === 0) {
      this.warn(
        'no service',
        undefined,
        'The file describes no public service (cpsv:PublicService or a subclass of it).',
      );
    }
    const categories = this.categories(services.map((s) => s.categoryIri));
    if (services.some((s) => s.service.categoryCode === UNSORTED_CATEGORY.code))
      categories.push(UNSORTED_CATEGORY);
    const catalogue: ImportedCatalogue = {
      organisations: [...organisations, ...this.externalOrganisations],
      categories,
      services: services.map((s) => s.service),
      lifeSituations: this.lifeSituations(),
    };
    return { catalogue, problems: this.problems, warnings: this.warnings };
  }

  private problem(focusNode: string, path: string | undefined, message: string) {
    this.problems.push({ focusNode, path, message });
  }

  private warn(group: string, focusNode: string | undefined, message: string) {
    this.warnings.push({ group, focusNode, message });
  }

  /** A to-do item of the service being read, also reported as a warning. */
  private need(item: ImportTodoItem['item'], focusNode: string, lv: string, en: string) {
    if (!this.todo.some((t) => t.item === item && t.en === en)) this.todo.push({ item, lv, en });
    this.warn(`draft: ${item}`, focusNode, en);
  }

  /** A code from dct:identifier (or the IRI), in the form Pietura uses in addresses: lower case, digits, hyphens. */
  private code(subject: string, seen: Codes, what: string): string {
    const code = slug(this.g.literal(subject, dct('identifier')) ?? lastSegment(subject));
    if (!code)
      this.problem(subject, dct('identifier'), `${what} has no identifier that can serve as its code.`);
    const other = seen.assign(subject, code);
    if (code && other)
      this.problem(subject, dct('identifier'), `${what} code "${code}" is also used by <${other}>.`);
    return code;
  }

  /** Text Pietura requires in Latvian: when there is none, the service needs a translation (to-do). */
  private text(subject: string, predicate: string, what: string): Bilingual {
    const value = this.g.text(subject, predicate);
    if (!value?.lv.trim()) {
      this.need(
        'latvian',
        subject,
        `Jāievada latviskais teksts: ${what.toLowerCase()} (${shortPath(predicate)}).`,
        `${what} has no Latvian text (${shortPath(predicate)} with a value tagged "lv").`,
      );
      return { lv: '', en: value?.en ?? '' };
    }
    return value;
  }

  /** A name for something that is not part of the workflow (an organisation, a place): any language will do. */
  private anyName(subject: string, predicate: string): Bilingual | undefined {
    const terms = this.g.objects(subject, predicate).filter((t) => t.termType === 'Literal');
    const tagged = bilingual(terms);
    const first = terms.map((t) => t.value).sort()[0];
    if (tagged?.lv) return { lv: tagged.lv, en: tagged.en || tagged.lv };
    if (first === undefined) return undefined;
    const en = tagged?.en || first;
    return { lv: en, en };
  }

  /** Text in every language the file gives, kept when Latvian is missing (shown to editors who translate). */
  private allLanguages(subject: string, predicate: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const t of this.g.objects(subject, predicate)) {
      if (t.termType === 'Literal') out[t.language || 'und'] ??= cut(t.value, 2000);
    }
    return out;
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
      this.warn(
        'value out of range',
        subject,
        `pietura:${name} "${cut(raw, 40)}" is not a whole number from ${min} to ${max}; ignored.`,
      );
      return undefined;
    }
    return n;
  }

  private extensionDate(subject: string, name: string): string | null {
    const raw = this.extensionString(subject, name);
    if (raw === null) return null;
    // isDay: a day of the calendar (2026-02-30 is none) of the years the database takes (1900–2200).
    if (!isDay(raw)) {
      this.warn(
        'value out of range',
        subject,
        `pietura:${name} "${cut(raw, 40)}" is not a date (YYYY-MM-DD); ignored.`,
      );
      return null;
    }
    return raw;
  }

  private places(subject: string): SpatialRef[] {
    return this.g.nodes(subject, dct('spatial')).map((iri) => ({
      iri,
      name: this.g.text(iri, skos('prefLabel')) ?? this.anyName(iri, skos('prefLabel')) ?? null,
    }));
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
      const pietura = kind !== null;
      if (kind !== null && !(ORGANISATION_KINDS as readonly string[]).includes(kind)) {
        this.warn(
          'value out of range',
          s,
          `pietura:organisationKind "${cut(kind, 40)}" is not one of ${ORGANISATION_KINDS.join(', ')}; "institution" is used.`,
        );
      }
      const parent = this.g.node(s, `${NS.org}subOrganizationOf`);
      if (parent && !this.orgCodes.has(parent)) {
        this.warn(
          'organisation outside the file',
          s,
          `The parent organisation <${cut(parent, 80)}> is not described in the file; the link is left out.`,
        );
      }
      let name = this.g.text(s, skos('prefLabel'));
      if (!name?.lv.trim()) {
        const other = this.anyName(s, skos('prefLabel'));
        this.warn(
          'organisation without a Latvian name',
          s,
          `The organisation has no Latvian name; "${cut(other?.lv ?? lastSegment(s), 60)}" is used.`,
        );
        name = other ?? { lv: lastSegment(s), en: lastSegment(s) };
      }
      const spatial = this.places(s);
      return {
        code: this.orgCodes.get(s)!,
        kind: (ORGANISATION_KINDS as readonly string[]).includes(kind ?? '')
          ? (kind as OrganisationKind)
          : pietura
            ? 'department'
            : 'institution',
        parentCode: parent ? this.orgCodes.get(parent) : undefined,
        name,
        email: this.extensionString(s, 'email'),
        phone: this.extensionString(s, 'phone'),
        address: this.extensionString(s, 'address'),
        website: this.extensionString(s, 'website') ?? this.g.node(s, `${NS.foaf}homepage`) ?? null,
        // Pietura's own export says where its organisations are from their kind, unless their places came
        // from an imported file (pietura:spatialImported); a foreign file's places are kept.
        spatial:
          spatial.length === 0 || (pietura && this.extensionString(s, 'spatialImported') !== 'true')
            ? null
            : spatial,
      };
    });
  }

  /** An organisation the file names but does not describe (IPDC names authorities by IRI only). */
  private externalOrganisation(iri: string): string {
    const known = this.orgCodes.get(iri);
    if (known) return known;
    const code = this.code(iri, this.orgCodes, 'The organisation');
    const label = this.anyName(iri, skos('prefLabel')) ?? { lv: lastSegment(iri), en: lastSegment(iri) };
    this.externalOrganisations.push({
      code,
      kind: 'institution',
      name: label,
      email: null,
      phone: null,
      address: null,
      website: null,
      spatial: null,
    });
    this.warn(
      'organisation outside the file',
      iri,
      `The competent authority <${cut(iri, 80)}> is not described in the file; it is imported under the name "${cut(label.lv, 40)}".`,
    );
    return code;
  }

  /**
   * An authority the file names but does not describe has no places of its own: it covers the places
   * of the services it is competent for (Flanders' IPDC), rather than being taken for a Latvian one.
   */
  private coverExternal(authorityCodes: string[], places: SpatialRef[]) {
    for (const org of this.externalOrganisations.filter((o) => authorityCodes.includes(o.code))) {
      const known = new Set((org.spatial ?? []).map((p) => p.iri));
      const added = places.filter((p) => !known.has(p.iri));
      if (added.length > 0) org.spatial = [...(org.spatial ?? []), ...added];
    }
  }

  /** Classes that are cpsv:PublicService: itself, its subclasses in the file (transitively) and known profiles. */
  private serviceClasses(): Set<string> {
    const classes = new Set([cpsv('PublicService'), ...KNOWN_SERVICE_SUBCLASSES]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const c of this.g.subjects()) {
        if (classes.has(c)) continue;
        if (this.g.nodes(c, rdfs('subClassOf')).some((parent) => classes.has(parent))) {
          classes.add(c);
          grew = true;
        }
      }
    }
    return classes;
  }

  private services(): { service: ImportedService; categoryIri: string }[] {
    const classes = this.serviceClasses();
    const subjects = [...new Set([...classes].flatMap((c) => this.g.instancesOf(c)))].sort();
    for (const s of subjects) this.code(s, this.serviceCodes, 'The service');
    for (const s of subjects) {
      for (const event of this.g.nodes(s, cv('isGroupedBy'))) {
        const list = this.groupedBy.get(event) ?? [];
        list.push(this.serviceCodes.get(s)!);
        this.groupedBy.set(event, list);
      }
    }
    return subjects.map((s) => {
      this.todo = [];
      const own = this.g.extension(s, 'version').length > 0;
      const authorities = this.g
        .nodes(s, cv('hasCompetentAuthority'))
        .map((o) => this.externalOrganisation(o));
      this.coverExternal(authorities, this.places(s));
      const areas = this.g.nodes(s, cv('thematicArea'));
      const categoryIri = areas.find((c) => this.usableCategory(c));
      if (!categoryIri) {
        this.need(
          'category',
          s,
          areas.length === 0
            ? 'Jāizvēlas kategorija: datnē tās nav.'
            : 'Jāizvēlas kategorija: datnes kategorijām nav latviska nosaukuma.',
          areas.length === 0
            ? 'The service has no category (cv:thematicArea): choose one.'
            : `The service's categories (${areas.map((a) => cut(lastSegment(a), 30)).join(', ')}) have no Latvian name: choose one.`,
        );
      }
      const version = this.extensionInt(s, 'version', 1, 1_000_000);
      const standard = this.standard(s, own);
      if (standard.imported)
        standard.imported = { ...standard.imported, categories: areas, competentAuthorities: authorities };
      standard.importTodo = this.todo.length > 0 ? this.todo : null;
      return {
        categoryIri: categoryIri ?? '',
        service: {
          code: this.serviceCodes.get(s)!,
          ownerCode: authorities[0] ?? '',
          categoryCode: categoryIri ? slug(this.conceptCode(categoryIri)) : UNSORTED_CATEGORY.code,
          ...(version === undefined ? {} : { version }),
          standard,
        },
      };
    });
  }

  /** A thematic area Pietura can file a service under: a concept with a Latvian name. */
  private usableCategory(concept: string): boolean {
    return Boolean(this.g.text(concept, skos('prefLabel'))?.lv.trim());
  }

  private standard(s: string, own: boolean): ImportedStandard {
    const channels = this.channels(s);
    const legalBasis = this.legalBasis(s);
    const level = this.extensionString(s, 'legalLevel');
    const unit = this.extensionString(s, 'processingTimeUnit');
    if (unit !== null && !(TIME_UNITS as readonly string[]).includes(unit)) {
      this.warn(
        'value out of range',
        s,
        `pietura:processingTimeUnit "${cut(unit, 40)}" is not one of ${TIME_UNITS.join(', ')}.`,
      );
    }
    const requirements = this.g.nodes(s, cv('holdsRequirement'));
    const outputs = this.g.nodes(s, cpsv('produces'));
    const costs = this.costs(s);
    const time = this.processingTime(s);
    const name = this.text(s, dct('title'), 'The service');
    const description = this.text(s, dct('description'), 'The service description');
    const texts: Record<string, Record<string, string>> = {};
    if (!name.lv) texts.name = this.allLanguages(s, dct('title'));
    if (!description.lv) texts.description = this.allLanguages(s, dct('description'));
    if (legalBasis.length === 0 && !own) {
      this.warn(
        'no legal basis',
        s,
        'The service names no legal basis (cpsv:follows or cv:hasLegalResource); an editor adds it with the next version.',
      );
    }
    const publisher = this.g.node(s, dct('publisher'));
    const source = this.g.node(s, dct('source'));
    // Pietura's own export of a service it imported keeps what the file said (costs, channels, places).
    const keepsImport = !own || source !== undefined;
    const feeKind = this.extensionString(s, 'feeKind');
    const unmapped = this.unmapped(s, [
      ...channels.details.map((c) => c.iri),
      ...costs.details.map((c) => c.iri),
      ...requirements,
      ...outputs,
      ...this.g.nodes(s, cpsv('hasInput')),
      ...this.g.nodes(s, cpsv('follows')),
      ...this.g.nodes(s, cv('hasLegalResource')),
    ]);
    return {
      name,
      description,
      whoMayApply: joined(
        requirements.map((r) => this.g.text(r, dct('title')) ?? this.g.text(r, dct('description'))),
      ),
      requiredDocuments: this.documents(s),
      result: joined(outputs.map((o) => this.g.text(o, dct('title')) ?? this.g.text(o, dct('description')))),
      feeCents: costs.cents,
      feeNote: this.extensionText(s, 'feeNote') ?? costs.note,
      feeKind:
        own && (FEE_KINDS as readonly string[]).includes(feeKind ?? '') ? (feeKind as FeeKind) : costs.kind,
      feeCurrency: costs.currency,
      processingTime: time.amount,
      processingTimeUnit: (TIME_UNITS as readonly string[]).includes(unit ?? '')
        ? (unit as TimeUnit)
        : time.unit,
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
      contact: this.extensionText(s, 'contact') ?? (own ? null : this.contactText(s)),
      keywords: this.keywords(s),
      validFrom: this.extensionDate(s, 'validFrom'),
      validTo: this.extensionDate(s, 'validTo'),
      reviewDue: this.extensionDate(s, 'reviewDue'),
      // Pietura's own export is not provenance worth keeping (the round trip gives the same rows).
      sourceIri: own ? (source ?? null) : (source ?? s),
      sourcePublisher:
        this.extensionString(s, 'sourcePublisher') ??
        (publisher ? (this.anyName(publisher, `${NS.foaf}name`)?.lv ?? publisher) : null),
      unmappedTriples: own || unmapped.length === 0 ? null : unmapped,
      importTodo: null,
      imported: !keepsImport
        ? null
        : {
            costs: costs.details,
            channels: channels.details,
            contactPoints: this.contactPoints(s),
            describedAt: this.g.nodes(s, cv('isDescribedAt')),
            spatial: this.places(s),
            languages: this.g.nodes(s, dct('language')),
            categories: [],
            competentAuthorities: [],
            events: this.g.nodes(s, cv('isGroupedBy')),
            processingTime: this.g.literal(s, cv('processingTime')) ?? null,
            texts,
          },
    };
  }

  /** At most 100 triples of the service and of the nodes only it uses that nothing above read. */
  private unmapped(s: string, nodes: string[]): string[] {
    return [s, ...new Set(nodes)].flatMap((n) => this.g.unused(n)).slice(0, 100);
  }

  /**
   * An xsd:duration as Pietura keeps it: days (P10D, weeks as 7 days, hours rounded up to days),
   * months (P2M) or years (P1Y). None, or a mix such as P1M15D, is a to-do item.
   */
  private processingTime(s: string): { amount: number; unit: TimeUnit } {
    const raw = this.g.literal(s, cv('processingTime'));
    const calendar: TimeUnit = 'calendar_days';
    if (raw === undefined) {
      this.need(
        'processingTime',
        s,
        'Jānorāda izpildes termiņš: datnē tā nav.',
        'The service has no processing time (cv:processingTime).',
      );
      return { amount: 0, unit: calendar };
    }
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
      raw,
    );
    const [y, mo, w, d, h, mi, se] = (m?.slice(1) ?? []).map((v) => (v === undefined ? 0 : Number(v)));
    const parts = m ? [y, mo, w || d ? 1 : 0, h || mi || se ? 1 : 0].filter((v) => v).length : 0;
    const found =
      m && parts === 1 ? processingTimeOf(y!, mo!, w!, d!, (h! + mi! / 60 + se! / 3600) / 24) : undefined;
    if (found) return found;
    this.need(
      'processingTime',
      s,
      `Jānorāda izpildes termiņš: "${cut(raw, 30)}" nav dienās, mēnešos vai gados.`,
      `The processing time "${cut(raw, 30)}" is not a number of days, months or years (such as P10D, P2M, P1Y).`,
    );
    return { amount: 0, unit: calendar };
  }

  /**
   * Channel kinds: the kind Pietura's own export states (pietura:kind), Pietura's own concepts by their
   * notation, then the channel vocabulary table by the type's IRI, then by its label or the channel's
   * own title. What none of them knows is kept as "other" with its label and address, and is a to-do item.
   */
  private channels(s: string): { apply: Channel[]; receive: Channel[]; details: ImportedChannel[] } {
    const apply = new Set<Channel>();
    const receive = new Set<Channel>();
    const details: ImportedChannel[] = [];
    for (const channel of this.ordered(this.g.nodes(s, cv('hasChannel')))) {
      const type = this.g.node(channel, dct('type'));
      const stated = this.extensionString(channel, 'kind');
      const notation = type ? this.conceptCode(type) : undefined;
      // Pietura's own export writes an imported channel's label as its description, whatever its type says.
      const label =
        (stated === null && type && this.anyName(type, skos('prefLabel'))?.lv) ||
        this.anyName(channel, dct('title'))?.lv ||
        this.anyName(channel, dct('description'))?.lv ||
        null;
      const url =
        this.g.node(channel, `${NS.foaf}page`) ??
        literals(schema('url').flatMap((p) => this.g.objects(channel, p)))[0] ??
        literals(this.g.extension(channel, 'url'))[0] ??
        null;
      let kind: Channel | undefined = (CHANNELS as readonly string[]).includes(stated ?? '')
        ? (stated as Channel)
        : undefined;
      kind ??=
        notation && (CHANNELS as readonly string[]).includes(notation) && !isCodeListIri(type ?? '')
          ? (notation as Channel)
          : undefined;
      kind ??=
        (type && this.channelVocabulary.get(type)) ||
        (label ? this.channelVocabulary.get(label.trim().toLowerCase()) : undefined);
      if (!kind) {
        kind = 'other';
        this.need(
          'channel',
          channel,
          `Jāpārbauda kanāls "${cut(label ?? type ?? channel, 60)}": tā veids nav zināms, tas saglabāts kā "cits".`,
          `The channel type ${type ? `<${cut(type, 80)}>` : '(none)'}${label ? ` "${cut(label, 40)}"` : ''} is not in the channel vocabulary; kept as "other".`,
        );
      }
      details.push({ iri: channel, kind, type: type ?? null, label, url });
      const uses = literals(this.g.extension(channel, 'usedFor'));
      if (uses.length === 0 || uses.includes('apply')) apply.add(kind);
      if (uses.length === 0 || uses.includes('receive')) receive.add(kind);
    }
    return {
      apply: CHANNELS.filter((c) => apply.has(c)),
      receive: CHANNELS.filter((c) => receive.has(c)),
      details,
    };
  }

  /**
   * Every cost. The fee fields hold the lowest stated amount ("from" when there are several); a cost
   * without an amount, or no cost at all, is "not stated", never free; a currency other than euro is
   * kept as given (fee.ts).
   */
  private costs(s: string): {
    cents: number;
    note: Bilingual | null;
    kind: FeeKind;
    currency: string;
    details: ImportedCost[];
  } {
    const details: ImportedCost[] = this.ordered(this.g.nodes(s, cv('hasCost'))).map((cost) => {
      const raw = this.g.literal(cost, cv('hasValue')) ?? this.g.literal(cost, cv('value')) ?? null;
      const currency = this.g.node(cost, cv('currency')) ?? null;
      return { iri: cost, amount: raw, currency, description: this.optionalText(cost, dct('description')) };
    });
    for (const c of details) {
      if (c.amount !== null && amountOf(c.amount) === undefined)
        this.warn(
          'cost not an amount',
          c.iri,
          `"${cut(c.amount, 40)}" is not an amount of money; the cost is "not stated".`,
        );
    }
    const notes = details.map((c) => c.description).filter((d): d is Bilingual => d !== null);
    const note = notes.length === 0 ? null : joined(notes);
    const fee = feeOf(details);
    if (fee.kind === 'not_stated') {
      if (details.length > 0)
        this.warn('cost not stated', s, 'The service has a cost without an amount: the fee is ‘not stated’.');
      else this.warn('no cost', s, 'The service names no cost (cv:hasCost): the fee is ‘not stated’.');
      return { ...fee, note, details };
    }
    const currencies = new Set(
      details.filter((c) => amountOf(c.amount) !== undefined).map((c) => c.currency ?? EU.euro),
    );
    if (currencies.size > 1)
      this.warn(
        'several currencies',
        s,
        `The service's costs are in ${currencies.size} currencies; the lowest amount is shown in its own.`,
      );
    if (fee.currency !== 'EUR')
      this.warn(
        'currency not euro',
        details.find((c) => c.currency?.endsWith(`/${fee.currency}`))?.iri ?? s,
        `The cost is in ${fee.currency}; kept and shown as given.`,
      );
    return { ...fee, note, details };
  }

  private contactPoints(s: string): ImportedContactPoint[] {
    const points = [
      ...new Set([...this.g.nodes(s, cv('hasContactPoint')), ...this.g.nodes(s, cv('contactPoint'))]),
    ];
    return points.map((p) => {
      const values = (predicates: string[]) =>
        [...new Set(predicates.flatMap((pr) => this.g.objects(p, pr)).map((t) => cut(t.value, 300)))].sort();
      const hours = [
        cv('openingHours'),
        cv('specialOpeningHoursSpecification'),
        ...schema('openingHours'),
        ...schema('hoursAvailable'),
      ]
        .flatMap((pr) => this.g.objects(p, pr))
        .map((t) =>
          t.termType === 'Literal'
            ? t.value
            : ([dct('description'), ...schema('description')]
                .map((d) => this.anyName(key(t), d)?.lv)
                .find(Boolean) ?? t.value),
        );
      return {
        iri: p,
        email: values([cv('email'), ...schema('email')]),
        telephone: values([cv('telephone'), ...schema('telephone')]),
        url: values([cv('contactPage'), ...schema('url')]),
        openingHours: [...new Set(hours.map((h) => cut(h, 300)))].sort(),
      };
    });
  }

  /** Contact points as the standard's contact text, so that a resident sees them. */
  private contactText(s: string): Bilingual | null {
    const lines = this.contactPoints(s).flatMap((p) => [
      ...p.telephone,
      ...p.email,
      ...p.url,
      ...p.openingHours,
    ]);
    if (lines.length === 0) return null;
    const text = cut(lines.join('\n'), 2000);
    return { lv: text, en: text };
  }

  private documents(s: string): RequiredDocument[] {
    return this.ordered(this.g.nodes(s, cpsv('hasInput'))).map((e) => {
      const note = this.optionalText(e, dct('description'));
      return { name: this.text(e, dct('title'), 'A required document'), ...(note ? { note } : {}) };
    });
  }

  private legalBasis(s: string): LegalBasis[] {
    const rules = this.ordered(this.g.nodes(s, cpsv('follows')));
    const implemented = new Set(rules.flatMap((r) => this.g.nodes(r, cpsv('implements'))));
    const fromRules = rules.map((r) => {
      const resource = this.g.node(r, cpsv('implements'));
      const type = this.g.node(r, dct('type'));
      const level = type ? this.conceptCode(type) : undefined;
      return this.basis(this.text(r, dct('title'), 'A rule'), resource, level);
    });
    const unruled = this.ordered(this.g.nodes(s, cv('hasLegalResource')).filter((r) => !implemented.has(r)));
    const fromResources = unruled.map((r) => this.basis(this.resourceTitle(r), r, undefined));
    return [...fromRules, ...fromResources];
  }

  /** A legal resource's title; without one, its description or its address (IPDC and Heusden give no title). */
  private resourceTitle(r: string): Bilingual {
    const title = this.g.text(r, `${NS.eli}title`) ?? this.g.text(r, dct('title'));
    if (title?.lv.trim()) return title;
    const description = this.g.text(r, dct('description'));
    if (description?.lv.trim()) return { lv: cut(description.lv, 300), en: cut(description.en, 300) };
    const other = title ?? description;
    const url = this.resourceUrl(r) ?? r;
    this.warn(
      'legal resource without a Latvian title',
      r,
      `The legal resource has no Latvian title; ${other ? 'its text in another language' : 'its address'} is used.`,
    );
    const fallback = other
      ? cut(other.en || Object.values(this.allLanguages(r, dct('title')))[0] || url, 300)
      : url;
    return { lv: fallback, en: other?.en ? cut(other.en, 300) : fallback };
  }

  private resourceUrl(resource: string): string | undefined {
    return (
      this.g.node(resource, `${NS.foaf}page`) ??
      literals(this.g.extension(resource, 'url'))[0] ??
      literals(schema('url').flatMap((p) => this.g.objects(resource, p)))[0] ??
      // A legal resource's IRI is its address (ELI, likumi.lv), except the ones Pietura's export mints.
      (/^https?:\/\//.test(resource) && !/\/id\/service\/[^/]+\/legal-resource\//.test(resource)
        ? resource
        : undefined)
    );
  }

  private basis(title: Bilingual, resource: string | undefined, level: string | undefined): LegalBasis {
    const url = resource ? this.resourceUrl(resource) : undefined;
    return {
      title,
      ...(url ? { url } : {}),
      // "Not stated" in the file: Pietura's two levels need one, so state (the safer reading) and say so.
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
    const known = used.filter(Boolean);
    const schemes = new Set(known.flatMap((c) => this.g.nodes(c, skos('inScheme'))));
    const inSchemes = this.g
      .instancesOf(skos('Concept'))
      .filter((c) => this.usableCategory(c) && this.g.nodes(c, skos('inScheme')).some((s) => schemes.has(s)));
    const concepts = [...new Set([...known, ...inSchemes])].sort();
    return concepts.map((c) => ({
      code: slug(this.conceptCode(c)),
      name: this.g.text(c, skos('prefLabel'))!,
      sort: this.extensionInt(c, 'sort', -1_000_000, 1_000_000) ?? 0,
    }));
  }

  private lifeSituations(): ImportedLifeSituation[] {
    const seen = new Codes();
    const events = [
      ...new Set([
        ...this.g.instancesOf(cv('LifeEvent')),
        ...this.g.instancesOf(cv('BusinessEvent')),
        ...this.g.instancesOf(cv('Event')),
        ...this.groupedBy.keys(),
      ]),
    ].sort();
    const out: ImportedLifeSituation[] = [];
    for (const e of events) {
      const title = this.g.text(e, dct('title'));
      if (!title?.lv.trim()) {
        this.warn(
          'event without a Latvian title',
          e,
          'The event has no Latvian title; it is not made a life situation (kept with its services).',
        );
        continue;
      }
      const code = this.code(e, seen, 'The life event');
      const stepNodes = this.ordered(this.g.extension(e, 'step').map((t) => t.value));
      const related = [
        ...new Set([...this.g.nodes(e, cv('hasRelatedService')), ...this.g.nodes(e, dct('relation'))]),
      ];
      const steps =
        stepNodes.length > 0
          ? stepNodes.map((step, i) => ({
              position: this.position(step) ?? i + 1,
              serviceCode: this.serviceCode(step, this.g.extension(step, 'service')[0]?.value),
              note: this.extensionText(step, 'note'),
            }))
          : [
              ...new Set([
                ...related.map((service) => this.serviceCode(e, service)),
                ...(this.groupedBy.get(e) ?? []),
              ]),
            ]
              .filter(Boolean)
              .map((serviceCode, i) => ({ position: i + 1, serviceCode, note: null }));
      const positions = steps.map((s) => s.position);
      if (new Set(positions).size !== positions.length) {
        this.problem(e, 'pietura:step', 'Two steps of the life event have the same position.');
      }
      out.push({
        code,
        title,
        summary: this.g.text(e, dct('description')) ?? { lv: '', en: '' },
        sort: this.extensionInt(e, 'sort', -1_000_000, 1_000_000) ?? 0,
        steps: steps.filter((s) => s.serviceCode),
      });
    }
    return out;
  }

  private serviceCode(focus: string, service: string | undefined): string {
    const code = service ? this.serviceCodes.get(service) : undefined;
    if (!code)
      this.warn(
        'link to a service outside the file',
        focus,
        `<${cut(service ?? '', 80)}> is not a public service in this file; the link is left out.`,
      );
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

function shortPath(iri: string): string {
  for (const [prefix, ns] of Object.entries(NS))
    if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
}

function slug(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
