import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/catalogue.ts';
import { loadContent } from '../../../src/lib/catalogue/content.ts';
import { documentStatus } from '../../../src/lib/catalogue/document-status.ts';
import { exactIndex, exactTable, nameKeys, symbolKeys, type ExactTable } from '../../../src/lib/search/exact-table.ts';
import { interpretQuery } from '../../../src/lib/search/query.ts';
import { exactShards, keyNumber, NAMES_FILE, queryFiles, shardCount, shardOf, shardUrl } from '../../../src/lib/search/shards.ts';

// The sharded table must answer every query exactly as the whole table does, from only the files
// `queryFiles` names: checked on the real catalogue, split into 1 to 128 shards.
const { documents } = loadContent();
const catalogue = buildCatalogue(documents);
// The standing each page shows today (the same call the exact table's build uses).
const status = (d: (typeof documents)[number]) => documentStatus(d, catalogue).standing;
const whole = exactIndex(exactTable(documents, status));
const COUNTS = [1, 2, 3, 16, 64, 128];
const sharded = new Map(COUNTS.map((count) => [count, JSON.parse(JSON.stringify(exactShards(documents, status, count))) as ReturnType<typeof exactShards>]));

/** The index the browser builds for a query: only the files it fetches. */
function fetched(query: string, count: number) {
  const { shards, names } = sharded.get(count)!;
  const files = queryFiles(query, count);
  return { files, index: exactIndex(files.map((f): ExactTable => (f === NAMES_FILE ? names : shards[f]))) };
}
const plain = (i: ReturnType<typeof interpretQuery>) => JSON.parse(JSON.stringify(i));

const QUERIES = [
  '80/2020/NĐ-CP', '80/2020/ND-CP', '80 / 2020 / NĐ - CP', '80/2020', '80-2020', 'nd 80', 'NĐ 80', 'nghi dinh 80', 'Nghị định 80',
  'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ', 'ngày 08/7/2020, Nghị định 80/2020/NĐ-CP', 'QĐ 272', 'qd 272', '272-QĐ/TW',
  'Quyết định 272', 'Quy chế 272', 'quy che 272', 'Nghị quyết 36', 'nghi quyet 36', 'NQ 36', '36-NQ/TW', 'Luật Cư trú', 'luat cu tru',
  'Luật 68/2020', '1/NQ-CP', '01/NQ-CP', 'ct 12', 'Kết luận 12', 'Kế hoạch 92', '36', '12', 'Luật Phòng, chống mua bán người',
  '12-NQ/TW', '80/2021/NĐ-CP', '80/2021', 'Nghị định số 80/2022/NĐ-CP ngày 17/9/2020', 'Nghị quyết 99', 'nd 81',
  'đối ngoại nhân dân', 'doi ngoai nhan dan', 'dang uy', 'ND-CP', '2020', 'luật 2020', 'nghị định 80 viện trợ', 'Bình Sơn năm 2023', '',
];

describe('the bucket rule', () => {
  it('files a key under its first number that is not a year', () => {
    expect(keyNumber('80 2020 nd cp')).toBe('80');
    expect(keyNumber('nghi dinh 80 2020')).toBe('80');
    expect(keyNumber('quy che 272')).toBe('272');
    expect(keyNumber('2020 2021 nd cp')).toBe('2020'); // a number that looks like a year, when there is no other
    expect(keyNumber('luat cu tru')).toBeUndefined();
  });
  it('chooses few files for the real catalogue and small shards at 10,000 documents', () => {
    expect(shardCount(documents.length)).toBeLessThanOrEqual(2);
    expect(shardCount(10_000)).toBe(64);
    expect(shardOf('80', 64)).toBe(16);
    // the letter of a số ký hiệu (Pháp lệnh 44B-LCT/HĐNN8) files with its number, as keyNumber files "44b"
    expect(shardOf('44B', 64)).toBe(shardOf('44', 64));
    expect(shardUrl(3)).toBe('/du-lieu/so-hieu-3.json');
    expect(shardUrl(NAMES_FILE)).toBe('/du-lieu/so-hieu-ten.json');
  });
  it('puts in the names file only names without a number', () => {
    const { names } = sharded.get(64)!;
    const keys = names.rows.flatMap((r) => r[5] ?? []);
    expect(keys).toContain('luat cu tru');
    expect(keys.filter((k) => keyNumber(k) !== undefined)).toEqual([]);
    // laws' titles only: about 25 bytes per catalogued document today
    expect(JSON.stringify(names).length).toBeLessThan(documents.length * 40);
  });
});

describe('a query fetches one shard (two for a pasted citation, plus the names file for words)', () => {
  it.each([
    ['80/2020/NĐ-CP', [shardOf('80', 64)]],
    ['nd 80', [shardOf('80', 64)]],
    ['Quy chế 272', [shardOf('272', 64)]],
    ['36', [shardOf('36', 64)]],
    ['Luật Cư trú', [NAMES_FILE]],
    ['ngày 08/7/2020, Nghị định 80/2020/NĐ-CP', [shardOf('8', 64), shardOf('80', 64)]],
  ] as const)('%s', (query, files) => {
    expect(queryFiles(query, 64).sort()).toEqual([...files].sort());
  });
});

describe('the shards answer as the whole table does', () => {
  for (const count of COUNTS) {
    it.each(QUERIES)(`%j, in ${count} shard(s)`, (query) => {
      expect(plain(interpretQuery(query, fetched(query, count).index))).toEqual(plain(interpretQuery(query, whole)));
    });
  }

  it('property: every spelling of every document, every name, a pasted citation', () => {
    const spellings = documents.flatMap((doc) => [...symbolKeys(doc.type, doc.symbol), ...nameKeys(doc), `${doc.type} số ${doc.symbol} ngày 01/01/2020`]);
    fc.assert(
      fc.property(fc.constantFrom(...spellings), fc.constantFrom(...COUNTS), fc.boolean(), (query, count, upper) => {
        const typed = upper ? query.toUpperCase() : query;
        const answer = interpretQuery(typed, fetched(typed, count).index);
        expect(plain(answer)).toEqual(plain(interpretQuery(typed, whole)));
        return answer.kind === 'exact';
      }),
      { numRuns: 500 },
    );
  });
});
