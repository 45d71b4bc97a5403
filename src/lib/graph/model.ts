/**
 * The implementation graph: documents and reports as nodes; edges from the catalogue's own relations
 * and from the reports' text. Node keys are `van-ban/<id>` and `bao-cao/<id>` (the page paths, so a key
 * is also a URL).
 */
export type NodeKey = `van-ban/${string}` | `bao-cao/${string}`;

export type EdgeKind = 'implements' | 'basedOn' | 'replaces' | 'amends' | 'repeals' | 'reports-on' | 'mentions';

/** Where an edge was learnt: the catalogue's frontmatter, or a report's sentence. */
export interface EdgeEvidence {
  report: string;
  /** The sentence that carries the citation, as written. */
  sentence: string;
  /** Fragment id of the citation in the report page (`#trich-dan-3`). */
  anchor: string;
}

export interface GraphEdge {
  from: NodeKey;
  to: NodeKey;
  kind: EdgeKind;
  /** Empty for catalogue edges; one entry per report passage that supports the edge. */
  evidence: EdgeEvidence[];
}

export interface GraphNode {
  key: NodeKey;
  kind: 'document' | 'report';
  label: string;
  /** Sort key: issue date or report date. */
  date: string;
  system?: string;
  level?: string;
}

/** Edges that carry an implementation downwards (a directive → what carries it out). */
export const IMPLEMENTING_KINDS: ReadonlySet<EdgeKind> = new Set(['implements', 'reports-on']);

export const docKey = (id: string): NodeKey => `van-ban/${id}`;
export const reportKey = (id: string): NodeKey => `bao-cao/${id}`;
export const idOf = (key: NodeKey): string => key.slice(key.indexOf('/') + 1);
