import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/catalogue/content.ts';
import { documentRecord, FILTERS, foldedKeys, reportRecord } from '../../../src/lib/search/record.ts';

const { documents, reports } = loadContent();
const doc = (id: string) => documents.find((d) => d.id === id)!;

describe('the Pagefind record of a document', () => {
  const record = documentRecord(doc('80-2020-nd-cp'), 'bi-thay-the');

  it('has every filter of the contract, from schema fields', () => {
    expect(record.filters).toEqual({
      'Loại': ['Văn bản'],
      'Loại văn bản': ['Nghị định'],
      'Hệ thống': ['Nhà nước'],
      'Cấp': ['Trung ương'],
      'Cơ quan ban hành': ['Chính phủ'],
      'Năm': ['2020'],
      'Tình trạng hiệu lực': ['Bị thay thế'],
    });
    expect(Object.keys(record.filters).every((name) => FILTERS.some((f) => f.name === name))).toBe(true);
  });

  it('gives meta for the result and a YYYY-MM-DD sort key', () => {
    expect(record.meta).toMatchObject({ symbol: '80/2020/NĐ-CP', date: '2020-07-08', type: 'Nghị định' });
    expect(record.meta.title).toMatch(/^Nghị định 80\/2020\/NĐ-CP: Quản lý và sử dụng viện trợ/);
    expect(record.sort).toEqual({ date: '2020-07-08' });
  });

  it('carries the đ-folded spellings Pagefind cannot derive', () => {
    expect(record.meta.keys).toContain('80/2020/ND-CP');
    expect(record.meta.keys).toContain('Nghi dinh 80/2020/ND-CP');
    expect(record.meta.keys).toContain('ND 80');
    expect(record.meta.keys).not.toMatch(/[đĐ]/);
    expect(record.meta.keys).not.toMatch(/[\u0300-\u036f]/);
  });

  it('files local Party documents under Đảng, with province', () => {
    const local = documentRecord(doc('bac-giang-22-kh-tu-2012'), 'chua-xac-dinh');
    expect(local.filters).toMatchObject({ 'Hệ thống': ['Đảng'], 'Cấp': ['Tỉnh'], 'Tỉnh': ['Bắc Giang'] });
    expect(local.meta.keys).toContain('Tinh uy Bac Giang');
  });
});

describe('the Pagefind record of a report', () => {
  it('says it is a report', () => {
    const record = reportRecord(reports.find((r) => r.id === 'quang-ngai-binh-son-2023')!);
    expect(record.filters).toEqual({ 'Loại': ['Báo cáo'], 'Tỉnh': ['Quảng Ngãi'], 'Năm': ['2023'] });
    expect(record.meta.type).toBe('Báo cáo');
    expect(record.meta.detail).toContain('UBND huyện Bình Sơn');
  });
});

describe('foldedKeys', () => {
  it('folds, collapses white space and drops repeats', () => {
    expect(foldedKeys(['Đảng  ủy', '', 'Dang uy', 'NĐ-CP'])).toBe('Dang uy · ND-CP');
  });
});
