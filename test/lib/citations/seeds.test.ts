/**
 * The five seed reports, checked against the real catalogue in content/: every citation is found and resolved,
 * and the seeds' own mistakes are flagged. Each report is checked as of its own date and with its own province,
 * as the build does (a 2023 report citing Nghị định 80/2020/NĐ-CP is not told it was replaced in 2025).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/catalogue/content.ts';
import { buildCatalogueIndex, citeText, endOfPeriod } from '../../../src/lib/citations/index.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const seeds = join(root, '../shared/seeds');
const content = loadContent(root);
const index = buildCatalogueIndex(content.documents);

/** [written symbol or name, resolved id, problem codes] */
type Row = [string, string | null, string[]];

const expected: Record<string, Row[]> = {
  // Bắc Giang, Sở Nội vụ, 05/2021
  '000_90aa71ed8bb92d6f.txt': [
    ['27/NQ-CP', '27-nq-cp', []], // title line
    ['36-NQ/TW', '36-nq-tw', []], // "của Bộ Chính trị khóa IX", no date
    ['225/SNGV-TTr', 'bac-giang-225-sngv-ttr-2021', []], // the request, written as the catalogue records it
    ['27/NQ-CP', '27-nq-cp', []], // in the request's subject
    ['27/NQ-CP', '27-nq-cp', []], // list of documents deployed
    ['194/KH-UBND', 'bac-giang-194-kh-ubnd-2016', []], // province named: "của UBND tỉnh Bắc Giang"
    ['16/KL-TW', '16-kl-tw', ['malformed-symbol']], // the seed's slash for a hyphen: 16-KL/TW
    ['22-KH/TU', 'bac-giang-22-kh-tu-2012', []], // "của Tỉnh ủy": the report's province and the date's year
    ['16-KL/TW', '16-kl-tw', []], // the same conclusion, written correctly
    ['1797/QĐ-TTg', '1797-qd-ttg', []], // Prime Minister's decision
    ['2536/KH-UBND', 'bac-giang-2536-kh-ubnd-2020', []], // provincial plan
    ['Luật Cư trú', '81-2006-qh11', []], // a law by name, in May 2021: the 2006 law (68/2020/QH14 took effect 01/7/2021)
    ['Luật phòng chống mua bán người', '66-2011-qh12', []], // no comma; the 2011 law was the one in force in 2021
    ['Luật cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài', '33-2009-qh12', []], // lower case
    ['Luật Tương trợ Tư pháp', '08-2007-qh12', []], // capital T in "Tư pháp"
    ['Luật quốc tịch', '24-2008-qh12', []], // the Luật Quốc tịch Việt Nam, short
    ['27/NQ-CP', '27-nq-cp', []], // closing paragraph
    ['36-NQ/TW', '36-nq-tw', []], // closing paragraph
  ],
  // Quảng Ngãi, UBND huyện Bình Sơn, 2023
  '001_128ea849c527b4f7.txt': [
    ['92/KH-UBND', 'quang-ngai-92-kh-ubnd-2022', []], // title: province named
    ['12-CT/TW', '12-ct-tw', []], // title: "của Ban Bí thư", no date
    ['1353/SNgV-ĐN', 'quang-ngai-1353-sngv-dn-2023', []], // the request
    ['92/KH-UBND', 'quang-ngai-92-kh-ubnd-2022', []], // "của UBND tỉnh": the report's province
    ['12-CT/TW', '12-ct-tw', []], // with its date
    ['92/KH-UBND', 'quang-ngai-92-kh-ubnd-2022', []], // defines "Kế hoạch số 92"
    ['12-CT/TW', '12-ct-tw', []], // heading, defines "Chỉ thị số 12"
    ['12-CT/TW', '12-ct-tw', []], // body
    ['92/KH-UBND', 'quang-ngai-92-kh-ubnd-2022', []], // body
    ['Chỉ thị số 12', '12-ct-tw', []], // short form
    ['Kế hoạch số 92', 'quang-ngai-92-kh-ubnd-2022', []], // short form
    ['Kế hoạch 92', 'quang-ngai-92-kh-ubnd-2022', []], // short form without "số" (heading)
    ['80/2020/NĐ-CP', '80-2020-nd-cp', ['wrong-title']], // "thuộc" ODA for "không thuộc"; pinpoint khoản 2 Điều 8 kept
    ['Kế hoạch 12', null, ['unknown-short-form']], // only Kế hoạch số 92 was defined
    ['80/2022/NĐ-CP', '80-2020-nd-cp', ['wrong-year-in-symbol', 'wrong-date']], // 80/2020, dated 08/7/2020
    ['80/2022/NĐ-CP', '80-2020-nd-cp', ['wrong-year-in-symbol', 'wrong-date']], // the same again
    ['80/2022/NĐ-CP', '80-2020-nd-cp', ['wrong-year-in-symbol']], // short mention, wrong year only
  ],
  // Lạng Sơn, UBND huyện Văn Quan, 2024
  '002_1c599901dcbed5a2.txt': [
    ['448/SNgV-LSHTQT', 'lang-son-448-sngv-lshtqt-2024', []], // date in words
    ['308/KH-UBND', 'lang-son-308-kh-ubnd-2023', []], // "của UBND huyện": district-level plan
    ['143/KH-UBND', 'lang-son-143-kh-ubnd-2024', []], // district-level plan
    ['149-KH/TU', 'lang-son-149-kh-tu-2024', []], // comma before "ngày"
    ['57-KL/TW', '57-kl-tw', []], // comma before "ngày"
    ['659/UBND-VHTT', 'lang-son-659-ubnd-vhtt-2024', []], // date without "ngày"
    ['47/NQ-CP', '47-nq-cp', []], // Government action programme
    ['57-KL/TW', '57-kl-tw', []], // inside 47/NQ-CP's title
    ['149-KH/TU', 'lang-son-149-kh-tu-2024', []], // again
    ['57-KL/TW', '57-kl-tw', []], // again
  ],
  // Quảng Ngãi, Sở Ngoại vụ, 6 tháng đầu năm 2021
  '003_e5fcdc9426d3d423.txt': [
    ['2314/UBND-TH', 'quang-ngai-2314-ubnd-th-2021', []], // the request
    ['272-QĐ/TW', '272-qd-tw', []], // footnote; defines "(Quy chế 272)"
    ['323-QĐ/TU', 'quang-ngai-323-qd-tu-2015', []], // provincial Party decision
    ['01/NQ-CP', '01-nq-cp', []], // recurring number, dated 01/01/2021
    ['02/NQ-CP', '02-nq-cp', []], // recurring number, dated 01/01/2021
    ['16/QĐ-UBND', 'quang-ngai-16-qd-ubnd-2021', []], // no issuer: the report's province and the year
    ['43/QĐ-UBND', 'quang-ngai-43-qd-ubnd-2021', []], // "của UBND tỉnh"
    ['331/TB-SNgV', 'quang-ngai-331-tb-sngv-2021', []], // notice of the Sở
    ['1956/QĐ-UBND', 'quang-ngai-1956-qd-ubnd-2020', []], // list item
    ['06/2021/QĐ-UBND', 'quang-ngai-06-2021-qd-ubnd-2021', []], // repeals 35/2014
    ['35/2014/QĐ-UBND', 'quang-ngai-35-2014-qd-ubnd-2014', []], // repealed — and the text says so
    ['541/QĐ-UBND', 'quang-ngai-541-qd-ubnd-2021', []], // "của Chủ tịch UBND tỉnh"
    ['17/2021/QĐ-UBND', 'quang-ngai-17-2021-qd-ubnd-2021', []], // repeals 05/2007
    ['05/2007/QĐ-UBND', 'quang-ngai-05-2007-qd-ubnd-2007', []], // repealed — and the text says so
    ['22-NQ/TW', '22-nq-tw', []], // in force in 2021
    ['31/NQ-CP', '31-nq-cp', []], // Government programme
    ['22-NQ/TW', '22-nq-tw', []], // inside 31/NQ-CP's title
    ['45-CTr/TU', 'quang-ngai-45-ctr-tu-2013', []], // "Chương trình hành động số"
    ['22-NQ/TW', '22-nq-tw', []], // again
    ['590/QĐ-UBND', 'quang-ngai-590-qd-ubnd-2014', []], // provincial decision
    ['49/SNgV-HTQT', 'quang-ngai-49-sngv-htqt-2021', []], // footnote 2
    ['730/QĐ-UBND', 'quang-ngai-730-qd-ubnd-2021', []], // footnote 3
    ['45-CT/TW', '45-ct-tw', []], // Politburo directive
    ['36-NQ/TW', '36-nq-tw', []], // "của Bộ Chính trị khóa IX"
    ['272-QĐ/TW', '272-qd-tw', []], // again, full
  ],
  // Bình Định, Sở Giao thông vận tải, 11/2019
  '004_3f49b26509540290.txt': [
    ['887/STTTT-TTBCXB', 'binh-dinh-887-stttt-ttbcxb-2019', []], // the request
    ['368/QĐ-TTg', '368-qd-ttg', []], // Prime Minister's decision
    ['66/2017/QĐ-UBND', 'binh-dinh-66-2017-qd-ubnd-2017', []], // provincial regulation
    ['1031/QĐ-UBND', 'binh-dinh-1031-qd-ubnd-2019', []], // provincial decision
    ['04/Ctr-BCĐ', 'binh-dinh-04-ctr-bcd-2019', []], // steering committee programme, as the catalogue records it
    ['368/QĐ-TTg', '368-qd-ttg', []], // section 4 repeats section 1
    ['66/2017/QĐ-UBND', 'binh-dinh-66-2017-qd-ubnd-2017', []], // repeat
    ['1031/QĐ-UBND', 'binh-dinh-1031-qd-ubnd-2019', []], // repeat
    ['04/Ctr-BCĐ', 'binh-dinh-04-ctr-bcd-2019', []], // repeat
  ],
};

describe('seed reports against the catalogue', () => {
  // Reports added from Word files (npm run add-report) have no seed.
  const reports = content.reports.filter((r): r is typeof r & { seed: string } => r.seed !== undefined).sort((a, b) => a.seed.localeCompare(b.seed));

  it('covers the five seeds', () => {
    expect(reports.map((r) => r.seed)).toEqual(Object.keys(expected));
  });

  it.each(reports.map((r) => [r.seed, r] as const))('%s', (seed, report) => {
    const text = readFileSync(join(seeds, seed), 'utf8');
    const citations = citeText(text, index, { province: report.province, asOf: endOfPeriod(report.date) });
    const rows: Row[] = citations.map((c) => [c.symbol?.written ?? c.label?.written ?? c.text, c.resolution?.id ?? null, c.problems.map((p) => p.code)]);
    expect(rows).toEqual(expected[seed]);
  });

  it('tells a draft written today that Nghị định 80/2020/NĐ-CP was replaced', () => {
    const text = readFileSync(join(seeds, '001_128ea849c527b4f7.txt'), 'utf8');
    const citations = citeText(text, index, { province: 'Quảng Ngãi', asOf: '2026-11-29' });
    const decree = citations.find((c) => c.symbol?.written === '80/2020/NĐ-CP')!;
    expect(decree.problems.map((p) => p.code)).toEqual(['wrong-title', 'replaced']);
    // One suggestion per citation: the corrected title of the decree the writer meant; the successor is named
    // in the message, not offered as a second "Nên viết".
    expect(decree.problems[0].suggestion).toMatch(/^về quản lý và sử dụng viện trợ không hoàn lại không thuộc/);
    expect(decree.problems[1].suggestion).toBe('');
    expect(decree.problems[1].message).toContain('nay đã được thay thế bởi Nghị định 313/2025/NĐ-CP từ ngày 08/12/2025');
  });
});
