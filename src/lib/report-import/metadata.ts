/**
 * A report's frontmatter read from its own text (the blocks of its Word file): the heading gives the body,
 * province and district, number, place and date; the title after "BÁO CÁO" gives the period and the documents
 * it reports on; the opening sentence the request it answers; "Nơi nhận" the recipients and the signature.
 * What cannot be read is left out and named, never guessed: `npm run check:content` then asks for it.
 */
import { resolvedId, type CheckedCitation } from '../citations/index.ts';
import type { Block } from '../docx/blocks.ts';
import { districtIn, fold, isMotto, isUpperCase, placeAndDate, provinceIn, sentenceCase, symbolOf } from './heading.ts';

export interface ReportFields {
  title?: string;
  symbol?: string;
  reportingBody?: string;
  province?: string;
  district?: string;
  place?: string;
  date?: string;
  period?: string;
  respondsTo?: string;
  reportsOn?: string[];
  recipients?: string[];
  signer?: string;
  signerTitle?: string;
}

/** Fields worth asking for when they could not be read, with what to call them. */
export const FIELD_LABELS: Record<keyof ReportFields, string> = {
  title: 'title — trích yếu (bắt buộc)',
  symbol: 'symbol — số ký hiệu',
  reportingBody: 'reportingBody — cơ quan báo cáo (bắt buộc)',
  province: 'province — tỉnh (bắt buộc)',
  district: 'district — huyện',
  place: 'place — địa danh ở dòng ngày tháng',
  date: 'date — ngày báo cáo (bắt buộc)',
  period: 'period — kỳ báo cáo (bắt buộc)',
  respondsTo: 'respondsTo — văn bản yêu cầu báo cáo',
  reportsOn: 'reportsOn — văn bản được báo cáo (id trong danh mục)',
  recipients: 'recipients — nơi nhận',
  signer: 'signer — người ký',
  signerTitle: 'signerTitle — chức vụ người ký',
};

export interface ReadReport {
  fields: ReportFields;
  /** Field names that could not be read (district only for a district's report). */
  missing: (keyof ReportFields)[];
  /** The blocks of the body: after the title, before "Nơi nhận". */
  body: { from: number; to: number };
}

/** Finds and checks citations: the caller passes the engine with its catalogue; the report's province and date as far as read. */
export type Cite = (text: string, report: { province?: string; date?: string }) => CheckedCitation[];

const isTitleMarker = (b: Block) => fold(b.text) === 'bao cao';
const isRecipientsMarker = (b: Block) => /^noi nhan\b/.test(fold(b.text));
const OPENING = /^(thuc hien|theo|can cu|kinh gui)\b|\bnhan duoc\b/;

/** Where the title ends: at most three short blocks, before the first that reads as running text. */
function titleEnd(blocks: readonly Block[], from: number): number {
  let end = from;
  while (end < blocks.length && end - from < 3) {
    const t = blocks[end].text;
    if (OPENING.test(fold(t)) || /[.:;]$/.test(t) || t.length > 400) break;
    end++;
  }
  return end;
}

function headingFields(head: readonly Block[], fields: ReportFields): void {
  const agency: string[] = [];
  for (const { text } of head) {
    const symbol = symbolOf(text);
    const placeDate = placeAndDate(text);
    if (symbol) fields.symbol = symbol;
    else if (placeDate) {
      Object.assign(fields, placeDate);
      // "Bắc Giang, ngày …": a provincial body dates its report from the province's name.
      fields.province ??= provinceIn(`tỉnh ${placeDate.place}`);
    }
    else if (!isMotto(text) && isUpperCase(text) && /\p{L}{2}/u.test(text)) agency.push(text);
    fields.province ??= provinceIn(text);
    fields.district ??= districtIn(text);
  }
  const body = agency.at(-1);
  if (!body) return;
  const name = sentenceCase(body);
  // "Sở Nội vụ" under "UBND tỉnh Bắc Giang" is known by its province: "Sở Nội vụ tỉnh Bắc Giang".
  fields.reportingBody = fields.province && !provinceIn(body) && !districtIn(body) ? `${name} tỉnh ${fields.province}` : name;
}

/** A body that names itself in the opening: "Sở Nội vụ nhận được…", "…; Sở Giao thông vận tải (GTVT) báo cáo như sau". */
const SELF_NAMED = /(?:^|[;:.]\s*)((?:Sở|UBND|Ủy ban nhân dân|Ban|Phòng|Văn phòng)\s[^;:,.()]{2,60}?)\s*(?:\([^)]*\)\s*)?(?:nhận được|báo cáo)/u;

function bodyFromOpening(opening: readonly Block[], fields: ReportFields): void {
  const name = opening.map((b) => SELF_NAMED.exec(b.text)?.[1]).find(Boolean);
  if (!name) return;
  fields.district ??= districtIn(name);
  fields.reportingBody = fields.province && !provinceIn(name) && !districtIn(name) ? `${name} tỉnh ${fields.province}` : name;
}

/** "giai đoạn 2016 - 2020" → "2016–2020"; "6 tháng đầu năm 2024"; "năm 2019" → "Năm 2019". */
export function periodOf(title: string): string | undefined {
  const range = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(title);
  if (range) return `${range[1]}–${range[2]}`;
  const year = /năm\s+(\d{4})/iu.exec(title)?.[1];
  // "6 tháng đầu năm, phương hướng … 6 tháng cuối năm 2024": the first half named, the year said once.
  const half = /6 tháng (đầu|cuối) năm/iu.exec(title);
  if (half && year) return `6 tháng ${half[1].toLocaleLowerCase('vi')} năm ${year}`;
  return year ? `Năm ${year}` : undefined;
}

function tailFields(tail: readonly Block[], fields: ReportFields): void {
  const lines = tail.slice(1).map((b) => b.text.trim()).filter(Boolean);
  const recipients = lines.filter((l) => /^[-+•]/.test(l)).map((l) => l.replace(/^[-+•]\s*/, '').replace(/;\s*$/, '').trim());
  if (recipients.length) fields.recipients = recipients;
  const signature = lines.filter((l) => !/^[-+•]/.test(l) && !/^\(.*\)$/.test(l));
  const name = signature.at(-1);
  if (name && !isUpperCase(name) && /^(\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(name)) {
    fields.signer = name;
    const titles = signature.slice(0, -1).filter(isUpperCase);
    if (titles.length) fields.signerTitle = titles.map(sentenceCase).join(' – ');
  }
}

/** The fields in the order of the report schema, for a frontmatter that reads like the others. */
export function orderedFields(fields: ReportFields): ReportFields {
  const keys = (Object.keys(FIELD_LABELS) as (keyof ReportFields)[]).filter((k) => fields[k] !== undefined);
  return Object.fromEntries(keys.map((k) => [k, fields[k]]));
}

export function readReport(blocks: readonly Block[], cite: Cite, province?: string): ReadReport {
  const fields: ReportFields = {};
  const marker = blocks.findIndex(isTitleMarker);
  // Without "BÁO CÁO", the heading can still be read from a table at the very top.
  const headEnd = marker >= 0 ? marker : blocks.findIndex((b) => b.cell?.table !== 0);
  headingFields(blocks.slice(0, Math.max(headEnd, 0)), fields);
  if (province) fields.province = province;
  let from = marker >= 0 ? titleEnd(blocks, marker + 1) : Math.max(headEnd, 0);
  if (marker >= 0 && from > marker + 1) fields.title = blocks.slice(marker + 1, from).map((b) => b.text).join(' ');
  while (from < blocks.length && /^kinh gui\b/.test(fold(blocks[from].text))) from++;
  const recipientsAt = blocks.findIndex((b, i) => i >= from && isRecipientsMarker(b));
  const to = recipientsAt >= 0 ? recipientsAt : blocks.length;
  if (recipientsAt >= 0) tailFields(blocks.slice(recipientsAt).filter((b) => !b.footnote), fields);
  if (fields.title) {
    fields.period = periodOf(fields.title);
    const reported = cite(fields.title, fields).map(resolvedId).find((id) => id !== null);
    if (reported) fields.reportsOn = [reported];
  }
  const opening = blocks[from];
  if (opening && OPENING.test(fold(opening.text))) fields.respondsTo = cite(opening.text, fields).find((c) => 'typeWord' in c && c.typeWord)?.text;
  if (!fields.reportingBody) bodyFromOpening(blocks.slice(from, from + 2), fields);
  const missing = (Object.keys(FIELD_LABELS) as (keyof ReportFields)[]).filter(
    (k) => fields[k] === undefined && (k !== 'district' || /\b(huyen|thi xa|quan)\b/.test(fold(fields.reportingBody ?? ''))),
  );
  return { fields: orderedFields(fields), missing, body: { from, to } };
}
