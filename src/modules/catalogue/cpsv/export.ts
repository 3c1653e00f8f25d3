import type { Db } from '../../../db/connection';
import { type Bilingual, CHANNELS, type Channel } from '../../../db/schema';
import * as store from '../store';
import { CPSV_AP_CONTEXT_URL } from './context';
import { channelNodes } from './export-channels';
import { costNodes, currencyNode } from './export-costs';
import { isAbsoluteUrl, isIri, type Node, node, ref, text } from './nodes';
import { Places } from './places';
import { CHANNEL_LABELS, type Iris, iris, LEGAL_LEVEL_LABELS, type LegalLevel, NS } from './vocabulary';

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
  const typesUsed = new Set<string>();
  const currenciesUsed = new Set<string>();
  const levelsUsed = new Set<LegalLevel>();
  for (const row of published) {
    const service = serviceNodes(row, id, places, groupedBy.get(row.service.code) ?? []);
    nodes.push(...service.nodes);
    for (const t of service.channelTypes) typesUsed.add(t);
    for (const c of service.currencies) currenciesUsed.add(c);
    for (const b of row.version.legalBasis) levelsUsed.add(b.level);
  }
  for (const c of [...currenciesUsed].sort()) nodes.push(currencyNode(c));
  nodes.push(...channelTypeNodes(typesUsed, id));
  for (const level of levelsUsed) nodes.push(legalLevelNode(level, id));

  for (const o of organisations) {
    const parent = organisations.find((p) => p.id === o.parentId);
    nodes.push(
      node(id.organisation(o.code), {
        '@type': 'PublicOrganization',
        'dct:identifier': o.code,
        'PublicOrganization.preferredLabel': text(o.name),
        'PublicOrganization.spatial': places.of(o.code),
        // Its places are those an imported file gave (a reader keeps them rather than deriving them).
        'pietura:spatialImported': o.spatial && o.spatial.length > 0 ? true : undefined,
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

function serviceNodes(
  row: Published,
  id: Iris,
  places: Places,
  lifeEvents: string[],
): { nodes: Node[]; channelTypes: string[]; currencies: string[] } {
  const { code } = row.service;
  const v = row.version;
  const channels = channelNodes(code, v, id);
  const costs = costNodes(code, v, id);
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
    'PublicService.spatial':
      v.imported && v.imported.spatial.length > 0
        ? places.given(v.imported.spatial)
        : places.of(row.owner.code),
    'PublicService.keyword': keywords(v.keywords),
    'PublicService.processingTime': duration(v.processingTime, v.processingTimeUnit),
    'PublicService.hasChannel': channels.refs,
    'PublicService.hasCost': costs.refs,
    'PublicService.hasInput': documents.map((d) => id.evidence(code, d.position)),
    'PublicService.holdsRequirement': eligibility && [id.requirement(code)],
    'PublicService.produces': result && [id.output(code)],
    'PublicService.follows': bases.map((b) => id.rule(code, b.position)),
    'PublicService.hasLegalResource': bases.map((b) => id.legalResource(code, b.position)),
    'PublicService.isGroupedBy': lifeEvents.map((ls) => id.lifeEvent(ls)),
    'dct:source': v.sourceIri && isIri(v.sourceIri) ? ref(v.sourceIri) : undefined,
    'pietura:sourcePublisher': v.sourcePublisher ?? undefined,
    'pietura:feeKind': v.feeKind,
    'pietura:feeNote': text(costs.serviceNote),
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

  const nodes = [
    service,
    ...channels.nodes,
    ...costs.nodes,
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
  return { nodes, channelTypes: channels.types, currencies: costs.currencies };
}

/**
 * CPSV-AP has only xsd:duration: days, months (P2M) or years (P1Y). Whether the days are working
 * days is said by pietura:processingTimeUnit.
 */
function duration(amount: number, unit: Published['version']['processingTimeUnit']): string {
  if (unit === 'months') return `P${amount}M`;
  if (unit === 'years') return `P${amount}Y`;
  return `P${amount}D`;
}

/** Channel types as skos:Concepts: Pietura's own with their names, the ones a file gave by their IRI. */
function channelTypeNodes(types: Set<string>, id: Iris): Node[] {
  const own = new Map(CHANNELS.map((c) => [id.channelType(c), c]));
  return [...types].sort().map((iri) => {
    const kind = own.get(iri);
    return kind ? channelTypeNode(kind, id) : node(iri, { '@type': 'Concept' });
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
