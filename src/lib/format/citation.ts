import type { CatalogueDocument } from '../catalogue/model.ts';
import { formatDateVn } from './date.ts';

type Citable = Pick<CatalogueDocument, 'type' | 'symbol' | 'issuedOn' | 'issuer' | 'term' | 'title'>;

/** Titles that already read as a clause after the issuer keep their own verb; others take "về". */
const CLAUSE_START = /^(Về|Ban hành|Phê duyệt|Quy định|Sửa đổi|Bãi bỏ|Kế hoạch thực hiện)(?=\s)/u;

/**
 * First mention, in the conventional form (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * "Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị khóa IX về công tác …".
 * Laws are named by their title: "Luật Cư trú số 68/2020/QH14 ngày 13/11/2020".
 */
export function fullCitation(doc: Citable): string {
  const date = formatDateVn(doc.issuedOn);
  if (doc.type === 'Luật') return `${doc.title ?? 'Luật'} số ${doc.symbol} ngày ${date}`;
  const issuer = doc.term ? `${doc.issuer} khóa ${doc.term}` : doc.issuer;
  const about = doc.title ? ` ${aboutClause(doc.title)}` : '';
  return `${doc.type} số ${doc.symbol} ngày ${date} của ${issuer}${about}`;
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

function aboutClause(title: string): string {
  const lowered = title.charAt(0).toLowerCase() + title.slice(1);
  return CLAUSE_START.test(title) ? lowered : `về ${lowered}`;
}
