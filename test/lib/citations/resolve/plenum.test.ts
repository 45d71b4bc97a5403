/**
 * Party resolutions named by their plenum (issue 11): "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị
 * lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI". Found whatever the wording; resolved only when the text's
 * trích yếu singles out one entry whose own name states that plenum; otherwise reported as unknown, with the
 * catalogue's resolutions of that plenum as near — never linked to a sibling (Hội nghị Trung ương 4 khóa XII
 * adopted Nghị quyết 04-, 05- and 06-NQ/TW; the catalogue holds 06 only).
 */
import { describe, expect, it } from 'vitest';
import { citeText } from '../../../../src/lib/citations/index.ts';
import { catalogue, doc } from '../fixtures.ts';

/** As content/documents/06-nq-tw.md and 18-nq-tw.md: the aliases state the plenum. */
const plenums = [
  ...catalogue,
  doc({
    symbol: '06-NQ/TW',
    issuer: 'Ban Chấp hành Trung ương',
    term: 'XII',
    issuedOn: '2016-11-05',
    title: 'Về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế, giữ vững ổn định chính trị - xã hội trong bối cảnh nước ta tham gia các hiệp định thương mại tự do thế hệ mới',
    aliases: ['Nghị quyết Trung ương 4 khóa XII về hội nhập kinh tế quốc tế'],
  }),
  doc({
    symbol: '18-NQ/TW',
    issuer: 'Ban Chấp hành Trung ương',
    term: 'XII',
    issuedOn: '2017-10-25',
    title: 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
    aliases: ['Nghị quyết Trung ương 6 khóa XII về tổ chức bộ máy'],
  }),
];

/** Each citation: its text, kind, plenum ("4 XII"), the id it resolved to or its outcome and near entries. */
function cite(text: string) {
  return citeText(text, plenums, { asOf: '2026-01-01' }).map((c) => ({
    text: c.text,
    kind: c.kind,
    ...(c.kind === 'plenum' && { plenum: `${c.label.plenum} ${c.label.term ?? '–'}` }),
    ...(c.resolution.outcome === 'resolved' ? { resolved: c.resolution.id } : { outcome: c.resolution.outcome }),
    ...(c.resolution.outcome === 'unknown' && { near: c.resolution.near }),
  }));
}

describe('resolutions named by their plenum', () => {
  it.each([
    // the alias's subject after the plenum: the one resolution of Trung ương 4 khóa XII in the catalogue
    [
      'Nghị quyết Trung ương 4 khóa XII về hội nhập kinh tế quốc tế',
      [{ text: 'Nghị quyết Trung ương 4 khóa XII', kind: 'plenum', plenum: '4 XII', resolved: '06-nq-tw' }],
    ],
    // the catalogue's own title, shortened as texts do, singles it out as well
    ['Nghị quyết Trung ương 4 khóa XII về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế', [{ plenum: '4 XII', resolved: '06-nq-tw' }]],
    // the plenum alone: it adopted three resolutions, so found, unknown, the catalogue's one as near
    ['Nghị quyết Trung ương 4 khóa XII đã chỉ rõ', [{ text: 'Nghị quyết Trung ương 4 khóa XII', plenum: '4 XII', outcome: 'unknown', near: ['06-nq-tw'] }]],
    // another resolution of the same plenum (04-NQ/TW, which the catalogue lacks): never linked to 06
    ['Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng', [{ plenum: '4 XII', outcome: 'unknown', near: ['06-nq-tw'] }]],
    // "Hội nghị" before "Trung ương"; khóa X has no plenum 6 in the catalogue (18-NQ/TW is khóa XII): not near either
    ['Nghị quyết Hội nghị Trung ương 6 khóa X', [{ text: 'Nghị quyết Hội nghị Trung ương 6 khóa X', plenum: '6 X', outcome: 'unknown', near: [] }]],
    // the formal wording, the number in ordinal words ("lần thứ tám" → 8)
    [
      'Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI về Chiến lược bảo vệ Tổ quốc',
      [{ text: 'Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI', plenum: '8 XI', outcome: 'unknown' }],
    ],
    // the committee before the number, the khóa in parentheses
    ['Nghị quyết Hội nghị Ban Chấp hành Trung ương Đảng lần thứ bảy (khóa X)', [{ text: 'Nghị quyết Hội nghị Ban Chấp hành Trung ương Đảng lần thứ bảy (khóa X)', plenum: '7 X' }]],
    // the khóa in parentheses, right after the number
    ['Nghị quyết Trung ương 8 (khóa XI) về giáo dục', [{ text: 'Nghị quyết Trung ương 8 (khóa XI)', plenum: '8 XI' }]],
    // "mười hai": compound ordinal words
    ['Nghị quyết Hội nghị Trung ương lần thứ mười hai khóa XII', [{ plenum: '12 XII' }]],
    // an Arabic khóa is the Roman one of the catalogue
    ['Nghị quyết Trung ương 6 khóa 12 về sắp xếp tổ chức bộ máy', [{ plenum: '6 XII', resolved: '18-nq-tw' }]],
    // "nhiệm kỳ 2016-2021" after the khóa restates it: read past, not a date or a symbol, and the subject still follows
    [
      'Nghị quyết Trung ương 6 khóa XII nhiệm kỳ 2016-2021 về tổ chức bộ máy',
      [{ text: 'Nghị quyết Trung ương 6 khóa XII nhiệm kỳ 2016-2021', kind: 'plenum', plenum: '6 XII', resolved: '18-nq-tw' }],
    ],
    // a year that is not the plenum's: not linked, though the subject agrees
    ['Nghị quyết Trung ương 6 khóa XII năm 2019 về tổ chức bộ máy', [{ plenum: '6 XII', outcome: 'unknown' }]],
    // without its khóa a number names one plenum of every term: found, never resolved
    ['Nghị quyết Trung ương 4 về hội nhập kinh tế quốc tế', [{ plenum: '4 –', outcome: 'unknown', near: ['06-nq-tw'] }]],
    // "NQ" in capitals and "TW" run together with the number
    ['NQ TW4 khóa XII về hội nhập kinh tế quốc tế', [{ text: 'NQ TW4 khóa XII', plenum: '4 XII', resolved: '06-nq-tw' }]],
    // the plenum followed by its symbol is one citation, resolved by the symbol
    ['Nghị quyết Trung ương 6 khóa XII số 18-NQ/TW ngày 25/10/2017', [{ text: 'Nghị quyết Trung ương 6 khóa XII số 18-NQ/TW ngày 25/10/2017', kind: 'full', resolved: '18-nq-tw' }]],
    // defined as a short form of a cited symbol, the plenum's name then means that document
    [
      'Nghị quyết số 06-NQ/TW ngày 05/11/2016 (sau đây gọi tắt là Nghị quyết Trung ương 4). Thực hiện Nghị quyết Trung ương 4, tỉnh',
      [{ kind: 'full', resolved: '06-nq-tw' }, { text: 'Nghị quyết Trung ương 4', kind: 'short-form', resolved: '06-nq-tw' }],
    ],
  ])('%s', (text, expected) => expect(cite(text)).toMatchObject(expected));

  it.each([
    // the meeting itself is an event, not a document: a plenum adopts several, so its name cites none
    ['phát biểu tại Hội nghị Trung ương 4 khóa XII'],
    // "Kết luận Hội nghị Trung ương 14" is as often the closing speech as a document
    ['nghe Kết luận Hội nghị Trung ương 14 khóa XIII'],
    // resolutions of the Centre in general, no plenum named
    ['quán triệt các nghị quyết của Trung ương Đảng'],
    // a provincial committee's plenum
    ['Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XIX'],
    // the Central Committee of the Youth Union numbers its plenums too
    ['Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đoàn khóa XI'],
    // "Hội nghị lần thứ 8" without any committee may be any body's meeting
    ['Nghị quyết Hội nghị lần thứ 8 đã đề ra'],
  ])('%s cites nothing', (text) => expect(cite(text)).toEqual([]));

  it('asks for the symbol when the plenum adopted several resolutions', () => {
    const [c] = citeText('Nghị quyết Trung ương 4 khóa XII', plenums, { asOf: '2026-01-01' });
    expect(c.problems.map((p) => p.code)).toEqual(['unknown-document']);
    expect(c.problems[0].message).toContain('một hội nghị Trung ương thường ban hành nhiều nghị quyết');
    expect(c.problems[0].message).toContain('Nghị quyết 06-NQ/TW');
  });
});
