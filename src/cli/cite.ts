// Checks the citations in a text or a Word file against the catalogue in content/ (no build needed):
//   npm run --silent cite -- [--json] [--strict] [--fix] [--out FILE] [--as-of YYYY-MM-DD] [--province "Quảng Ngãi"] [FILE]
// Reads stdin when no FILE. Exit codes: 0 done, 1 problems found with --strict, 2 bad usage or unreadable input.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/catalogue/content.ts';
import { isRealDate } from '../lib/format/date.ts';
import { isProvince } from '../lib/citations/read/provinces.ts';
import { buildCatalogueIndex, citeText, formatReport, toJson } from '../lib/citations/index.ts';
import { fileKind } from '../lib/docx/file-kind.ts';
import { allCorrections, applyCorrections } from '../lib/fix/corrections.ts';

const USAGE = `Cách dùng: npm run --silent cite -- [--json] [--strict] [--fix] [--out TỆP] [--as-of YYYY-MM-DD] [--province "Tên tỉnh"] [TỆP]
  --json       in kết quả dạng JSON
  --strict     thoát với mã 1 nếu có bất kỳ vấn đề nào (dùng trước khi gửi báo cáo)
  --fix        in bản đã sửa: mọi trích dẫn có gợi ý được sửa, phần còn lại giữ nguyên
  --out        ghi bản đã sửa vào tệp (.docx: tệp Word; tên khác: văn bản thường) thay vì in ra
  --as-of      kiểm tra hiệu lực tại ngày này (mặc định: hôm nay)
  --province   tỉnh của văn bản, để xác định văn bản địa phương khi bài chỉ ghi "UBND tỉnh"
  TỆP          tệp văn bản hoặc tệp Word (.docx) cần kiểm tra; không có thì đọc từ đầu vào chuẩn (stdin)`;

interface Options {
  json: boolean;
  strict: boolean;
  fix: boolean;
  out?: string;
  asOf?: string;
  province?: string;
  file?: string;
}

class UsageError extends Error {}
/** Input that is not text: exit code 2 like a usage error, without the usage text. */
class InputError extends Error {}

function parseArgs(args: string[]): Options {
  const options: Options = { json: false, strict: false, fix: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`Thiếu giá trị cho ${arg}.`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--fix') options.fix = true;
    else if (arg === '--out') options.out = value();
    else if (arg === '--as-of') {
      const date = value();
      if (!isRealDate(date))
        throw new UsageError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD, ví dụ 2023-12-31).`);
      options.asOf = date;
    } else if (arg === '--province') {
      options.province = value();
      if (!isProvince(options.province)) throw new UsageError(`Không có tỉnh nào tên "${options.province}" (ví dụ: --province "Quảng Ngãi").`);
    }
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Tùy chọn không hợp lệ: ${arg}.`);
    else if (options.file !== undefined) throw new UsageError(`Chỉ kiểm tra một tệp mỗi lần (thừa "${arg}").`);
    else options.file = arg;
  }
  return options;
}

/** A Word file (told by its first bytes, not its name) is read as the browser checker reads it. */
async function readInput(file: string | undefined): Promise<string> {
  const stdin = file === undefined || file === '-';
  let bytes: Buffer;
  try {
    bytes = readFileSync(stdin ? 0 : file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' ? `Không tìm thấy tệp: ${file}` : `Không đọc được tệp ${file} (${code}).`);
  }
  if (stdin || fileKind(bytes.subarray(0, 8)) === 'other') return asText(bytes, stdin ? 'dữ liệu vào' : `tệp ${file}`);
  // mammoth is loaded only for a file that is not plain text: a text check starts as fast as before.
  const { readDocxText, UnreadableFile } = await import('../lib/docx/io.ts');
  try {
    return await readDocxText(file, new Uint8Array(bytes));
  } catch (error) {
    if (error instanceof UnreadableFile) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Text only: a binary file (a NUL byte) or one in another encoding (invalid UTF-8) is refused, rather than
 * "finding" citations in /usr/bin/ls.
 */
function asText(bytes: Uint8Array, what: string): string {
  const refuse = () =>
    new InputError(`${what} không phải văn bản UTF-8 (tệp nhị phân hoặc bảng mã khác). Hãy lưu văn bản dưới dạng văn bản thuần (.txt), bảng mã UTF-8, rồi kiểm tra lại.`);
  if (bytes.includes(0)) throw refuse();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse();
  }
}

/** --fix / --out: every citation with an applicable suggestion corrected, the rest of the text as it was. */
async function writeFixed(input: string, citations: ReturnType<typeof citeText>, out: string | undefined): Promise<void> {
  const { text, applied } = applyCorrections(input, allCorrections(citations));
  const left = citations.filter((c) => c.problems.length).length - applied.length;
  if (out) writeFileSync(out, /\.docx$/i.test(out) ? await (await import('../lib/docx/io.ts')).writeDocx(text) : text);
  else process.stdout.write(text);
  console.error(`Đã sửa ${applied.length} trích dẫn${out ? ` và ghi vào ${out}` : ''}; ${left > 0 ? `còn ${left} trích dẫn cần xem lại bằng tay` : 'không còn trích dẫn nào cần xem lại'}.`);
}

async function main(): Promise<number> {
  let options: Options;
  let input: string;
  try {
    options = parseArgs(process.argv.slice(2));
    input = await readInput(options.file);
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`Lỗi: ${error.message}`);
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    console.error(`Lỗi: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const root = fileURLToPath(new URL('../..', import.meta.url));
  let index;
  try {
    index = buildCatalogueIndex(loadContent(root).documents);
  } catch (error) {
    console.error(`Lỗi: không đọc được danh mục trong content/.\n${(error as Error).message}`);
    return 2;
  }
  const citations = citeText(input, index, { asOf: options.asOf, province: options.province });
  if (options.fix || options.out) await writeFixed(input, citations, options.out);
  else if (options.json) console.log(JSON.stringify(toJson(citations, index)));
  else console.log(formatReport(input, citations, index));
  return options.strict && citations.some((c) => c.problems.length) ? 1 : 0;
}

process.exitCode = await main();
