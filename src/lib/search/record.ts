import type { CatalogueDocument, CatalogueReport } from '../catalogue/model.ts';
import { documentLabel } from '../format/citation.ts';
import { asciiFold } from '../text/fold.ts';
import { reportPlace } from '../format/report.ts';
import { STANDINGS, type Standing } from '../format/status.ts';
import { LEVELS, SYSTEMS, TOPICS } from '../schema/vocabulary.ts';

/*
 * What Pagefind 1.6 does with this markup — checked against a built index (a five-page probe site and
 * this site's dist/, queried through pagefind.js in headless Chromium), not taken on trust:
 *
 * - Diacritics: the query and the index are folded by NFD + dropping combining marks (pagefind.js
 *   `normalizeDiacritics`), so "nghi" finds "Nghị" and "vien tro" finds "viện trợ". `đ`/`Đ` (U+0111/U+0110)
 *   have no decomposition and survive: "Đảng" is indexed as "đang", "NĐ-CP" as "nđcp". So "nghi dinh",
 *   "dang", "ND-CP" found nothing on a page that only said "Nghị định", "Đảng", "NĐ-CP", and "nghị định"
 *   did not find a page that said "nghi dinh". Hence `keys` below: the đ→d folded spellings of the
 *   symbol, label, title, aliases, issuer, system and topics.
 * - Unmatched terms are not kept: a term found nowhere is shortened until some prefix matches ("dao" hit
 *   the single letter "D"), and a compound like "12-NQ/TW" is tried as "12nqtw" then as its parts "12",
 *   "nq", "tw"; every word matches prefixes ("80/2020" → "802020ndcp"). So "12-NQ/TW" returns 12-KL/TW
 *   and "80/2021/NĐ-CP" returns 80/2020/NĐ-CP, silently. Symbol-shaped queries are therefore checked
 *   against the exact table (exact-table.ts, /du-lieu/so-hieu-*.json) before Pagefind is trusted.
 * - Several words must all match (AND); a word may match in the body or in any meta field ("dang lanh"
 *   found a page with "dang" only in meta and "lãnh" only in the body).
 * - `data-pagefind-meta` is searchable (ranked by `ranking.metaWeights`, title ×5 by default) and is read
 *   even inside `data-pagefind-ignore` (default "index" mode); text inside that element is not indexed
 *   and so never lands in an excerpt. Filters inside it are read too. With `data-pagefind-ignore="all"`
 *   neither filters nor meta are read. So all filters/meta/sort sit in one hidden ignored block.
 * - The `hidden` attribute and visually-hidden CSS do not stop indexing: such text is indexed and shows
 *   up in excerpts (why the folded text is meta, not a hidden paragraph).
 * - Pages without `data-pagefind-body` are not indexed once any page has it (the search page, lists).
 */

/** Pagefind filter names as the search page shows them, and their short URL parameters. */
export const FILTERS = [
  { name: 'Loại', param: 'loai' },
  { name: 'Loại văn bản', param: 'loai-van-ban' },
  { name: 'Hệ thống', param: 'he-thong' },
  { name: 'Cấp', param: 'cap' },
  { name: 'Cơ quan ban hành', param: 'co-quan' },
  { name: 'Năm', param: 'nam' },
  { name: 'Tỉnh', param: 'tinh' },
  { name: 'Tình trạng hiệu lực', param: 'hieu-luc' },
] as const;
export type FilterName = (typeof FILTERS)[number]['name'];

/** Values of the `Loại` filter (and of the `type` meta of a report). */
export const KIND_DOCUMENT = 'Văn bản';
export const KIND_REPORT = 'Báo cáo';

/** Meta keys emitted for every page (`keys` is for matching only; the search UI never shows it). */
export interface SearchMeta {
  title: string;
  date: string;
  /** Loại văn bản of a document, or "Báo cáo". */
  type: string;
  symbol?: string;
  /** Summary of a document ("short orientation shown in lists and search results"). */
  summary?: string;
  /** Who reported, where and for which period (reports only). */
  detail?: string;
  /** Folded (đ→d, no marks) spellings people type; searchable, never shown. */
  keys: string;
}

/**
 * What a page tells Pagefind (the markup contract, emitted by layouts/Entry.astro only): filters, meta and
 * sort keys, all from schema fields.
 */
export interface SearchRecord {
  filters: Partial<Record<FilterName, string[]>>;
  meta: SearchMeta;
  sort: { date: string };
}

/** `standing`: the document's computed standing today (catalogue/document-status.ts), shown as its label. */
export function documentRecord(doc: CatalogueDocument, standing: Standing): SearchRecord {
  const label = documentLabel(doc);
  return {
    filters: {
      'Loại': [KIND_DOCUMENT],
      'Loại văn bản': [doc.type],
      'Hệ thống': [SYSTEMS[doc.system]],
      'Cấp': [LEVELS[doc.level]],
      'Cơ quan ban hành': [doc.issuer],
      'Năm': [doc.issuedOn.slice(0, 4)],
      ...(doc.province ? { 'Tỉnh': [doc.province] } : {}),
      'Tình trạng hiệu lực': [STANDINGS[standing]],
    },
    meta: {
      // As the page's h1 reads, so a word of the trích yếu weighs like a word of a report's title.
      title: doc.title ? `${label}: ${doc.title}` : label,
      date: doc.issuedOn,
      type: doc.type,
      symbol: doc.symbol,
      ...(doc.summary ? { summary: doc.summary } : {}),
      keys: foldedKeys([
        doc.symbol,
        label,
        doc.typeNote ? `${doc.type} ${doc.typeNote}` : '',
        doc.title ?? '',
        ...doc.aliases,
        doc.issuer,
        SYSTEMS[doc.system],
        ...doc.topics.map((t) => TOPICS[t]),
        doc.summary ?? '',
      ]),
    },
    sort: { date: doc.issuedOn },
  };
}

export function reportRecord(report: CatalogueReport): SearchRecord {
  const where = reportPlace(report);
  return {
    filters: { 'Loại': [KIND_REPORT], 'Tỉnh': [report.province], 'Năm': [report.date.slice(0, 4)] },
    meta: {
      title: report.title,
      date: report.date,
      type: KIND_REPORT,
      detail: `${report.reportingBody} (${where}), ${report.period.toLowerCase()}`,
      keys: foldedKeys([report.title, report.reportingBody, where, report.period]),
    },
    sort: { date: report.date },
  };
}

/** The folded phrases, each once, in order. Symbols stay whole so "80/2020" still prefix-matches. */
export function foldedKeys(phrases: string[]): string {
  return [...new Set(phrases.filter(Boolean).map((p) => asciiFold(p).replace(/\s+/g, ' ').trim()))].join(' · ');
}
