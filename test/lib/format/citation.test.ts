import { describe, expect, it } from 'vitest';
import { aboutClause, distinguishingLabel, fullCitation, issuerWithTerm, namedDocument, shortCitation } from '../../../src/lib/format/citation.ts';

type Doc = Parameters<typeof fullCitation>[0] & Parameters<typeof distinguishingLabel>[0];

const decree: Doc = { type: 'Nghị định', symbol: '80/2020/NĐ-CP', issuedOn: '2020-07-08', issuer: 'Chính phủ', title: 'Quản lý và sử dụng viện trợ' };
const resolution: Doc = { type: 'Nghị quyết', symbol: '36-NQ/TW', issuedOn: '2004-03-26', issuer: 'Bộ Chính trị', term: 'IX', title: 'Về công tác đối với người Việt Nam ở nước ngoài' };
const law: Doc = { type: 'Luật', symbol: '100/2025/QH15', issuedOn: '2025-11-26', issuer: 'Quốc hội', title: 'Luật Dẫn độ' };

describe('format/citation: the one home of citation wording', () => {
  it.each([
    // first mention: type, số, date, issuer with khóa, trích yếu keeping its own "Về"
    [fullCitation(resolution), 'Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị khóa IX về công tác đối với người Việt Nam ở nước ngoài'],
    // a title without a verb takes "về"
    [fullCitation(decree), 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về quản lý và sử dụng viện trợ'],
    // without the trích yếu (the checker's suggestions)
    [fullCitation(decree, false), 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ'],
    // a law by its title
    [fullCitation(law), 'Luật Dẫn độ số 100/2025/QH15 ngày 26/11/2025'],
    // later mentions
    [shortCitation(decree), 'Nghị định số 80/2020/NĐ-CP'],
    [shortCitation(law), 'Luật Dẫn độ năm 2025'],
    // the issuer with its khóa, and without when none is recorded
    [issuerWithTerm(resolution), 'Bộ Chính trị khóa IX'],
    [issuerWithTerm(decree), 'Chính phủ'],
    // a law named by title and number; other documents by type and number
    [namedDocument(law), 'Luật Dẫn độ (100/2025/QH15)'],
    [namedDocument(decree), 'Nghị định 80/2020/NĐ-CP'],
    // enough to tell documents of one number apart
    [distinguishingLabel(decree), 'Nghị định 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ'],
    // a writer who led with "về việc" keeps it
    [aboutClause('Quản lý viện trợ', 'về việc quản lý'), 'về việc quản lý viện trợ'],
    // a title that is already a clause keeps its verb
    [aboutClause('Ban hành Quy chế làm việc'), 'ban hành Quy chế làm việc'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});
