import type { CatalogueDocument, CatalogueReport } from '../catalogue/model.ts';
import { documentLabel } from '../format/citation.ts';
import { asciiFold } from '../format/slug.ts';
import { LEVELS, STATUSES, SYSTEMS } from '../schema/vocabulary.ts';

/**
 * What a page tells Pagefind (the markup contract, emitted by layouts/Entry.astro only): filters, meta,
 * sort keys, and extra text to index. Pagefind folds most diacritics but not đ/Đ (they don't decompose),
 * so the ASCII-folded forms of the symbol, title and aliases are indexed too.
 */
export interface SearchRecord {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
  /** Indexed but not shown: folded spellings people type ("nghi dinh 80", "ND-CP"). */
  extraText: string;
}

export function documentRecord(doc: CatalogueDocument, statusText: string): SearchRecord {
  const spelled = [doc.symbol, doc.title ?? '', ...doc.aliases, `${doc.type} ${doc.symbol}`];
  return {
    filters: {
      'Loại': ['Văn bản', doc.type],
      'Loại văn bản': [doc.type],
      'Hệ thống': [SYSTEMS[doc.system]],
      'Cấp': [LEVELS[doc.level]],
      'Cơ quan ban hành': [doc.issuer],
      'Năm': [doc.issuedOn.slice(0, 4)],
      ...(doc.province ? { 'Tỉnh': [doc.province] } : {}),
      'Tình trạng': [statusText.startsWith('Hết hiệu lực') ? STATUSES['het-hieu-luc'] : STATUSES[doc.status.code]],
    },
    meta: { title: documentLabel(doc), symbol: doc.symbol, date: doc.issuedOn, type: doc.type },
    sort: { date: doc.issuedOn },
    extraText: [...new Set(spelled.map(asciiFold))].join(' · '),
  };
}

export function reportRecord(report: CatalogueReport): SearchRecord {
  return {
    filters: { 'Loại': ['Báo cáo'], 'Tỉnh': [report.province], 'Năm': [report.date.slice(0, 4)] },
    meta: { title: report.title, date: report.date, type: 'Báo cáo' },
    sort: { date: report.date },
    extraText: asciiFold(`${report.title} ${report.reportingBody}`),
  };
}
