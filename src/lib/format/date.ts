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
