/**
 * How a document is cited: the one home of citation wording (Nghị định 30/2020/NĐ-CP, Phụ lục I). Pages, open
 * data, the citation checker's suggestions and messages all word a document through these functions.
 */
import type { CatalogueDocument } from '../catalogue/model.ts';
import { formatDateVn } from './date.ts';

type Citable = Pick<CatalogueDocument, 'type' | 'symbol' | 'issuedOn' | 'issuer' | 'term' | 'title'>;

/** "Bộ Chính trị khóa IX": the issuer with its khóa when the catalogue records one. */
export function issuerWithTerm(doc: Pick<CatalogueDocument, 'issuer' | 'term'>): string {
  return doc.term ? `${doc.issuer} khóa ${doc.term}` : doc.issuer;
}

/** Titles that already read as a clause after the issuer keep their own verb; others take "về". */
const CLAUSE_START = /^(về|ban hành|phê duyệt|quy định|sửa đổi|bãi bỏ|kế hoạch thực hiện)(?=\s)/iu;

/**
 * The trích yếu as it reads after the issuer: "về công tác …", "ban hành Quy chế …". A writer who led with
 * "về việc" keeps it.
 */
export function aboutClause(title: string, citedLead?: string): string {
  const lowered = title.charAt(0).toLowerCase() + title.slice(1);
  if (CLAUSE_START.test(title)) return lowered;
  return `${citedLead && /^về việc/i.test(citedLead) ? 'về việc' : 'về'} ${lowered}`;
}

/**
 * First mention, in the conventional form: "Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị khóa IX về
 * công tác …" (without the trích yếu when `withTitle` is false). Laws are named by their title: "Luật Cư trú
 * số 68/2020/QH14 ngày 13/11/2020".
 */
export function fullCitation(doc: Citable, withTitle = true): string {
  const date = formatDateVn(doc.issuedOn);
  if (doc.type === 'Luật') return `${doc.title ?? 'Luật'} số ${doc.symbol} ngày ${date}`;
  const about = withTitle && doc.title ? ` ${aboutClause(doc.title)}` : '';
  return `${doc.type} số ${doc.symbol} ngày ${date} của ${issuerWithTerm(doc)}${about}`;
}

/** Later mentions: type and số ký hiệu ("Nghị định số 80/2020/NĐ-CP"); a law by its name and year. */
export function shortCitation(doc: Citable): string {
  if (doc.type === 'Luật') return `${doc.title ?? 'Luật'} năm ${doc.issuedOn.slice(0, 4)}`;
  return `${doc.type} số ${doc.symbol}`;
}

/** A label for links and lists: "Nghị quyết 36-NQ/TW". */
export function documentLabel(doc: Pick<CatalogueDocument, 'type' | 'symbol'>): string {
  return `${doc.type} ${doc.symbol}`;
}

/** A document named so a reader knows it without its number: "Luật Dẫn độ (100/2025/QH15)", else its label. */
export function namedDocument(doc: Pick<CatalogueDocument, 'type' | 'symbol' | 'title'>): string {
  return doc.type === 'Luật' && doc.title ? `${doc.title} (${doc.symbol})` : documentLabel(doc);
}

/**
 * Enough to tell documents of one number or name apart: "Kế hoạch 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng
 * Ngãi", "Luật Quốc tịch Việt Nam (24/2008/QH12) ngày 13/11/2008 của Quốc hội".
 */
export function distinguishingLabel(doc: Pick<CatalogueDocument, 'type' | 'symbol' | 'issuedOn' | 'issuer' | 'title'>): string {
  return `${namedDocument(doc)} ngày ${formatDateVn(doc.issuedOn)} của ${doc.issuer}`;
}
