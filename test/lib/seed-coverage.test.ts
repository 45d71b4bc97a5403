/**
 * Every số ký hiệu written in the five seed reports has a catalogue entry. Extracted with a plain pattern,
 * independent of the citation engine, so a gap in the catalogue cannot hide behind a gap in the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/catalogue/content.ts';
import { asciiFold } from '../../src/lib/text/fold.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedDir = join(root, '../shared/seeds');
const { documents } = loadContent(root);

/** Number, optional year, then letter codes joined by - or / ("36-NQ/TW", "80/2020/NĐ-CP", "04/Ctr-BCĐ"). */
const SYMBOL = /(?<![\w/])\d{1,4}(?:\/\d{4})?[-/][A-Za-zĐđ][A-Za-zĐđ&]*(?:[-/][A-Za-zĐđ][A-Za-zĐđ0-9&]*)+/gu;

/** Separators and case do not make another document: 16/KL-TW is the seed's typing of 16-KL/TW. */
const key = (symbol: string) => asciiFold(symbol).toUpperCase().replace(/[-/]/g, '-');

/** The seeds' own wrong numbers, each flagged on the report page, and the entry they mean. */
const KNOWN_MISTAKES: Record<string, string> = { '80/2022/NĐ-CP': '80/2020/NĐ-CP' };

const catalogued = new Set(documents.map((d) => key(d.symbol)));

describe('seed coverage', () => {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();

  it('reads the five seeds', () => expect(seeds).toHaveLength(5));

  it.each(seeds)('every symbol cited in %s has a catalogue entry', (seed) => {
    const written = [...readFileSync(join(seedDir, seed), 'utf8').normalize('NFC').matchAll(SYMBOL)].map((m) => m[0]);
    expect(written.length).toBeGreaterThan(0);
    const missing = written.filter((s) => !catalogued.has(key(KNOWN_MISTAKES[s] ?? s)));
    expect(missing).toEqual([]);
  });
});
