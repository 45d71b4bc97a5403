import { describe, expect, it } from 'vitest';
import { findCycles, validateContent } from '../../../src/lib/catalogue/validate.ts';
import { docEntry, reportEntry } from '../../fixtures/entries.ts';

const nq36 = docEntry('36-nq-tw');
const ct45 = docEntry('45-ct-tw', { symbol: '45-CT/TW', type: 'Chỉ thị', issuedOn: '2015-05-19', implements: ['36-nq-tw'] });

function issuesOf(docs = [nq36, ct45], reports = [reportEntry('bao-cao', { reportsOn: ['36-nq-tw'] })]) {
  return validateContent(docs, reports).issues;
}

describe('validateContent', () => {
  it('accepts a valid catalogue and report', () => {
    const { documents, reports, issues } = validateContent([nq36, ct45], [reportEntry('bao-cao')]);
    expect(issues).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['36-nq-tw', '45-ct-tw']);
    expect(documents[1].implements).toEqual([{ collection: 'documents', id: '36-nq-tw' }]);
    expect(reports[0].body).toContain('36-NQ/TW');
  });

  it('names file and field of a missing field', () => {
    const broken = docEntry('36-nq-tw', { issuer: undefined });
    expect(issuesOf([broken])).toContainEqual(expect.objectContaining({ file: 'content/documents/36-nq-tw.md', field: 'issuer' }));
  });

  it('names file and field of a malformed date', () => {
    const [issue] = issuesOf([docEntry('36-nq-tw', { issuedOn: '26/03/2004' })], []);
    expect(issue).toMatchObject({ field: 'issuedOn', message: expect.stringContaining('YYYY-MM-DD') });
  });

  it('rejects a date that does not exist', () => {
    expect(issuesOf([docEntry('36-nq-tw', { issuedOn: '2004-02-30' })], [])[0].message).toMatch(/không tồn tại/);
  });

  it('rejects a local document without its province', () => {
    const local = docEntry('x', { symbol: '92/KH-UBND', type: 'Kế hoạch', level: 'tinh', system: 'nha-nuoc' });
    expect(issuesOf([local], [])).toContainEqual(expect.objectContaining({ field: 'province' }));
  });

  it('rejects an unknown relation target', () => {
    const dangling = docEntry('45-ct-tw', { symbol: '45-CT/TW', issuedOn: '2015-05-19', implements: ['99-nq-tw'] });
    expect(issuesOf([nq36, dangling], [])).toEqual([
      { file: 'content/documents/45-ct-tw.md', field: 'implements', message: expect.stringContaining('"99-nq-tw"') },
    ]);
  });

  it('rejects an unknown target in a report', () => {
    expect(issuesOf([nq36, ct45], [reportEntry('bao-cao', { reportsOn: ['27-nq-cp'] })])).toEqual([
      { file: 'content/reports/bao-cao.md', field: 'reportsOn', message: expect.stringContaining('"27-nq-cp"') },
    ]);
  });

  it('rejects two documents with the same identity', () => {
    const twin = { ...docEntry('36-nq-tw'), id: '36-nq-tw-copy', file: 'content/documents/36-nq-tw-copy.md' };
    const messages = issuesOf([nq36, twin], []).map((i) => i.message);
    expect(messages.some((m) => m.includes('trùng định danh'))).toBe(true);
  });

  it('rejects a file name that breaks the id rule', () => {
    const local = docEntry('92-kh-ubnd', { symbol: '92/KH-UBND', type: 'Kế hoạch', level: 'tinh', system: 'nha-nuoc', province: 'Quảng Ngãi', issuedOn: '2022-06-03' });
    expect(issuesOf([local], [])[0].message).toContain('quang-ngai-92-kh-ubnd-2022');
  });

  it('rejects a cycle in implements', () => {
    const a = docEntry('36-nq-tw', { implements: ['45-ct-tw'], issuedOn: '2015-05-19' });
    const b = docEntry('45-ct-tw', { symbol: '45-CT/TW', issuedOn: '2015-05-19', implements: ['36-nq-tw'] });
    expect(issuesOf([a, b], []).find((i) => i.message.includes('vòng tròn'))?.message).toContain('36-nq-tw → 45-ct-tw → 36-nq-tw');
  });

  it('rejects a cycle in replaces', () => {
    const a = docEntry('36-nq-tw', { replaces: ['45-ct-tw'] });
    const b = docEntry('45-ct-tw', { symbol: '45-CT/TW', issuedOn: '2015-05-19', replaces: ['36-nq-tw'] });
    expect(issuesOf([a, b], []).some((i) => i.field === 'replaces' && i.message.includes('vòng tròn'))).toBe(true);
  });

  it('rejects implementing a document issued later', () => {
    const early = docEntry('45-ct-tw', { symbol: '45-CT/TW', issuedOn: '2001-01-01', implements: ['36-nq-tw'] });
    expect(issuesOf([nq36, early], [])).toEqual([
      expect.objectContaining({ field: 'implements', message: expect.stringContaining('36-NQ/TW (2004-03-26)') }),
    ]);
  });
});

describe('findCycles', () => {
  it('reports each cycle once and ignores acyclic branches', () => {
    const edges = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(findCycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
