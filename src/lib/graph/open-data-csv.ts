import Papa from 'papaparse';
import { RELATION_KINDS } from '../schema/document.ts';
import { FACT_FIELDS } from '../schema/vocabulary.ts';
import type { CatalogueJson } from './open-data.ts';

type JsonDocument = CatalogueJson['documents'][number];

/**
 * /du-lieu/van-ban.csv: one row per document, the same fields as van-ban.json. A nested field becomes a dotted
 * column (status.code, relations.implements, confirmed.title); a list is one cell joined by LIST_SEPARATOR; a
 * missing value is an empty cell. `parseCatalogueCsv` reads it back to exactly the JSON's documents.
 * The column list is also what /du-lieu/ documents, so the page cannot drift from the file.
 */
export const LIST_SEPARATOR = ' | ';

export interface Column {
  /** Column name = the field's path in van-ban.json. */
  name: string;
  kind: 'text' | 'list' | 'boolean';
  required?: boolean;
  description: string;
}

const text = (name: string, description: string, required = false): Column => ({ name, kind: 'text', required, description });

const RELATION_WORDS: Record<(typeof RELATION_KINDS)[number], string> = {
  implements: 'thực hiện, triển khai',
  basedOn: 'lấy làm căn cứ',
  replaces: 'thay thế',
  amends: 'sửa đổi, bổ sung',
  repeals: 'bãi bỏ',
};

export const CSV_COLUMNS: readonly Column[] = [
  text('id', 'Định danh ổn định, cũng là đường dẫn trang (/van-ban/<id>/).', true),
  text('url', 'Đường dẫn trang văn bản trên trang này.', true),
  text('symbol', 'Số ký hiệu như văn bản ghi (Unicode NFC).', true),
  text('type', 'Loại văn bản (Nghị quyết, Nghị định, Kế hoạch…).', true),
  text('typeNote', 'Phần chữ sau tên loại, nếu có (“ban hành Quy chế…”).'),
  text('system', 'Hệ thống: dang (Đảng) hoặc nha-nuoc (Nhà nước).', true),
  text('level', 'Cấp ban hành: trung-uong, tinh, huyen.', true),
  text('province', 'Tỉnh ban hành (văn bản địa phương), theo tên tại ngày ban hành.'),
  text('district', 'Huyện ban hành, nếu có.'),
  text('issuer', 'Cơ quan ban hành.', true),
  text('term', 'Khóa của cơ quan Đảng hoặc Quốc hội (số La Mã).'),
  text('issuedOn', 'Ngày ban hành, YYYY-MM-DD.', true),
  text('effectiveFrom', 'Ngày có hiệu lực, YYYY-MM-DD, khi biết.'),
  text('title', 'Trích yếu.'),
  text('status.code', 'Tình trạng ghi trong danh mục: con-hieu-luc, dang-thuc-hien, het-hieu-luc, chua-xac-dinh. Trang văn bản tính tình trạng hôm nay từ các quan hệ thay thế, bãi bỏ.', true),
  text('status.until', 'Ngày hết hiệu lực, khi biết và không suy ra được từ quan hệ thay thế.'),
  text('status.note', 'Ghi chú về tình trạng.'),
  { name: 'aliases', kind: 'list', description: `Cách gọi khác trong báo cáo (“Nghị quyết 36”), nối bằng “${LIST_SEPARATOR.trim()}”.` },
  ...RELATION_KINDS.map((k): Column => ({ name: `relations.${k}`, kind: 'list', description: `Định danh các văn bản mà văn bản này ${RELATION_WORDS[k]}.` })),
  ...FACT_FIELDS.map((f): Column => ({ name: `confirmed.${f}`, kind: 'boolean', description: `true: thông tin “${f}” đã đối chiếu với nguồn công khai; false: chưa xác minh; trống: không nói.` })),
  text('citation', 'Cách trích dẫn đầy đủ lần đầu, theo Nghị định 30/2020/NĐ-CP.', true),
];

export function catalogueCsv(json: CatalogueJson): string {
  const rows = json.documents.map((doc) => CSV_COLUMNS.map((c) => cell(c, read(doc, c.name))));
  // The BOM lets spreadsheet programs read the file as UTF-8 (Vietnamese letters).
  return `\uFEFF${Papa.unparse({ fields: CSV_COLUMNS.map((c) => c.name), data: rows }, { newline: '\r\n' })}\r\n`;
}

export function parseCatalogueCsv(csv: string): JsonDocument[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV không đọc được: ${parsed.errors.map((e) => `${e.row}: ${e.message}`).join('; ')}`);
  return parsed.data.map((row) => {
    const doc: Record<string, unknown> = {};
    for (const c of CSV_COLUMNS) {
      // Nested objects (status, relations, confirmed) always exist in the JSON, even when every cell is empty.
      write(doc, c.name, uncell(c, row[c.name] ?? ''));
    }
    return doc as unknown as JsonDocument;
  });
}

function cell(column: Column, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (column.kind === 'list') {
    const items = value as string[];
    const bad = items.find((item) => item.includes(LIST_SEPARATOR.trim()));
    if (bad) throw new Error(`"${bad}" chứa ký tự phân cách danh sách của CSV (${column.name})`);
    return items.join(LIST_SEPARATOR);
  }
  return String(value);
}

function uncell(column: Column, value: string): unknown {
  if (column.kind === 'list') return value === '' ? [] : value.split(LIST_SEPARATOR);
  if (value === '' && !column.required) return undefined;
  if (column.kind === 'boolean') return value === 'true';
  return value;
}

function read(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], doc);
}

function write(doc: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = doc;
  for (const key of keys.slice(0, -1)) o = (o[key] ??= {}) as Record<string, unknown>;
  if (value !== undefined) o[keys.at(-1)!] = value;
}
