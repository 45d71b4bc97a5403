import { SYSTEMS, TOPICS, type System, type Topic } from '../schema/vocabulary.ts';
import { DOWN_LABELS, UP_LABELS } from '../graph/diagram.ts';
import { targets, type Catalogue } from './catalogue.ts';
import type { CatalogueDocument } from './model.ts';

/**
 * /dong-thoi-gian/: the catalogue on one time axis. Filters work without JavaScript: one static page per
 * combination of topic and system, at /dong-thoi-gian/[<topic>/][<system>/] (the two slug sets do not overlap).
 */
export interface TimelineFilter {
  topic?: Topic;
  system?: System;
}

/** Every filter combination a page is built for: all, each system, each topic, each topic × system. */
export function timelineFilters(): TimelineFilter[] {
  const systems = Object.keys(SYSTEMS) as System[];
  const topics = Object.keys(TOPICS) as Topic[];
  return [undefined, ...topics].flatMap((topic) => [undefined, ...systems].map((system) => ({ topic, system })));
}

export function timelinePath({ topic, system }: TimelineFilter): string {
  return `/dong-thoi-gian/${[topic, system].filter(Boolean).map((s) => `${s}/`).join('')}`;
}

/** The route parameter of a filter (Astro rest parameter: undefined for the unfiltered page). */
export function timelineParam(filter: TimelineFilter): string | undefined {
  return timelinePath(filter).replace(/^\/dong-thoi-gian\/|\/$/g, '') || undefined;
}

/** Changes between documents, read both ways (worded as on the lược đồ): what this one replaced or amended, and what replaced or amended it. */
const CHANGE_KINDS = ['replaces', 'amends', 'repeals'] as const;

export interface TimelineLink {
  label: string;
  doc: CatalogueDocument;
  /** The other document is on the same page (link to its entry) or not (link to its page). */
  onPage: boolean;
}

export interface TimelineEntry {
  doc: CatalogueDocument;
  changes: TimelineLink[];
}

export interface TimelineYear {
  year: string;
  entries: TimelineEntry[];
}

/** The filtered documents by year, newest year first and newest first within a year. */
export function timeline(catalogue: Catalogue, filter: TimelineFilter): TimelineYear[] {
  const docs = catalogue.documents.filter((d) => (!filter.topic || d.topics.includes(filter.topic)) && (!filter.system || d.system === filter.system));
  const onPage = new Set(docs.map((d) => d.id));
  const years = new Map<string, TimelineEntry[]>();
  for (const doc of [...docs].reverse()) {
    const year = doc.issuedOn.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push({ doc, changes: changesOf(doc, catalogue, onPage) });
  }
  return [...years].map(([year, entries]) => ({ year, entries }));
}

function changesOf(doc: CatalogueDocument, catalogue: Catalogue, onPage: Set<string>): TimelineLink[] {
  const link = (label: string) => (other: CatalogueDocument) => ({ label, doc: other, onPage: onPage.has(other.id) });
  return CHANGE_KINDS.flatMap((kind) => [
    ...targets(catalogue, doc, kind).map(link(UP_LABELS[kind]!)),
    ...(catalogue.inverse.get(doc.id)?.[kind] ?? []).map(link(DOWN_LABELS[kind]!)),
  ]);
}

/** Anchor of a document's entry on a timeline page. */
export const timelineAnchor = (id: string) => `vb-${id}`;
