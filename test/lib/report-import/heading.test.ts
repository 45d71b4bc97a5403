import { describe, expect, it } from 'vitest';
import { districtIn, placeAndDate, provinceIn, sentenceCase, symbolOf } from '../../../src/lib/report-import/heading.ts';
import { periodOf, readReport } from '../../../src/lib/report-import/metadata.ts';
import { reportSlug } from '../../../src/lib/report-import/slug.ts';

describe('reading a report heading', () => {
  it.each([
    // a department: its field takes a capital
    ['SỞ NỘI VỤ', 'Sở Nội vụ'],
    ['SỞ GIAO THÔNG VẬN TẢI', 'Sở Giao thông vận tải'],
    // a district people's committee: "UBND" stays, the place name takes capitals
    ['UBND HUYỆN BÌNH SƠN', 'UBND huyện Bình Sơn'],
    ['ỦY BAN NHÂN DÂN HUYỆN VĂN QUAN', 'Ủy ban nhân dân huyện Văn Quan'],
    // signature titles
    ['KT. GIÁM ĐỐC', 'KT. Giám đốc'],
    ['PHÓ CHỦ TỊCH', 'Phó Chủ tịch'],
    ['TM. ỦY BAN NHÂN DÂN', 'TM. Ủy ban nhân dân'],
    // a line not in capitals is kept as written
    ['Sở Ngoại vụ', 'Sở Ngoại vụ'],
  ])('sentenceCase(%j) = %j', (line, expected) => expect(sentenceCase(line)).toBe(expected));

  it.each([
    // day and month left blank, as many drafts leave them
    ['Bắc Giang, ngày   tháng 5 năm 2021', { place: 'Bắc Giang', date: '2021-05' }],
    ['Bình Sơn, ngày tháng năm 2023', { place: 'Bình Sơn', date: '2023' }],
    ['Quảng Ngãi, ngày 5 tháng 12 năm 2023', { place: 'Quảng Ngãi', date: '2023-12-05' }],
    // not a place-and-date line
    ['Độc lập - Tự do - Hạnh phúc', undefined],
  ])('placeAndDate(%j)', (line, expected) => expect(placeAndDate(line)).toEqual(expected));

  it.each([
    ['Số: /BC-SNV', '/BC-SNV'],
    ['Số:  12 / BC-UBND', '12/BC-UBND'],
    ['Sở Nội vụ', undefined],
  ])('symbolOf(%j)', (line, expected) => expect(symbolOf(line)).toBe(expected));

  it.each([
    ['UBND TỈNH BẮC GIANG', 'Bắc Giang', undefined],
    ['UBND HUYỆN BÌNH SƠN', undefined, 'Bình Sơn'],
    // the city of Huế, as the 34-unit list names it
    ['UBND THÀNH PHỐ HUẾ', 'Huế', undefined],
    ['SỞ NỘI VỤ', undefined, undefined],
  ])('%j names province %j, district %j', (line, province, district) => {
    expect(provinceIn(line)).toBe(province);
    expect(districtIn(line)).toBe(district);
  });

  it.each([
    ['Sơ kết 05 năm thực hiện Nghị quyết số 27/NQ-CP giai đoạn 2016 - 2020', '2016–2020'],
    ['Tình hình công tác đối ngoại 6 tháng đầu năm 2024', '6 tháng đầu năm 2024'],
    // seed 002: the year is said once, after the second half
    ['Tình hình, kết quả công tác đối ngoại 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024', '6 tháng đầu năm 2024'],
    ['Kết quả hoạt động thông tin đối ngoại năm 2019', 'Năm 2019'],
    // no period in the title: left for the editor
    ['Kiểm điểm công tác chỉ đạo, điều hành', undefined],
  ])('periodOf(%j)', (title, expected) => expect(periodOf(title)).toBe(expected));

  it.each([
    [{ province: 'Bắc Giang', reportingBody: 'Sở Nội vụ tỉnh Bắc Giang', date: '2021-05' }, 'bac-giang-so-noi-vu-2021'],
    [{ province: 'Quảng Ngãi', reportingBody: 'UBND huyện Bình Sơn', district: 'Bình Sơn', date: '2023' }, 'quang-ngai-binh-son-2023'],
    // nothing to name it by: the Word file's name
    [{}, 'bao-cao-thang-5'],
  ])('reportSlug(%j) = %j', (fields, slug) => expect(reportSlug(fields, 'Báo cáo tháng 5.docx')).toBe(slug));
});

describe('readReport without an agency line (the seeds lost theirs)', () => {
  const block = (text: string) => ({ tag: 'p' as const, text, markdown: text });
  it.each([
    // seed 000: the body names itself as it receives the request; the province comes from the place line
    [['Số: /BC-SNV', 'Bắc Giang, ngày tháng 5 năm 2021', 'BÁO CÁO', 'Sơ kết 05 năm giai đoạn 2016 - 2020', 'Sở Nội vụ nhận được Công văn số 225/SNGV-TTr của Sở Ngoại vụ; Sở Nội vụ báo cáo như sau:'],
      { reportingBody: 'Sở Nội vụ tỉnh Bắc Giang', province: 'Bắc Giang', date: '2021-05', period: '2016–2020' }],
    // seed 002: the district names itself in the second paragraph
    [['BÁO CÁO', 'Tình hình công tác đối ngoại năm 2024', 'Thực hiện Công văn số 448/SNgV-LSHTQT của Sở Ngoại vụ.', 'UBND huyện Văn Quan báo cáo tình hình như sau:'],
      { reportingBody: 'UBND huyện Văn Quan', district: 'Văn Quan', period: 'Năm 2024' }],
  ])('%j', (lines, expected) => {
    const { fields } = readReport(lines.map(block), () => []);
    expect(fields).toMatchObject(expected);
  });
});
