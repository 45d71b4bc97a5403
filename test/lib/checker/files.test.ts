/**
 * The browser checker's files: checking a draft from the names file and the shards its citations need gives
 * exactly what checking it against the whole catalogue gives — for the seed reports and the catalogue's own
 * reports, at several shard counts (1 as on the real site, more as at 10,000 documents).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/catalogue/content.ts';
import { checkerFiles, filesForText, mergeFiles } from '../../../src/lib/checker/files.ts';
import { buildCatalogueIndex, citeText } from '../../../src/lib/citations/index.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const seeds = join(root, '../shared/seeds');
const content = loadContent(root);
const full = buildCatalogueIndex(content.documents);
const drafts: [string, string][] = [
  ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, readFileSync(join(seeds, f), 'utf8')]),
  ...content.reports.map((r): [string, string] => [r.id, r.body ?? '']),
  // a law replaced by several on one day, its successors, and a law amended by name
  ['hand', 'Luật Tương trợ tư pháp năm 2007; Nghị định số 80/2020/NĐ-CP; Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam.'],
  // a symbol with a letter after its number, filed under the number
  ['letter', 'Pháp lệnh số 44B-LCT/HĐNN8 ngày 13/11/1990 của Hội đồng Nhà nước về lãnh sự.'],
  // a resolution named by its plenum, resolved through the alias that states the plenum
  ['plenum', 'Nghị quyết Trung ương 4 khóa XII về hội nhập kinh tế quốc tế; Nghị quyết Trung ương 6 khóa XII.'],
];

describe.each([1, 4, 64])('checker files in %i shards', (count) => {
  const { names, shards } = checkerFiles(content.documents, count);
  const namesIndex = buildCatalogueIndex(names.documents);

  it.each(drafts)('%s: the same citations as against the whole catalogue', (_, text) => {
    const needed = filesForText(text, namesIndex.names, count);
    const partial = buildCatalogueIndex(mergeFiles([names, ...needed.map((i) => shards[i])]));
    expect(citeText(text, partial, { asOf: '2026-01-01' })).toEqual(citeText(text, full, { asOf: '2026-01-01' }));
  });

  it('files every document in its own number’s shard, and only laws and named documents in the names file', () => {
    const filed = new Set([...names.documents, ...shards.flatMap((s) => s.documents)].map((d) => d.id));
    expect(filed.size).toBe(content.documents.length);
    expect(names.documents.length).toBeLessThan(content.documents.length);
  });
});

describe('a draft citing a few numbers', () => {
  it('needs only their shards', () => {
    const { names } = checkerFiles(content.documents, 64);
    const text = 'Nghị định số 80/2020/NĐ-CP và Chỉ thị số 12-CT/TW; Kế hoạch 92.';
    // 80 mod 64, 12, 92 mod 64
    expect(filesForText(text, buildCatalogueIndex(names.documents).names, 64).sort((a, b) => a - b)).toEqual([12, 16, 28]);
  });
});
