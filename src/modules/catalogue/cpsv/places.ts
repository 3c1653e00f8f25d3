import type { Bilingual, SpatialRef } from '../../../db/schema';
import type * as store from '../store';
import { type Node, node, text } from './nodes';
import { EU, type Iris } from './vocabulary';

/**
 * The places of the export (dct:Location nodes). An organisation's own places, as an imported file
 * gave them, stand as they are (a foreign authority is not made Latvian); otherwise the state's place
 * is Latvia and a municipal body's is its municipality.
 */
export class Places {
  private readonly used = new Map<string, Node>();
  private readonly byId: Map<number, store.OrganisationRow>;
  private readonly byCode: Map<string, store.OrganisationRow>;

  constructor(
    private readonly organisations: store.OrganisationRow[],
    private readonly id: Iris,
  ) {
    this.byId = new Map(organisations.map((o) => [o.id, o]));
    this.byCode = new Map(organisations.map((o) => [o.code, o]));
  }

  /** The places an organisation covers. */
  of(organisationCode: string): string[] {
    const org = this.byCode.get(organisationCode);
    if (org?.spatial && org.spatial.length > 0) return this.given(org.spatial);
    const municipality = org && org.kind !== 'state' ? this.municipalityOf(org) : undefined;
    if (!municipality) return [this.add(EU.latvia, { lv: 'Latvija', en: 'Latvia' })];
    return [this.add(this.id.location(municipality.code), municipality.name)];
  }

  /** Places as an imported file gave them, named as it named them. */
  given(places: SpatialRef[]): string[] {
    return places.map((p) => this.add(p.iri, p.name));
  }

  nodes(): Node[] {
    return [...this.used.values()];
  }

  private add(iri: string, name: Bilingual | null): string {
    const known = this.used.get(iri);
    // The first name given to a place wins, so that the document names each place once.
    if (!known || (!known['skos:prefLabel'] && text(name))) this.used.set(iri, location(iri, name));
    return iri;
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

function location(iri: string, name: Bilingual | null): Node {
  return node(iri, { '@type': 'Location', 'skos:prefLabel': text(name) });
}
