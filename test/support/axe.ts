import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Injects axe-core into the page and runs it over the whole document. */
export async function runAxe(page: Page, tags = WCAG_TAGS): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (values) => {
    // @ts-expect-error axe is the global the injected script defines
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
    }));
  }, tags);
}

export const isBlocking = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical';

/** Violations as a readable list: rule, impact, help, then each offending element with axe's summary. */
export function formatViolations(path: string, violations: AxeViolation[], maxNodes = 5): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, maxNodes).map((n) => {
        const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        return `      ${n.target.join(' ')}\n        ${n.html.slice(0, 200)}\n        ${summary.slice(0, 300)}`;
      });
      const more = v.nodes.length > maxNodes ? [`      … và ${v.nodes.length - maxNodes} phần tử khác`] : [];
      return [`  ${path} — [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}
