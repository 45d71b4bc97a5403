import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/lib/docx/io.ts';
import { makeDocx, p } from '../fixtures/docx.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = join(root, 'node_modules/.bin/node');

function cite(args: string[], input?: string) {
  const result = spawnSync(node, ['src/cli/cite.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const draft = 'Căn cứ Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ và Nghị quyết số 36-NQ/TW.';

describe('npm run cite', () => {
  it('prints the JSON contract, offsets into the input as given', () => {
    const { code, stdout } = cite(['--json', '--as-of', '2023-12-31'], draft);
    expect(code).toBe(0);
    const { citations } = JSON.parse(stdout);
    expect(citations).toEqual([
      {
        start: 7,
        end: 62,
        text: 'Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ',
        symbol: '80/2020/NĐ-CP',
        written: '80/2022/NĐ-CP',
        id: '80-2020-nd-cp',
        url: '/van-ban/80-2020-nd-cp/',
        problems: [
          {
            code: 'wrong-year-in-symbol',
            message: 'Số ký hiệu sai năm: văn bản này là 80/2020/NĐ-CP, không phải 80/2022/NĐ-CP.',
            suggestion: 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ',
          },
          {
            code: 'wrong-date',
            message: 'Sai ngày ban hành: 17/9/2020 là ngày có hiệu lực, không phải ngày ban hành; 80/2020/NĐ-CP ban hành ngày 08/7/2020.',
            suggestion: 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ',
          },
        ],
        notes: [],
      },
      // a first mention without date or issuer: a note pointing to the full form, not a problem
      {
        start: 66, end: 88, text: 'Nghị quyết số 36-NQ/TW', symbol: '36-NQ/TW', written: '36-NQ/TW', id: '36-nq-tw', url: '/van-ban/36-nq-tw/', problems: [],
        notes: [expect.objectContaining({ code: 'first-mention', suggestion: expect.stringMatching(/^Nghị quyết số 36-NQ\/TW ngày 26\/3\/2004 của Bộ Chính trị khóa IX về /) })],
      },
    ]);
    for (const c of citations) expect(draft.slice(c.start, c.end)).toBe(c.text);
  });

  it('keeps offsets exact for decomposed (NFD) input read from a file', () => {
    const input = `Dòng một.\n${draft}`.normalize('NFD');
    const file = join(mkdtempSync(join(tmpdir(), 'cite-')), 'ban-thao.txt');
    writeFileSync(file, input);
    const { citations } = JSON.parse(cite(['--json', file]).stdout);
    expect(citations).toHaveLength(2);
    for (const c of citations) expect(input.slice(c.start, c.end)).toBe(c.text);
  });

  it('checks as of today by default: the replaced decree is flagged', () => {
    const { citations } = JSON.parse(cite(['--json'], 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ').stdout);
    expect(citations[0].problems.map((p: { code: string }) => p.code)).toEqual(['replaced']);
  });

  it('uses --province for a local plan that names none', () => {
    const text = 'Kế hoạch số 92/KH-UBND của UBND tỉnh';
    expect(JSON.parse(cite(['--json', '--province', 'Quảng Ngãi'], text).stdout).citations[0].id).toBe('quang-ngai-92-kh-ubnd-2022');
    // typed without diacritics
    expect(JSON.parse(cite(['--json', '--province', 'quang ngai'], text).stdout).citations[0].id).toBe('quang-ngai-92-kh-ubnd-2022');
  });

  it('prints a readable Vietnamese report with line:column, the canonical form, the link and the suggestion', () => {
    const { code, stdout } = cite(['--as-of', '2023-12-31'], `Mở đầu.\n${draft}`);
    expect(code).toBe(0);
    expect(stdout).toContain('2:8  Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ');
    expect(stdout).toContain('→ Nghị định 80/2020/NĐ-CP — /van-ban/80-2020-nd-cp/');
    expect(stdout).toContain('✗ [wrong-year-in-symbol] Số ký hiệu sai năm');
    expect(stdout).toContain('Nên viết: “Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ”.');
    expect(stdout).toContain('Tìm thấy 2 trích dẫn');
  });

  it('--strict exits 1 when a problem is found, 0 when none is', () => {
    expect(cite(['--strict', '--as-of', '2023-12-31'], draft).code).toBe(1);
    expect(cite(['--strict', '--as-of', '2023-12-31'], 'Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị.').code).toBe(0);
  });

  it.each([
    // a missing file
    [['khong-co-tep.txt'], 'Không tìm thấy tệp: khong-co-tep.txt'],
    // an unknown option
    [['--sai'], 'Tùy chọn không hợp lệ: --sai'],
    // a malformed date
    [['--as-of', '2023-02-30'], 'Ngày không hợp lệ'],
    // a missing value
    [['--province'], 'Thiếu giá trị cho --province'],
    // a province that does not exist
    [['--province', 'Quảng Ngã'], 'Không có tỉnh nào tên "Quảng Ngã"'],
  ])('exits 2 with a Vietnamese error for %j', (args, message) => {
    const { code, stderr } = cite(args, '');
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Cách dùng');
  });

  it.each([
    // a binary file (NUL bytes)
    ['/usr/bin/ls'],
  ])('refuses a binary file with a Vietnamese message and exit code 2: %s', (file) => {
    const { code, stdout, stderr } = cite([file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('không phải văn bản UTF-8');
  });

  it('refuses input that is not UTF-8 (a Latin-1 file)', () => {
    const result = spawnSync(node, ['src/cli/cite.ts'], { cwd: root, input: Buffer.from([0x4e, 0x67, 0x68, 0xe1, 0x20, 0x71]), timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toContain('không phải văn bản UTF-8');
  });

  it('gives an empty result for empty input', () => {
    const { code, stdout } = cite(['--json'], '');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ citations: [] });
  });
});

describe('npm run cite: Word files and --fix', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cite-fix-'));
  // CRLF line ends, a tab and trailing spaces: none of it may change, only the two citations
  const messy = 'Căn cứ Kết luận số 16/KL-TW ngày 14/02/2012 của Bộ Chính trị;  \r\n\tThực hiện Chỉ thị số 12-CT/TW ngày 17/9/2022 của Ban Bí thư.\r\n';
  const fixed = 'Căn cứ Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị;  \r\n\tThực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư.\r\n';

  it('--fix prints the text with the citations corrected and everything else byte for byte', () => {
    const file = join(dir, 'ban-thao.txt');
    writeFileSync(file, messy);
    const { code, stdout, stderr } = cite(['--fix', '--as-of', '2023-12-31', file]);
    expect(code).toBe(0);
    expect(stdout).toBe(fixed);
    expect(stderr).toBe('Đã sửa 2 trích dẫn; không còn trích dẫn nào cần xem lại.\n');
  });

  it('reads a .docx as the browser does, and --out writes the corrected .docx', async () => {
    const file = join(dir, 'ban-thao.docx');
    writeFileSync(file, await makeDocx([p('Căn cứ Kết luận số 16/KL-TW ngày 14/02/2012 của Bộ Chính trị;'), p('Thực hiện Chỉ thị số 12-CT/TW ngày 17/9/2022 của Ban Bí thư.')]));
    const report = cite(['--as-of', '2023-12-31', file]);
    expect(report.stdout).toContain('3:11  Chỉ thị số 12-CT/TW ngày 17/9/2022 của Ban Bí thư');
    const out = join(dir, 'da-sua.docx');
    expect(cite(['--as-of', '2023-12-31', '--out', out, file]).code).toBe(0);
    expect(await readDocxText('da-sua.docx', new Uint8Array(readFileSync(out)))).toBe(
      'Căn cứ Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị;\n\nThực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư.',
    );
  });

  it('turns a PDF away with a Vietnamese message', () => {
    const file = join(dir, 'bao-cao.pdf');
    writeFileSync(file, '%PDF-1.7\n');
    const { code, stderr } = cite([file]);
    expect(code).toBe(2);
    expect(stderr).toContain('là tệp PDF; công cụ chỉ đọc được tệp Word .docx');
  });
});
