import { CHANNELS, type Channel, type ImportedChannel } from '../../../db/schema';
import { isAbsoluteUrl, type Node, node, undetermined } from './nodes';
import type { Iris } from './vocabulary';

type Version = {
  applyChannels: Channel[];
  receiveChannels: Channel[];
  imported: { channels: ImportedChannel[] } | null;
};

export interface ExportedChannels {
  refs: string[];
  nodes: Node[];
  /** Channel type IRIs used: Pietura's own concepts and the types an imported file gave. */
  types: string[];
}

/**
 * A service's channels, one per kind it is applied for or received through. An imported service's
 * channels of a kind it still has are written as its file gave them (type, label, address), each
 * with the kind Pietura read (pietura:kind); a kind an editor added is written as Pietura's own.
 */
export function channelNodes(code: string, v: Version, id: Iris): ExportedChannels {
  const kinds = CHANNELS.filter((c) => v.applyChannels.includes(c) || v.receiveChannels.includes(c));
  const usedFor = (kind: Channel) => [
    ...(v.applyChannels.includes(kind) ? ['apply'] : []),
    ...(v.receiveChannels.includes(kind) ? ['receive'] : []),
  ];
  const imported = v.imported?.channels;
  if (!imported) {
    const nodes = kinds.map((c) =>
      node(id.channel(code, c), {
        '@type': 'Channel',
        'Channel.identifier': `${code}/channel/${c}`,
        'Channel.type': id.channelType(c),
        'pietura:usedFor': usedFor(c),
      }),
    );
    return { refs: nodes.map((n) => n['@id']), nodes, types: kinds.map((c) => id.channelType(c)) };
  }
  const entries = kinds.flatMap((kind) => {
    const given = imported.filter((c) => c.kind === kind);
    return given.length > 0 ? given : [{ iri: '', kind, type: null, label: null, url: null }];
  });
  const nodes = entries.map((c, i) => {
    const n = i + 1;
    return node(id.importedChannel(code, n), {
      '@type': 'Channel',
      'Channel.identifier': `${code}/channel/${n}`,
      'Channel.type': c.type ?? id.channelType(c.kind),
      'Channel.description': undetermined(c.label),
      ...(c.url && isAbsoluteUrl(c.url) ? { 'foaf:page': { '@id': c.url } } : { 'pietura:url': c.url }),
      'pietura:kind': c.kind,
      'pietura:usedFor': usedFor(c.kind),
      'pietura:position': n,
    });
  });
  return {
    refs: nodes.map((n) => n['@id']),
    nodes,
    types: entries.map((c) => c.type ?? id.channelType(c.kind)),
  };
}
