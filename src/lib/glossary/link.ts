import type { ElementContent, Text } from 'hast';
import { GLOSSARY, type GlossaryTerm } from './terms.ts';

const glossaryHref = (id: string) => `/thuat-ngu/#${id}`;

/** A form written without lower-case letters is an abbreviation: matched exactly as written. */
const isAbbreviation = (form: string) => form === form.toUpperCase();

interface Matcher {
  pattern: RegExp;
  /** Lower-cased form → term id and, for abbreviations, the exact spelling required. */
  forms: Map<string, { id: string; exact?: string }>;
}

export function buildMatcher(terms: readonly GlossaryTerm[] = GLOSSARY): Matcher {
  const forms = new Map<string, { id: string; exact?: string }>();
  for (const t of terms)
    for (const form of [t.term, t.expansion, ...(t.forms ?? [])]) {
      if (!form) continue;
      const key = form.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
      if (!forms.has(key)) forms.set(key, { id: t.id, exact: isAbbreviation(form) ? form : undefined });
    }
  // Longest first, so "hợp pháp hóa lãnh sự" wins over "lãnh sự" at the same position.
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, forms };
}

export interface TermSpan {
  id: string;
  start: number;
  end: number;
}

/** Spans of `text` naming a term not yet in `seen` (which it updates): each term once, at its first mention. */
export function firstMentions(text: string, seen: Set<string>, matcher: Matcher = defaultMatcher()): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const m of text.normalize('NFC').matchAll(matcher.pattern)) {
    const id = unseenTerm(m[0], seen, matcher);
    if (!id) continue;
    seen.add(id);
    spans.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Whether `text` names a term not in `seen`, leaving `seen` as it is. */
function namesUnseen(text: string, seen: ReadonlySet<string>, matcher: Matcher): boolean {
  for (const m of text.normalize('NFC').matchAll(matcher.pattern)) if (unseenTerm(m[0], seen, matcher)) return true;
  return false;
}

/** The term a match names, when it is one not yet in `seen` (an abbreviation only as written). */
function unseenTerm(match: string, seen: ReadonlySet<string>, matcher: Matcher): string | undefined {
  const form = matcher.forms.get(match.toLowerCase().replace(/\s+/g, ' '));
  return form && !seen.has(form.id) && (!form.exact || form.exact === match) ? form.id : undefined;
}

/** Elements whose text is not linked: links already, headings, code. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

/** The part of Sătteri's hast visitor context this plugin uses (structural: no import of its internals). */
interface VisitContext {
  parent(node: unknown): { type: string; tagName?: string } | undefined;
  replaceNode(node: unknown, replacement: ElementContent[]): void;
}

/** What Sătteri tells a plugin factory about the entry: Astro passes the frontmatter along. */
interface FactoryContext {
  data?: { astro?: { frontmatter?: { summary?: unknown } } };
}

/**
 * Sătteri hast plugin (Astro 7's Markdown engine, configured in astro.config.mjs): links the first mention of
 * each glossary term in a Markdown body to /thuat-ngu/. A factory, called once per entry. Document and topic
 * pages print the entry's `summary` (linked by GlossaryText.astro) above the body, so a term the summary
 * names is already linked there and the body leaves it alone: each term is linked once, where it first appears.
 * Reports are rendered by their own pipeline and are not touched.
 */
export function glossaryPlugin(ctx?: FactoryContext) {
  const matcher = defaultMatcher();
  const summary = ctx?.data?.astro?.frontmatter?.summary;
  const seen = new Set<string>();
  if (typeof summary === 'string') firstMentions(summary, seen, matcher);
  return {
    name: 'van-ban:glossary',
    text(node: Text, ctx: VisitContext) {
      // Most text nodes name no unseen term: look for one before walking up the tree, the costlier step
      // (1.5 s of the 10,000-document build when it came first).
      if (!namesUnseen(node.value, seen, matcher) || insideSkipped(node, ctx)) return;
      const parts = linkText(node.value, seen, matcher);
      if (parts) ctx.replaceNode(node, parts);
    },
  };
}

function insideSkipped(node: unknown, ctx: VisitContext): boolean {
  for (let p = ctx.parent(node); p; p = ctx.parent(p)) if (p.type === 'element' && SKIP.has(p.tagName!)) return true;
  return false;
}

/** The text split around its first mentions of unseen terms, or undefined when it names none. */
export function linkText(text: string, seen: Set<string>, matcher: Matcher = defaultMatcher()): ElementContent[] | undefined {
  const value = text.normalize('NFC');
  const spans = firstMentions(value, seen, matcher);
  if (!spans.length) return undefined;
  const out: ElementContent[] = [];
  let at = 0;
  for (const { id, start, end } of spans) {
    if (start > at) out.push({ type: 'text', value: value.slice(at, start) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: glossaryHref(id), className: ['term'] },
      children: [{ type: 'text', value: value.slice(start, end) }],
    });
    at = end;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

let cached: Matcher | undefined;
function defaultMatcher(): Matcher {
  return (cached ??= buildMatcher());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
