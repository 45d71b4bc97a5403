import type { CatalogueReport } from '../catalogue/model.ts';
import { formatDateLongVn } from './date.ts';

/** "UBND huyện Bình Sơn (Quảng Ngãi), năm 2023" — enough to tell reports apart in a list. */
export function reportLabel(report: Pick<CatalogueReport, 'reportingBody' | 'province' | 'district' | 'date'>): string {
  const place = report.reportingBody.includes(report.province) ? '' : ` (${report.province})`;
  return `${report.reportingBody}${place}, ${formatDateLongVn(report.date)}`;
}

/** The date line as the report prints it, with blanks where the original leaves them. */
export function reportDateText(date: string): string {
  return date.length === 10 ? formatDateLongVn(date) : `${formatDateLongVn(date)} (văn bản để trống ${date.length === 4 ? 'ngày, tháng' : 'ngày'})`;
}

/** "huyện Bình Sơn, tỉnh Quảng Ngãi", or "tỉnh Quảng Ngãi". */
export function reportPlace(report: Pick<CatalogueReport, 'district' | 'province'>): string {
  return [report.district && `huyện ${report.district}`, `tỉnh ${report.province}`].filter(Boolean).join(', ');
}
