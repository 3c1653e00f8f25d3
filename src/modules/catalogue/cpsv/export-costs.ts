import type { Bilingual, ImportedCost } from '../../../db/schema';
import { amountOf, currencyIri, feeAgrees } from './fee';
import { type Node, node, text } from './nodes';
import { EU, type Iris } from './vocabulary';

type Version = {
  feeCents: number;
  feeKind: 'fixed' | 'from' | 'varies' | 'not_stated';
  feeCurrency: string;
  feeNote: Bilingual | null;
  imported: { costs: ImportedCost[] } | null;
};

export interface ExportedCosts {
  refs: string[];
  nodes: Node[];
  /** Currency IRIs the costs name: each is described as a skos:Concept. */
  currencies: string[];
  /** The version's fee note when the costs keep their own descriptions (pietura:feeNote). */
  serviceNote?: Bilingual | null;
}

/**
 * A service's costs. An imported service keeps every cost its file gave, with the amount and currency
 * as given (a cost without an amount has no cv:hasValue, never 0), while the version's fee fields are
 * still what those costs say; otherwise, and for Pietura's own standards, one cost from the fee fields.
 */
export function costNodes(code: string, v: Version, id: Iris): ExportedCosts {
  const imported = v.imported?.costs;
  if (imported && feeAgrees(v, imported)) return importedCosts(code, v, imported, id);
  const stated = v.feeKind !== 'not_stated';
  const currency = currencyIri(v.feeCurrency);
  return {
    refs: [id.cost(code)],
    nodes: [
      node(id.cost(code), {
        '@type': 'Cost',
        'Cost.identifier': `${code}/cost`,
        'Cost.hasValue': stated ? (v.feeCents / 100).toFixed(2) : undefined,
        'Cost.currency': stated ? currency : undefined,
        'Cost.description': text(v.feeNote),
      }),
    ],
    currencies: stated ? [currency] : [],
  };
}

function importedCosts(code: string, v: Version, costs: ImportedCost[], id: Iris): ExportedCosts {
  const nodes = costs.map((c, i) => {
    const amount = amountOf(c.amount);
    const n = i + 1;
    return node(id.importedCost(code, n), {
      '@type': 'Cost',
      'Cost.identifier': `${code}/cost/${n}`,
      'Cost.hasValue': amount === undefined ? undefined : String(amount),
      'Cost.currency': c.currency ?? (amount === undefined ? undefined : EU.euro),
      // One cost: its description is the version's fee note, which an editor may have translated.
      'Cost.description': text(costs.length === 1 ? v.feeNote : c.description),
      'pietura:position': n,
    });
  });
  return {
    refs: nodes.map((n) => n['@id']),
    nodes,
    currencies: nodes.map((n) => n['Cost.currency']).filter((c): c is string => typeof c === 'string'),
    serviceNote: costs.length > 1 ? v.feeNote : undefined,
  };
}

/** A currency as a skos:Concept (the shapes require one): the euro with its names, others by code. */
export function currencyNode(iri: string): Node {
  if (iri === EU.euro)
    return node(iri, {
      '@type': 'Concept',
      'skos:prefLabel': text({ lv: 'eiro', en: 'euro' }),
      'skos:notation': 'EUR',
    });
  const code = iri.startsWith(EU.currencyTable) ? iri.slice(EU.currencyTable.length) : undefined;
  return node(iri, {
    '@type': 'Concept',
    'skos:notation': code && /^[A-Z]{3}$/.test(code) ? code : undefined,
  });
}
