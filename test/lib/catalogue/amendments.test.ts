import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { amendmentsOf } from '../../../src/lib/catalogue/amendments.ts';
import { buildCatalogue } from '../../../src/lib/catalogue/catalogue.ts';
import { loadContent } from '../../../src/lib/catalogue/content.ts';

const catalogue = buildCatalogue(loadContent(fileURLToPath(new URL('../../..', import.meta.url))).documents);
const law = catalogue.byId.get('47-2014-qh13')!;
const applying = (asOf: string) => amendmentsOf(law, catalogue, asOf).map((a) => [a.by.symbol, a.applies]);

describe('amendments of the law on foreigners (47/2014/QH13)', () => {
  it.each([
    // before either amendment took effect: both listed, neither applies yet
    ['2020-01-01', [['51/2019/QH14', false], ['23/2023/QH15', false]]],
    // the 2019 amendment took effect on 01/7/2020
    ['2021-01-01', [['51/2019/QH14', true], ['23/2023/QH15', false]]],
    // today both apply, oldest first
    ['2026-12-06', [['51/2019/QH14', true], ['23/2023/QH15', true]]],
  ])('as of %s', (asOf, expected) => expect(applying(asOf)).toEqual(expected));

  it('is empty for a document nothing amends', () => {
    expect(amendmentsOf(catalogue.byId.get('36-nq-tw')!, catalogue, '2026-12-06')).toEqual([]);
  });
});
