import type { Db } from '../../../db/connection';
import { type Bilingual, CHANNELS, type Channel } from '../../../db/schema';
import * as store from '../store';
import { CPSV_AP_CONTEXT_URL } from './context';
import { CHANNEL_LABELS, EU, type Iris, iris, LEGAL_LEVEL_LABELS, type LegalLevel, NS } from './vocabulary';

type Node = { '@id': string } & Record<string, unknown>;
type LangValue = { '@value': string; '@language': 'lv' | 'en' };

export interface CpsvDocument {
  '@context': [string, Record<string, string>];
  '@graph': Node[];
}

type Published = Awaited<ReturnType<typeof store.selectPublished>>[number];

/** The published catalogue as one CPSV-AP 3.2.0 JSON-LD document (R4). */
export async function exportCatalogue(db: Db, publicUrl: string): Promise<CpsvDocument> {
  const [published, organisations, categories, lifeSituations] = await Promise.all([
    store.selectPublished(db),
    store.selectOrganisations(db),
    store.selectCategories(db),
    store.selectLifeSituations(db),
  ]);
  const steps = await store.selectSteps(
    db,
    lifeSituations.map((l) => l.id),
  );
  const id = iris(publicUrl);
  const places = new Places(organisations, id);
  const publishedCodes = new Set(published.map((p) => p.service.code));

  const groupedBy = new Map<string, string[]>();
  for (const step of steps) {
    const ls = lifeSituations.find((l) => l.id === step.lifeSituationId)!;
    if (!publishedCodes.has(step.serviceCode)) continue;
    const events = groupedBy.get(step.serviceCode) ?? [];
    if (!events.includes(ls.code)) events.push(ls.code);
    groupedBy.set(step.serviceCode, events);
  }

  const nodes: Node[] = [];
  const channelsUsed = new Set<Channel>();
  const levelsUsed = new Set<LegalLevel>();
  for (const row of published) {
    nodes.push(...serviceNodes(row, id, places, groupedBy.get(row.service.code) ?? []));
    for (const c of [...row.version.applyChannels, ...row.version.receiveChannels]) channelsUsed.add(c);
    for (const b of row.version.legalBasis) levelsUsed.add(b.level);
  }
  if (published.length > 0) nodes.push(euroNode());
  for (const c of CHANNELS.filter((c) => channelsUsed.has(c))) nodes.push(channelTypeNode(c, id));
  for (const level of levelsUsed) nodes.push(legalLevelNode(level, id));

  for (const o of organisations) {
    const parent = organisations.find((p) => p.id === o.parentId);
    nodes.push(
      node(id.organisation(o.code), {
        '@type': 'PublicOrganization',
        'dct:identifier': o.code,
        'PublicOrganization.preferredLabel': text(o.name),
        'PublicOrganization.spatial': [places.of(o.code)],
        'org:subOrganizationOf': parent && ref(id.organisation(parent.code)),
        'pietura:organisationKind': o.kind,
        'pietura:email': o.email ?? undefined,
        'pietura:phone': o.phone ?? undefined,
        'pietura:address': o.address ?? undefined,
        'pietura:website': o.website ?? undefined,
      }),
    );
  }
  nodes.push(...places.nodes());

  for (const c of categories) {
    nodes.push(
      node(id.category(c.code), {
        '@type': 'Concept',
        'skos:prefLabel': text(c.name),
        'skos:notation': c.code,
        'skos:inScheme': ref(id.categoryScheme),
        'pietura:sort': c.sort,
      }),
    );
  }

  for (const ls of lifeSituations) {
    const own = steps.filter((s) => s.lifeSituationId === ls.id && publishedCodes.has(s.serviceCode));
    nodes.push(
      node(id.lifeEvent(ls.code), {
        '@type': ['Event', 'LifeEvent'],
        'Event.identifier': ls.code,
        'Event.name': text(ls.title),
        'Event.description': text(ls.summary),
        'Event.hasRelatedService': [...new Set(own.map((s) => id.service(s.serviceCode)))],
        'pietura:sort': ls.sort,
        'pietura:step': own.map((s) => ref(id.step(ls.code, s.position))),
      }),
      ...own.map((s) =>
        node(id.step(ls.code, s.position), {
          '@type': 'pietura:LifeEventStep',
          'pietura:position': s.position,
          'pietura:service': ref(id.service(s.serviceCode)),
          'pietura:note': text(s.note),
        }),
      ),
    );
  }

  nodes.sort((a, b) => (a['@id'] < b['@id'] ? -1 : a['@id'] > b['@id'] ? 1 : 0));
  return { '@context': [CPSV_AP_CONTEXT_URL, localContext(id)], '@graph': nodes };
}

function localContext(id: Iris): Record<string, string> {
  const { cv, cpsv, dct, skos, eli, foaf, org, xsd } = NS;
  return { pietura: id.ns, cv, cpsv, dct, skos, eli, foaf, org, xsd };
}

function serviceNodes(row: Published, id: Iris, places: Places, lifeEvents: string[]): Node[] {
  const { code } = row.service;
  const v = row.version;
  const channels = CHANNELS.filter((c) => v.applyChannels.includes(c) || v.receiveChannels.includes(c));
  const documents = v.requiredDocuments.map((d, i) => ({ ...d, position: i + 1 }));
  const bases = v.legalBasis.map((b, i) => ({ ...b, position: i + 1 }));
  const eligibility = text(v.whoMayApply);
  const result = text(v.result);

  const service = node(id.service(code), {
    '@type': 'PublicService',
    'PublicService.identifier': code,
    'PublicService.name': text(v.name),
    'PublicService.description': text(v.description),
    'PublicService.hasCompetentAuthority': [id.organisation(row.owner.code)],
    'PublicService.thematicArea': [id.category(row.category.code)],
    'PublicService.spatial': [places.of(row.owner.code)],
    'PublicService.keyword': keywords(v.keywords),
    // CPSV-AP has only xsd:duration; whether the days are working days is said by pietura:processingTimeUnit.
    'PublicService.processingTime': `P${v.processingTime}D`,
    'PublicService.hasChannel': channels.map((c) => id.channel(code, c)),
    'PublicService.hasCost': [id.cost(code)],
    'PublicService.hasInput': documents.map((d) => id.evidence(code, d.position)),
    'PublicService.holdsRequirement': eligibility && [id.requirement(code)],
    'PublicService.produces': result && [id.output(code)],
    'PublicService.follows': bases.map((b) => id.rule(code, b.position)),
    'PublicService.hasLegalResource': bases.map((b) => id.legalResource(code, b.position)),
    'PublicService.isGroupedBy': lifeEvents.map((ls) => id.lifeEvent(ls)),
    'pietura:version': v.version,
    'pietura:processingTimeUnit': v.processingTimeUnit,
    'pietura:processingTimeBasis': text(v.processingTimeBasis),
    'pietura:legalLevel': v.legalLevel,
    'pietura:centre': v.centres,
    'pietura:centreException': text(v.centreException),
    'pietura:onTheSpot': v.onTheSpot,
    'pietura:eserviceMaturity': v.eserviceMaturity,
    'pietura:eserviceUrl': v.eserviceUrl ?? undefined,
    'pietura:contact': text(v.contact),
    'pietura:validFrom': date(v.validFrom),
    'pietura:validTo': date(v.validTo),
    'pietura:reviewDue': date(v.reviewDue),
  });

  return [
    service,
    ...channels.map((c) =>
      node(id.channel(code, c), {
        '@type': 'Channel',
        'Channel.identifier': `${code}/channel/${c}`,
        'Channel.type': id.channelType(c),
        'pietura:usedFor': [
          ...(v.applyChannels.includes(c) ? ['apply'] : []),
          ...(v.receiveChannels.includes(c) ? ['receive'] : []),
        ],
      }),
    ),
    node(id.cost(code), {
      '@type': 'Cost',
      'Cost.identifier': `${code}/cost`,
      'Cost.hasValue': (v.feeCents / 100).toFixed(2),
      'Cost.currency': EU.euro,
      'Cost.description': text(v.feeNote),
    }),
    ...documents.map((d) =>
      node(id.evidence(code, d.position), {
        '@type': 'Evidence',
        'Evidence.identifier': `${code}/evidence/${d.position}`,
        'Evidence.name': text(d.name),
        'Evidence.description': text(d.note),
        'pietura:position': d.position,
      }),
    ),
    ...(eligibility
      ? [
          node(id.requirement(code), {
            '@type': ['Requirement', 'cv:Criterion'],
            'Requirement.identifier': `${code}/requirement`,
            'Requirement.name': eligibility,
          }),
        ]
      : []),
    ...(result
      ? [
          node(id.output(code), {
            '@type': 'Output',
            'Output.identifier': `${code}/output`,
            'Output.name': result,
          }),
        ]
      : []),
    ...bases.flatMap((b) => [
      node(id.rule(code, b.position), {
        '@type': 'Rule',
        'Rule.identifier': `${code}/rule/${b.position}`,
        'Rule.name': text(b.title),
        'Rule.description': text({
          lv: `${LEGAL_LEVEL_LABELS[b.level].lv}, uz kura pamata sniedz pakalpojumu.`,
          en: `${LEGAL_LEVEL_LABELS[b.level].en} on which the service is provided.`,
        }),
        'Rule.type': id.legalLevel(b.level),
        'Rule.implements': [id.legalResource(code, b.position)],
        'pietura:position': b.position,
      }),
      node(id.legalResource(code, b.position), {
        '@type': 'LegalResource',
        'eli:title': text(b.title),
        ...(b.url && isAbsoluteUrl(b.url) ? { 'foaf:page': ref(b.url) } : { 'pietura:url': b.url }),
      }),
    ]),
  ];
}

/** Each organisation's place: the state's is Latvia, a municipal body's is its municipality. */
class Places {
  private readonly used = new Map<string, Node>();
  private readonly byId: Map<number, store.OrganisationRow>;

  constructor(
    private readonly organisations: store.OrganisationRow[],
    private readonly id: Iris,
  ) {
    this.byId = new Map(organisations.map((o) => [o.id, o]));
  }

  of(organisationCode: string): string {
    const org = this.organisations.find((o) => o.code === organisationCode);
    const municipality = org && org.kind !== 'state' ? this.municipalityOf(org) : undefined;
    if (!municipality) {
      this.used.set(EU.latvia, location(EU.latvia, { lv: 'Latvija', en: 'Latvia' }));
      return EU.latvia;
    }
    const iri = this.id.location(municipality.code);
    this.used.set(iri, location(iri, municipality.name));
    return iri;
  }

  nodes(): Node[] {
    return [...this.used.values()];
  }

  private municipalityOf(org: store.OrganisationRow): store.OrganisationRow | undefined {
    const seen = new Set<number>();
    for (
      let o: store.OrganisationRow | undefined = org;
      o && !seen.has(o.id);
      o = this.byId.get(o.parentId ?? -1)
    ) {
      if (o.kind === 'municipality') return o;
      seen.add(o.id);
    }
    return this.organisations.find((o) => o.kind === 'municipality');
  }
}

function location(iri: string, name: Bilingual): Node {
  return node(iri, { '@type': 'Location', 'skos:prefLabel': text(name) });
}

function euroNode(): Node {
  return node(EU.euro, {
    '@type': 'Concept',
    'skos:prefLabel': text({ lv: 'eiro', en: 'euro' }),
    'skos:notation': 'EUR',
  });
}

function channelTypeNode(c: Channel, id: Iris): Node {
  return node(id.channelType(c), {
    '@type': 'Concept',
    'skos:prefLabel': text(CHANNEL_LABELS[c]),
    'skos:notation': c,
    'skos:inScheme': ref(id.channelScheme),
  });
}

function legalLevelNode(level: LegalLevel, id: Iris): Node {
  return node(id.legalLevel(level), {
    '@type': 'Concept',
    'skos:prefLabel': text(LEGAL_LEVEL_LABELS[level]),
    'skos:notation': level,
    'skos:inScheme': ref(id.legalLevelScheme),
  });
}

/** A node without the properties that have no value, so that the document holds no empty keys. */
function node(iri: string, properties: Record<string, unknown>): Node {
  const out: Node = { '@id': iri };
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    out[key] = value;
  }
  return out;
}

function ref(iri: string) {
  return { '@id': iri };
}

/** Both languages as language-tagged strings; an empty translation is left out. */
function text(value: Bilingual | null | undefined): LangValue[] | undefined {
  if (!value) return undefined;
  const out: LangValue[] = [];
  if (value.lv.trim()) out.push({ '@value': value.lv, '@language': 'lv' });
  if (value.en.trim()) out.push({ '@value': value.en, '@language': 'en' });
  return out.length > 0 ? out : undefined;
}

function keywords(value: Bilingual | null | undefined): LangValue[] | undefined {
  if (!value) return undefined;
  const out: LangValue[] = [];
  for (const language of ['lv', 'en'] as const) {
    for (const word of value[language].split(',')) {
      if (word.trim()) out.push({ '@value': word.trim(), '@language': language });
    }
  }
  return out.length > 0 ? out : undefined;
}

function date(value: string | null) {
  return value ? { '@value': value.slice(0, 10), '@type': 'xsd:date' } : undefined;
}

function isAbsoluteUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
