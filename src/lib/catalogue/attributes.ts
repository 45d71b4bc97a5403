import { issuerWithTerm } from '../format/citation.ts';
import { formatDateVn } from '../format/date.ts';
import { reportDateText, reportPlace } from '../format/report.ts';
import type { FactField } from '../schema/vocabulary.ts';
import { LEVELS, SYSTEMS } from '../schema/vocabulary.ts';
import type { CatalogueDocument, CatalogueReport } from './model.ts';
import { statusLine, type DocumentStatus } from './document-status.ts';

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
export function attributeRows(doc: CatalogueDocument, status: DocumentStatus): AttributeRow[] {
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
    // "Chưa xác định" already says we do not know: no "chưa xác minh" after it.
    { ...row('Tình trạng', statusLine(status), 'status'), ...(status.standing === 'chua-xac-dinh' ? { unconfirmed: false } : {}) },
    row('Hệ thống', SYSTEMS[doc.system]),
    row('Cấp ban hành', levelText(doc)),
  ];
}

/** "Trung ương", "Tỉnh Quảng Ngãi", "Huyện Bình Sơn, tỉnh Quảng Ngãi": the level named once, with its place. */
export function levelText(doc: Pick<CatalogueDocument, 'level' | 'province' | 'district'>): string {
  if (doc.level === 'huyen' && doc.district) return `Huyện ${doc.district}${doc.province ? `, tỉnh ${doc.province}` : ''}`;
  if (doc.level === 'tinh' && doc.province) return `Tỉnh ${doc.province}`;
  return LEVELS[doc.level];
}

/** A report's attribute table; rows the report does not state say "Không ghi". */
export function reportRows(report: CatalogueReport): AttributeRow[] {
  const row = (label: string, value: string | undefined): AttributeRow => ({ label, value: value ?? 'Không ghi', unconfirmed: false });
  return [
    row('Số hiệu', report.symbol ? `${report.symbol} (bản gốc để trống số)` : undefined),
    row('Cơ quan báo cáo', report.reportingBody),
    row('Địa phương', reportPlace(report)),
    row('Ngày', reportDateText(report.date)),
    row('Kỳ báo cáo', report.period),
    row('Thực hiện theo', report.respondsTo),
    row('Người ký', report.signer && `${report.signer}${report.signerTitle ? ` (${report.signerTitle})` : ''}`),
  ];
}
