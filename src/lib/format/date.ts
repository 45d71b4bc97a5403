/**
 * Vietnamese administrative date forms (Nghị định 30/2020/NĐ-CP, Phụ lục I): a day below 10 and the
 * months 1 and 2 take a leading zero — "05/4/2016", "14/02/2012", "26/3/2004".
 */
export function formatDateVn(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = Number(m) <= 2 ? m : String(Number(m));
  return d ? `${d}/${month}/${y}` : `${month}/${y}`;
}

/** "ngày 26 tháng 3 năm 2004", or as much of it as a partial date gives ("tháng 5 năm 2021"). */
export function formatDateLongVn(iso: string): string {
  const [y, m, d] = iso.split('-');
  const parts = [d && `ngày ${d}`, m && `tháng ${Number(m) <= 2 ? m : Number(m)}`, `năm ${y}`];
  return parts.filter(Boolean).join(' ');
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * ISO date from its parts, or null when there is no such calendar day (31/02) or the year is implausible for
 * an administrative document. The one calendar check: content validation, the CLI and the citation finder.
 */
export function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!/^\d{4}$/.test(year) || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DAYS[m - 1])) return null;
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Whether `iso` (YYYY-MM-DD) is a real calendar day. */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-');
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isoDate(y, m, d) === iso;
}
