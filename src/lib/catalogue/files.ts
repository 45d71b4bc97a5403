import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { RawEntry } from './model.ts';

/**
 * Reads a content folder the way Astro's glob loader does (frontmatter + body, id = file name), so the
 * CLI and the tests see the same entries as the build without running Astro.
 */
export function readEntries(dir: string, root = process.cwd()): RawEntry[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      return { id: name.replace(/\.mdx?$/, ''), file: relative(root, path), data, body };
    });
}

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  // Core schema: dates stay strings, as the zod schema expects. js-yaml is about 10× faster than `yaml` on
  // 10,000 files (bench:scale), and is what Astro itself uses.
  return { data: load(match[1], { schema: CORE_SCHEMA }) ?? {}, body: text.slice(match[0].length) };
}
