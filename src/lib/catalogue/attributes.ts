import { issuerWithTerm } from '../format/citation.ts';
import { formatDateVn } from '../format/date.ts';
import type { FactField } from '../schema/vocabulary.ts';
import { LEVELS, SYSTEMS } from '../schema/vocabulary.ts';
import type { CatalogueDocument } from './model.ts';

export interface AttributeRow {
  label: string;
  value: string;
  /** True when the value rests on best knowledge, not on a public source (shown as "chưa xác minh"). */
  unconfirmed: boolean;
}

/**
 * The attribute table as staff know it from legal databases (Số hiệu, Loại văn bản, Cơ quan ban hành,
 * Người ký, Ngày ban hành, Ngày hiệu lực, Tình trạng); rows without a value say "Chưa có thông tin".
 */
export function attributeRows(doc: CatalogueDocument, statusText: string): AttributeRow[] {
  const row = (label: string, value: string | undefined, field?: FactField): AttributeRow => ({
    label,
    value: value ?? 'Chưa có thông tin',
    unconfirmed: !!value && !!field && doc.confirmed[field] !== true,
  });
  const type = doc.typeNote ? `${doc.type} (${doc.typeNote})` : doc.type;
  return [
    row('Số hiệu', doc.symbol, 'symbol'),
    row('Loại văn bản', type, 'type'),
    row('Cơ quan ban hành', issuerWithTerm(doc), 'issuer'),
    row('Người ký', doc.signer, 'signer'),
    row('Ngày ban hành', formatDateVn(doc.issuedOn), 'issuedOn'),
    row('Ngày hiệu lực', doc.effectiveFrom && formatDateVn(doc.effectiveFrom), 'effectiveFrom'),
    row('Tình trạng', statusText, 'status'),
    row('Hệ thống', SYSTEMS[doc.system]),
    row('Cấp ban hành', [LEVELS[doc.level], doc.district && `huyện ${doc.district}`, doc.province && `tỉnh ${doc.province}`].filter(Boolean).join(', ')),
  ];
}
