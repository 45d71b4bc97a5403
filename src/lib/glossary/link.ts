import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { GLOSSARY, type GlossaryTerm } from './terms.ts';

export const glossaryHref = (id: string) => `/thuat-ngu/#${id}`;

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
    const form = matcher.forms.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!form || seen.has(form.id) || (form.exact && form.exact !== m[0])) continue;
    seen.add(form.id);
    spans.push({ id: form.id, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Elements whose text is not linked: links already, headings, code. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

/**
 * Rehype plugin: links the first mention of each glossary term in a Markdown body to /thuat-ngu/.
 * Runs on document and topic bodies (astro.config.mjs); reports are rendered by their own pipeline.
 */
export function rehypeGlossary() {
  const matcher = defaultMatcher();
  return (tree: Root) => {
    const seen = new Set<string>();
    const walk = (parent: Root | Element) => {
      const out: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') out.push(...linkText(child, seen, matcher));
        else {
          if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
          out.push(child);
        }
      }
      parent.children = out as typeof parent.children;
    };
    walk(tree);
  };
}

function linkText(node: Text, seen: Set<string>, matcher: Matcher): ElementContent[] {
  const value = node.value.normalize('NFC');
  const spans = firstMentions(value, seen, matcher);
  if (!spans.length) return [node];
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
