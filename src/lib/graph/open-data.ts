import type { Catalogue } from '../catalogue/catalogue.ts';
import { fullCitation } from '../format/citation.ts';
import { RELATION_KINDS } from '../schema/document.ts';
import type { CitableDocument } from '../citations/model.ts';
import type { Graph } from './graph.ts';
import { documentUrl } from '../format/url.ts';

/**
 * Shapes of the open data files. Ids are the stable page ids; version bumps on a breaking change.
 * /du-lieu/van-ban.json: { version: 1, documents: [{ id, url, symbol, type, system, level, province?, issuer,
 *   term?, issuedOn, effectiveFrom?, title?, status, aliases, relations: { implements: [id…], … }, citation }] }
 * /du-lieu/do-thi.json: { version: 1, nodes: [{ key, kind, label, date }], edges: [{ from, to, kind,
 *   evidence: [{ report, sentence, anchor }] }] } — keys are page paths ("van-ban/36-nq-tw").
 * Past a few MB either file is written as an index of parts instead (open-data-parts.ts).
 */
export function catalogueJson(catalogue: Catalogue) {
  return {
    version: 1,
    documents: catalogue.documents.map((d) => ({
      id: d.id,
      url: documentUrl(d.id),
      symbol: d.symbol,
      type: d.type,
      typeNote: d.typeNote,
      system: d.system,
      level: d.level,
      province: d.province,
      district: d.district,
      issuer: d.issuer,
      term: d.term,
      issuedOn: d.issuedOn,
      effectiveFrom: d.effectiveFrom,
      title: d.title,
      status: d.status,
      aliases: d.aliases,
      relations: Object.fromEntries(RELATION_KINDS.map((k) => [k, d[k].map((r) => r.id)])),
      confirmed: d.confirmed,
      citation: fullCitation(d),
    })),
  };
}

export function graphJson(graph: Graph) {
  return {
    version: 1,
    nodes: [...graph.nodes.values()].map(({ key, kind, label, date }) => ({ key, kind, label, date })),
    edges: graph.edges,
  };
}

export type CatalogueJson = ReturnType<typeof catalogueJson>;

/** Back from van-ban.json to what the citation engine reads (the browser checker uses this). */
export function citableFromJson(json: CatalogueJson): CitableDocument[] {
  return json.documents.map((d) => ({
    ...d,
    replaces: d.relations.replaces.map((id) => ({ id })),
    repeals: d.relations.repeals.map((id) => ({ id })),
    amends: d.relations.amends.map((id) => ({ id })),
  }));
}
