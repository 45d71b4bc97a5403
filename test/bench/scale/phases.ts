// The project's own build-time work, phase by phase, outside Astro: what src/site/content.ts computes once
// per build (catalogue, citation index, every report rendered and checked, the graph) and what the content
// check does before the build. Run on a generated tree: `node test/bench/scale/phases.ts <site root>`;
// bench:scale runs it on its own tree and prints the table.
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../../../src/lib/catalogue/catalogue.ts';
import { readEntries } from '../../../src/lib/catalogue/files.ts';
import { validateContent } from '../../../src/lib/catalogue/validate.ts';
import { documentStatus } from '../../../src/lib/catalogue/document-status.ts';
import { siteGraph } from '../../../src/lib/graph/site-graph.ts';
import { applyMarks, collectText } from '../../../src/lib/report/annotate-hast.ts';
import { hastToHtml, markdownToHast } from '../../../src/lib/report/markdown.ts';
import { renderReport } from '../../../src/lib/report/render.ts';
import { reportChecker } from '../../../src/site/report-checker.ts';
import { join } from 'node:path';

export interface Phase {
  name: string;
  ms: number;
  note?: string;
}

export function measurePhases(root: string): Phase[] {
  const phases: Phase[] = [];
  const time = <T>(name: string, fn: () => T, note?: (value: T) => string): T => {
    const t = performance.now();
    const value = fn();
    phases.push({ name, ms: performance.now() - t, note: note?.(value) });
    return value;
  };
  const docEntries = time('read + parse frontmatter (content check)', () => readEntries(join(root, 'content/documents'), root), (e) => `${e.length} documents`);
  const reportEntries = time('  … reports', () => readEntries(join(root, 'content/reports'), root), (e) => `${e.length} reports`);
  const content = time('validate (zod + ids + targets + cycles)', () => validateContent(docEntries, reportEntries), (c) => `${c.issues.length} issues`);
  const catalogue = time('buildCatalogue', () => buildCatalogue(content.documents));
  time('documentStatus × every document', () => catalogue.documents.map((d) => documentStatus(d, catalogue)));
  const check = time('citation index (reportChecker)', () => reportChecker(catalogue));
  const reports = content.reports;
  // The parts of renderReport, summed over all reports, then the whole as the build runs it.
  let parse = 0;
  let cite = 0;
  let marks = 0;
  let html = 0;
  let citations = 0;
  for (const r of reports) {
    let t = performance.now();
    const tree = markdownToHast(r.body);
    const { text } = collectText(tree);
    parse += performance.now() - t;
    t = performance.now();
    const found = check(text, r);
    cite += performance.now() - t;
    citations += found.length;
    t = performance.now();
    applyMarks(tree, found.map((c, i) => ({ start: c.start, end: c.end, anchor: `trich-dan-${i + 1}`, href: c.id ? `/van-ban/${c.id}/` : undefined })));
    marks += performance.now() - t;
    t = performance.now();
    hastToHtml(tree);
    html += performance.now() - t;
  }
  phases.push({ name: '  reports: markdown → hast', ms: parse });
  phases.push({ name: '  reports: find + check citations', ms: cite, note: `${citations} citations` });
  phases.push({ name: '  reports: mark citations in the tree', ms: marks });
  phases.push({ name: '  reports: hast → HTML', ms: html });
  const rendered = time('renderReport × every report (as the build runs it)', () => new Map(reports.map((r) => [r.id, renderReport(r.body, (text) => check(text, r))])));
  time('siteGraph', () => siteGraph(catalogue, reports.map((report) => ({ report, ...rendered.get(report.id)! }))));
  return phases;
}

export function formatPhases(phases: Phase[]): string[] {
  const width = Math.max(...phases.map((p) => p.name.length)) + 2;
  return phases.map((p) => `  ${p.name.padEnd(width)}${(p.ms / 1000).toFixed(2).padStart(7)} s${p.note ? `  (${p.note})` : ''}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? process.cwd();
  console.log(`project build-time work over ${root}:`);
  console.log(formatPhases(measurePhases(root)).join('\n'));
}
