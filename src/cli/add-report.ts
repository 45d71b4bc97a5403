// Turns a report in Word into content/reports/<slug>.md: faithful Markdown, frontmatter read from the text
// where it can be, and the list of what it could not read. Never overwrites an existing report.
//   npm run --silent add-report -- bao-cao.docx [--province "Quảng Ngãi"]
// Exit codes: 0 written, 1 the report already exists, 2 bad usage or unreadable input.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { dump } from 'js-yaml';
import { readEntries } from '../lib/catalogue/files.ts';
import { validateContent } from '../lib/catalogue/validate.ts';
import { buildCatalogueIndex, citeText, endOfPeriod } from '../lib/citations/index.ts';
import { readDocx } from '../lib/docx/io.ts';
import { allProvinceNames } from '../lib/places/provinces-on.ts';
import { bodyMarkdown } from '../lib/report-import/markdown.ts';
import { FIELD_LABELS, readReport, type Cite } from '../lib/report-import/metadata.ts';
import { reportSlug } from '../lib/report-import/slug.ts';

const USAGE = `Cách dùng: npm run --silent add-report -- BAO-CAO.docx [--province "Tên tỉnh"]
  --province   tỉnh của báo cáo, khi phần đầu báo cáo không ghi (ví dụ báo cáo của một huyện)`;

// npm runs scripts at the project's top; the tests run it in a scratch copy of content/.
const root = process.cwd();
const PROVINCES = new Set(allProvinceNames());

function fail(message: string, code = 2): number {
  console.error(`Lỗi: ${message}${code === 2 ? `\n\n${USAGE}` : ''}`);
  return code;
}

function parseArgs(args: string[]): { file?: string; province?: string; error?: string } {
  const out: { file?: string; province?: string; error?: string } = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--province') {
      out.province = args[++i];
      if (!out.province) return { error: 'Thiếu giá trị cho --province.' };
      if (!PROVINCES.has(out.province)) return { error: `Không có tỉnh nào tên "${out.province}" (ví dụ: --province "Quảng Ngãi").` };
    } else if (args[i].startsWith('-')) return { error: `Tùy chọn không hợp lệ: ${args[i]}.` };
    else if (out.file) return { error: `Chỉ thêm một báo cáo mỗi lần (thừa "${args[i]}").` };
    else out.file = args[i];
  }
  return out.file ? out : { error: 'Thiếu tệp báo cáo (.docx).' };
}

async function main(): Promise<number> {
  const { file, province, error } = parseArgs(process.argv.slice(2));
  if (error || !file) return fail(error ?? '');
  if (!existsSync(file)) return fail(`Không tìm thấy tệp: ${file}`);
  let blocks;
  try {
    blocks = await readDocx(basename(file), new Uint8Array(readFileSync(file)));
  } catch (e) {
    return fail((e as Error).message);
  }
  // The catalogue only: a report added earlier and not yet completed must not stop this one.
  const index = buildCatalogueIndex(validateContent(readEntries(join(root, 'content/documents'), root), []).documents);
  // Citations are read as of the report's own date and in its province, as the build reads them.
  const cite: Cite = (text, { province: p, date }) => citeText(text, index, { asOf: date && endOfPeriod(date), province: p });
  const { fields, missing, body } = readReport(blocks, cite, province);
  const slug = reportSlug(fields, basename(file));
  const target = join(root, 'content/reports', `${slug}.md`);
  if (existsSync(target))
    return fail(`Đã có báo cáo ${relative(root, target)}; không ghi đè. Xóa hoặc đổi tên tệp đó trước nếu muốn thay.`, 1);
  const frontmatter = dump({ ...fields, sourceFile: basename(file) }, { quotingType: '"', forceQuotes: true, lineWidth: -1 });
  writeFileSync(target, `---\n${frontmatter}---\n\n${bodyMarkdown(blocks.slice(body.from, body.to), blocks)}`);
  console.log(`Đã tạo ${relative(root, target)}.`);
  if (missing.length)
    console.log(`Chưa đọc được từ văn bản — hãy điền tay, rồi chạy npm run check:content:\n${missing.map((k) => `  - ${FIELD_LABELS[k]}`).join('\n')}`);
  return 0;
}

process.exitCode = await main();
