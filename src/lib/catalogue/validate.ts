import type { z } from 'zod';
import { documentId } from '../format/slug.ts';
import { RELATION_KINDS, type RelationKind } from '../schema/document.ts';
import { plainDocumentSchema, plainReportSchema } from '../schema/index.ts';
import type { CatalogueDocument, CatalogueReport, ContentIssue, RawEntry } from './model.ts';

export interface ValidatedContent {
  documents: CatalogueDocument[];
  reports: CatalogueReport[];
  issues: ContentIssue[];
}

/**
 * Everything the build must refuse, in one pass: schema errors, file names that break the id rule,
 * duplicate identities, unknown relation targets, cycles, and implementing a later document.
 * Astro's `reference()` does not check that a target exists, so this is where it is checked.
 */
export function validateContent(docEntries: RawEntry[], reportEntries: RawEntry[]): ValidatedContent {
  const issues: ContentIssue[] = [];
  const documents = parseAll(docEntries, plainDocumentSchema, issues).map(({ entry, data }) => ({
    ...data,
    id: entry.id,
  }));
  const reports = parseAll(reportEntries, plainReportSchema, issues).map(({ entry, data }) => ({
    ...data,
    id: entry.id,
    body: entry.body,
  }));
  const files = new Map(docEntries.map((e) => [e.id, e.file]));
  issues.push(...checkIds(documents, files), ...checkTargets(documents, files));
  issues.push(...checkReportTargets(reports, new Set(documents.map((d) => d.id)), reportEntries));
  issues.push(...checkChronology(documents, files), ...checkCycles(documents, files));
  return { documents, reports, issues };
}

function parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S, issues: ContentIssue[]) {
  const parsed: { entry: RawEntry; data: z.output<S> }[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry.data);
    if (result.success) parsed.push({ entry, data: result.data });
    else
      for (const issue of result.error.issues)
        issues.push({ file: entry.file, field: issue.path.join('.') || '(frontmatter)', message: issue.message });
  }
  return parsed;
}

function checkIds(documents: CatalogueDocument[], files: Map<string, string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const doc of documents) {
    const expected = documentId(doc);
    const file = files.get(doc.id)!;
    if (expected !== doc.id)
      issues.push({ file, field: 'symbol', message: `tên tệp phải là "${expected}" theo quy tắc định danh (file name must be ${expected})` });
    const other = seen.get(expected);
    if (other)
      issues.push({ file, field: 'symbol', message: `trùng định danh với ${other} (duplicate identity ${expected})` });
    seen.set(expected, file);
  }
  return issues;
}

function checkTargets(documents: CatalogueDocument[], files: Map<string, string>): ContentIssue[] {
  const ids = new Set(documents.map((d) => d.id));
  return documents.flatMap((doc) =>
    RELATION_KINDS.flatMap((kind) =>
      doc[kind]
        .filter((ref) => !ids.has(ref.id))
        .map((ref) => ({ file: files.get(doc.id)!, field: kind, message: `văn bản "${ref.id}" không có trong danh mục (unknown target)` })),
    ),
  );
}

function checkReportTargets(reports: CatalogueReport[], ids: Set<string>, entries: RawEntry[]): ContentIssue[] {
  const files = new Map(entries.map((e) => [e.id, e.file]));
  return reports.flatMap((r) =>
    r.reportsOn
      .filter((ref) => !ids.has(ref.id))
      .map((ref) => ({ file: files.get(r.id)!, field: 'reportsOn', message: `văn bản "${ref.id}" không có trong danh mục (unknown target)` })),
  );
}

/** A document cannot implement, or be based on, one issued after it. */
function checkChronology(documents: CatalogueDocument[], files: Map<string, string>): ContentIssue[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const kinds: RelationKind[] = ['implements', 'basedOn'];
  return documents.flatMap((doc) =>
    kinds.flatMap((kind) =>
      doc[kind]
        .map((ref) => byId.get(ref.id))
        .filter((target) => target && target.issuedOn > doc.issuedOn)
        .map((target) => ({
          file: files.get(doc.id)!,
          field: kind,
          message: `không thể thực hiện văn bản ban hành sau nó: ${target!.symbol} (${target!.issuedOn}) (implements a later document)`,
        })),
    ),
  );
}

/** implements and replaces must each form a DAG. */
function checkCycles(documents: CatalogueDocument[], files: Map<string, string>): ContentIssue[] {
  const kinds: RelationKind[] = ['implements', 'replaces'];
  return kinds.flatMap((kind) => {
    const edges = new Map(documents.map((d) => [d.id, d[kind].map((r) => r.id)]));
    return findCycles(edges).map((cycle) => ({
      file: files.get(cycle[0])!,
      field: kind,
      message: `quan hệ vòng tròn: ${cycle.join(' → ')} (cycle)`,
    }));
  });
}

/** Depth-first search with colours; returns each cycle once, starting at its first node in sort order. */
export function findCycles(edges: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `  ${i.file} › ${i.field}: ${i.message}`).join('\n');
}
