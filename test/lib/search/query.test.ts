import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/catalogue.ts';
import { loadContent } from '../../../src/lib/catalogue/content.ts';
import { documentStatus } from '../../../src/lib/catalogue/document-status.ts';
import { STANDING_VALUES } from '../../../src/lib/format/status.ts';
import { exactIndex, exactTable, nameKeys, symbolKeys } from '../../../src/lib/search/exact-table.ts';
import { interpretQuery, type Interpretation } from '../../../src/lib/search/query.ts';

// The real catalogue, so the expectations below are the ones staff meet on the site.
const { documents } = loadContent();
const catalogue = buildCatalogue(documents);
// The standing each page shows today (the same call the exact table's build uses).
const status = (d: (typeof documents)[number]) => documentStatus(d, catalogue).standing;
const table = exactTable(documents, status);
const index = exactIndex(JSON.parse(JSON.stringify(table)));
const ask = (q: string) => interpretQuery(q, index);
const ids = (i: Interpretation) => (i.kind === 'exact' ? i.docs.map((d) => d.id) : i.kind === 'missing' ? i.nearMisses.map((d) => d.id) : []);

describe('symbol spellings', () => {
  it('spells 80/2020/NĐ-CP the ways staff type it', () => {
    expect(symbolKeys('Nghị định', '80/2020/NĐ-CP')).toEqual(
      expect.arrayContaining(['80 2020 nd cp', 'nghi dinh 80', 'nghi dinh 80 2020', '80 2020', '80 nd cp', 'nd 80', 'nd 80 2020']),
    );
  });
  it('keeps in the table only the names the symbol does not already spell', () => {
    const row = table.rows.find((r) => r[0] === '272-qd-tw')!;
    expect(nameKeys(documents.find((d) => d.id === '272-qd-tw')!)).toEqual(['quy che 272', 'quyet dinh 272']);
    expect(row[5]).toEqual(['quy che 272']);
    expect(STANDING_VALUES[row[4]]).toBe('dang-thuc-hien'); // Quy chế 272 is still carried out (Kết luận 33-KL/TW)
  });
  it('stays small: one row per document', () => {
    expect(table.rows).toHaveLength(documents.length);
    // about 90 bytes a row at 188 documents: type, symbol, date, status and the names the symbol does not spell
    expect(JSON.stringify(table).length).toBeLessThan(documents.length * 120);
  });
});

describe('interpretQuery: exact hits', () => {
  it.each([
    ['80/2020/NĐ-CP', '80-2020-nd-cp', 'symbol'],
    ['80/2020/ND-CP', '80-2020-nd-cp', 'symbol'],
    ['80/2020/nd-cp', '80-2020-nd-cp', 'symbol'],
    ['80 / 2020 / NĐ - CP', '80-2020-nd-cp', 'symbol'],
    ['80/2020', '80-2020-nd-cp', 'symbol'],
    ['80-2020', '80-2020-nd-cp', 'symbol'],
    ['nd 80', '80-2020-nd-cp', 'symbol'],
    ['NĐ 80', '80-2020-nd-cp', 'symbol'],
    ['nghi dinh 80', '80-2020-nd-cp', 'symbol'],
    ['Nghị định số 80/2020/NĐ-CP', '80-2020-nd-cp', 'symbol'],
    ['Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ', '80-2020-nd-cp', 'symbol'],
    ['QĐ 272', '272-qd-tw', 'symbol'],
    ['qd 272', '272-qd-tw', 'symbol'],
    ['272-QĐ/TW', '272-qd-tw', 'symbol'],
    ['Quyết định 272', '272-qd-tw', 'symbol'],
    ['Quy chế 272', '272-qd-tw', 'name'],
    ['quy che 272', '272-qd-tw', 'name'],
    ['Nghị quyết 36', '36-nq-tw', 'symbol'],
    ['nghi quyet 36', '36-nq-tw', 'symbol'],
    ['NQ 36', '36-nq-tw', 'symbol'],
    ['36-NQ/TW', '36-nq-tw', 'symbol'],
    ['Luật Cư trú', '68-2020-qh14', 'name'],
    ['luat cu tru', '68-2020-qh14', 'name'],
    ['Luật 68/2020', '68-2020-qh14', 'symbol'],
    ['1/NQ-CP', '01-nq-cp', 'symbol'],
    ['ct 12', '12-ct-tw', 'symbol'],
    ['Kết luận 12', '12-kl-tw', 'symbol'],
    ['Kế hoạch 92', 'quang-ngai-92-kh-ubnd-2022', 'symbol'],
    ['36', '36-nq-tw', 'number'],
  ])('%s → %s (%s)', (query, id, reason) => {
    const answer = ask(query);
    expect(answer).toMatchObject({ kind: 'exact', reason });
    expect(ids(answer)[0]).toBe(id);
  });

  it('lists every document a shared name belongs to, the one in force first', () => {
    expect(ids(ask('Luật Phòng, chống mua bán người'))).toEqual(['53-2024-qh15', '66-2011-qh12']);
    const twelve = ids(ask('12'));
    expect(twelve).toEqual(expect.arrayContaining(['12-ct-tw', '12-kl-tw']));
    expect(twelve.filter((id) => !id.startsWith('12-'))).toEqual([]);
  });
});

describe('interpretQuery: a symbol the catalogue does not have', () => {
  it('says so for a wrong code, and offers the same number', () => {
    const answer = ask('12-NQ/TW');
    expect(answer).toMatchObject({ kind: 'missing', message: 'Không có văn bản số 12-NQ/TW trong danh mục' });
    expect(ids(answer)).toEqual(expect.arrayContaining(['12-ct-tw', '12-kl-tw']));
    expect(ids(answer).filter((id) => !id.startsWith('12-'))).toEqual([]);
  });
  it('says so for a wrong year, with the right one first', () => {
    expect(ask('80/2021/NĐ-CP')).toMatchObject({ kind: 'missing', message: 'Không có văn bản số 80/2021/NĐ-CP trong danh mục' });
    // the same number and type first; other documents numbered 80 (80/2015/QH13 …) after it
    expect(ids(ask('80/2021/NĐ-CP'))[0]).toBe('80-2020-nd-cp');
    expect(ask('80/2021')).toMatchObject({ kind: 'missing', message: 'Không có văn bản số 80/2021 trong danh mục' });
    expect(ask('Nghị định số 80/2022/NĐ-CP ngày 17/9/2020')).toMatchObject({ kind: 'missing', message: 'Không có văn bản số 80/2022/NĐ-CP trong danh mục' });
  });
  it('says so for a type and a number', () => {
    expect(ask('Nghị quyết 99')).toMatchObject({ kind: 'missing', message: 'Không có Nghị quyết số 99 trong danh mục', nearMisses: [] });
    expect(ask('nd 81')).toMatchObject({ kind: 'missing', message: 'Không có Nghị định số 81 trong danh mục' });
  });
});

describe('interpretQuery: text', () => {
  it.each(['đối ngoại nhân dân', 'doi ngoai nhan dan', 'dang uy', 'viện trợ phi chính phủ', 'ND-CP', '2020', 'luật 2020', 'nghị định 80 viện trợ', '', '   '])('%j is left to full-text search', (q) => {
    expect(ask(q).kind).toBe('text');
  });
});

describe('every catalogue symbol, however it is typed, finds its document', () => {
  const variants = fc.record({
    doc: fc.constantFrom(...documents),
    sep: fc.constantFrom('/', '-', ' ', ' / ', '–'),
    upper: fc.boolean(),
    folded: fc.boolean(),
    prefix: fc.constantFrom('', 'số ', 'Số '),
  });
  it('property', () => {
    fc.assert(
      fc.property(variants, ({ doc, sep, upper, folded, prefix }) => {
        let typed = doc.symbol.replace(/[/-]/g, sep);
        if (folded) typed = typed.replace(/Đ/g, 'D').replace(/đ/g, 'd');
        typed = upper ? typed.toUpperCase() : typed.toLowerCase();
        const answer = ask(prefix + typed);
        return answer.kind === 'exact' && answer.docs.some((d) => d.id === doc.id);
      }),
      { numRuns: 300 },
    );
  });
});
