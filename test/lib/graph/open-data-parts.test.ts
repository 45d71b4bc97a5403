import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsOf, splitOpenData } from '../../../src/lib/graph/open-data-parts.ts';

// ids with Vietnamese letters: a part's size is counted in UTF-8 bytes, as on disk
const item = fc.record({ id: fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'ệ', 'ố', '1') }), n: fc.integer() });
const bytes = (x: unknown) => new TextEncoder().encode(JSON.stringify(x)).length + 1;

describe('runsOf', () => {
  it('keeps every item, in order, in runs no larger than the budget unless an item alone is', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 10, max: 400 }), (items, budget) => {
        const runs = runsOf(items, budget);
        expect(runs.flat()).toEqual(items);
        for (const run of runs) {
          expect(run.length).toBeGreaterThan(0);
          if (run.length > 1) expect(run.reduce((a, x) => a + bytes(x), 0)).toBeLessThanOrEqual(budget);
        }
      }),
    );
  });
});

describe('splitOpenData', () => {
  const graph = { version: 1, nodes: Array.from({ length: 30 }, (_, i) => ({ key: `van-ban/${i}` })), edges: Array.from({ length: 50 }, (_, i) => ({ from: `a${i}`, to: `b${i}` })) };

  it('leaves a file at or under the limit whole', () => {
    expect(splitOpenData('do-thi', graph, ['nodes', 'edges'], { splitAbove: JSON.stringify(graph).length, partBytes: 100 })).toBeUndefined();
  });

  it('past the limit: an index whose parts, appended in order, give the whole file back', () => {
    const split = splitOpenData('do-thi', graph, ['nodes', 'edges'], { splitAbove: 1000, partBytes: 300 })!;
    expect(split.index.parts.map((p) => p.url)).toEqual(split.parts.map((_, i) => `/du-lieu/do-thi-${i + 1}.json`));
    // nodes first, then edges, each part a run of one list
    const fields = split.index.parts.map((p) => p.field);
    expect(fields.indexOf('edges')).toBe(fields.lastIndexOf('nodes') + 1);
    const back: Record<string, unknown[]> = { nodes: [], edges: [] };
    split.index.parts.forEach((ref, i) => {
      const part = split.parts[i][ref.field] as unknown[];
      expect(part).toHaveLength(ref.count);
      back[ref.field].push(...part);
    });
    expect({ version: split.index.version, ...back }).toEqual(graph);
    expect(split.parts.length).toBeGreaterThan(2);
  });
});
