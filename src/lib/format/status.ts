import type { StatusCode } from '../catalogue/status.ts';

/**
 * How a list, a search result or a badge names a document's standing: the computed status code
 * (catalogue/status.ts) refined by the stored code, so that a Party document still being carried out reads
 * "Đang được thực hiện" and a replaced one "Bị thay thế". The slugs are URL filter values and CSS hooks;
 * the labels are shown. Small and browser-safe: the search scripts map table rows to labels with it.
 */
export const STANDINGS = {
  'con-hieu-luc': 'Còn hiệu lực',
  'dang-thuc-hien': 'Đang được thực hiện',
  'chua-co-hieu-luc': 'Chưa có hiệu lực',
  'bi-thay-the': 'Bị thay thế',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-xac-dinh': 'Chưa xác định',
} as const;
export type Standing = keyof typeof STANDINGS;
export const STANDING_VALUES = Object.keys(STANDINGS) as Standing[];

/** The standing for a computed code and the catalogue's stored status code. */
export function standingOf(code: StatusCode, stored: string | undefined): Standing {
  switch (code) {
    case 'in-force':
      return stored === 'dang-thuc-hien' ? 'dang-thuc-hien' : 'con-hieu-luc';
    case 'not-yet':
      return 'chua-co-hieu-luc';
    case 'replaced':
      return 'bi-thay-the';
    case 'repealed':
    case 'expired':
      return 'het-hieu-luc';
    default:
      // Stored "het-hieu-luc" without a date: ended, we only cannot say since when.
      return stored === 'het-hieu-luc' ? 'het-hieu-luc' : 'chua-xac-dinh';
  }
}

/** True for the standings a reader may still cite as in force. */
export function inForce(standing: Standing): boolean {
  return standing === 'con-hieu-luc' || standing === 'dang-thuc-hien';
}

/** The standing a label names (Pagefind hands filter values back as labels), or undefined. */
export function standingFromLabel(label: string | undefined): Standing | undefined {
  return STANDING_VALUES.find((s) => STANDINGS[s] === label);
}
