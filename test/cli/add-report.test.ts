import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/catalogue/content.ts';
import { BARE_REPORT, FULL_REPORT } from '../fixtures/reports.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = join(root, 'node_modules/.bin/node');

/** A scratch project: the real catalogue and topics, an empty content/reports. */
const scratch = mkdtempSync(join(tmpdir(), 'add-report-'));
mkdirSync(join(scratch, 'content/reports'), { recursive: true });
symlinkSync(join(root, 'content/documents'), join(scratch, 'content/documents'));
symlinkSync(join(root, 'content/topics'), join(scratch, 'content/topics'));

function run(script: string, args: string[]) {
  const r = spawnSync(node, [join(root, 'src/cli', script), ...args], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function read(slug: string) {
  const text = readFileSync(join(scratch, 'content/reports', `${slug}.md`), 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text)!;
  return { text, frontmatter: load(yaml) as Record<string, unknown>, body };
}

beforeAll(async () => {
  writeFileSync(join(scratch, 'so-noi-vu.docx'), await FULL_REPORT());
  writeFileSync(join(scratch, 'ghi-chep-doi-ngoai.docx'), await BARE_REPORT());
});

describe('npm run add-report', { timeout: 60_000 }, () => {
  it('reads the frontmatter of a report laid out as reports are, and nothing is left to fill', { timeout: 60_000 }, () => {
    const { code, stdout } = run('add-report.ts', ['so-noi-vu.docx']);
    expect(code).toBe(0);
    expect(stdout).toBe('Đã tạo content/reports/quang-ngai-so-noi-vu-2023.md.\n');
    expect(read('quang-ngai-so-noi-vu-2023').frontmatter).toEqual({
      title: 'Kết quả thực hiện Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi về thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư năm 2023',
      symbol: '15/BC-SNV',
      reportingBody: 'Sở Nội vụ tỉnh Quảng Ngãi',
      province: 'Quảng Ngãi',
      place: 'Quảng Ngãi',
      date: '2023-12-15',
      period: 'Năm 2023',
      respondsTo: 'Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ',
      reportsOn: ['quang-ngai-92-kh-ubnd-2022'],
      recipients: ['Sở Ngoại vụ (b/c)', 'Lưu: VT.'],
      signer: 'Nguyễn Văn An',
      signerTitle: 'KT. Giám đốc – Phó Giám đốc',
      sourceFile: 'so-noi-vu.docx',
    });
    // keys in the order of the report schema, as in the hand-written reports
    expect(Object.keys(read('quang-ngai-so-noi-vu-2023').frontmatter).slice(0, 4)).toEqual(['title', 'symbol', 'reportingBody', 'province']);
  });

  it('writes the body as faithful Markdown: headings, lists, a table, footnotes; no heading block, no signature', () => {
    expect(read('quang-ngai-so-noi-vu-2023').body).toBe(
      [
        'Thực hiện Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ về việc báo cáo kết quả năm 2023; Sở Nội vụ báo cáo như sau:',
        '## I. KẾT QUẢ ĐẠT ĐƯỢC',
        '### 1. Công tác tuyên truyền',
        'Sở đã phổ biến Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư[^1] tới \\*toàn thể\\* công chức.',
        '- Tổ chức hội nghị quán triệt;\n- Đăng tin trên trang thông tin điện tử.',
        '| Nội dung | Số lượng |\n| --- | --- |\n| Hội nghị | 2 |',
        '2\\. Phương hướng năm 2024 tiếp tục như trên.',
        '[^1]: Ban hành kèm theo Kế hoạch số 92/KH-UBND.',
      ].join('\n\n') + '\n',
    );
  });

  it('the written report passes the content checks as it is, so the next build takes it in', () => {
    const report = loadContent(scratch).reports.find((r) => r.id === 'quang-ngai-so-noi-vu-2023');
    expect(report?.reportsOn.map((r) => (typeof r === 'string' ? r : r.id))).toEqual(['quang-ngai-92-kh-ubnd-2022']);
  });

  it('refuses to overwrite a report that exists', { timeout: 60_000 }, () => {
    const before = read('quang-ngai-so-noi-vu-2023').text;
    const { code, stderr } = run('add-report.ts', ['so-noi-vu.docx']);
    expect(code).toBe(1);
    expect(stderr).toContain('Đã có báo cáo content/reports/quang-ngai-so-noi-vu-2023.md; không ghi đè.');
    expect(read('quang-ngai-so-noi-vu-2023').text).toBe(before);
  });

  it('a report whose heading cannot be read: named after its file, every unread field listed, check:content names them', { timeout: 60_000 }, () => {
    const { code, stdout } = run('add-report.ts', ['ghi-chep-doi-ngoai.docx', '--province', 'Lạng Sơn']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Đã tạo content/reports/ghi-chep-doi-ngoai.md.',
      'Chưa đọc được từ văn bản — hãy điền tay, rồi chạy npm run check:content:',
      '  - title — trích yếu (bắt buộc)',
      '  - symbol — số ký hiệu',
      '  - reportingBody — cơ quan báo cáo (bắt buộc)',
      '  - place — địa danh ở dòng ngày tháng',
      '  - date — ngày báo cáo (bắt buộc)',
      '  - period — kỳ báo cáo (bắt buộc)',
      '  - respondsTo — văn bản yêu cầu báo cáo',
      '  - reportsOn — văn bản được báo cáo (id trong danh mục)',
      '  - recipients — nơi nhận',
      '  - signer — người ký',
      '  - signerTitle — chức vụ người ký',
      '',
    ]);
    const { frontmatter, body } = read('ghi-chep-doi-ngoai');
    expect(frontmatter).toEqual({ province: 'Lạng Sơn', sourceFile: 'ghi-chep-doi-ngoai.docx' });
    expect(body).toContain('Tình hình công tác đối ngoại\n\nTrong kỳ, đơn vị đã thực hiện Chỉ thị số 12-CT/TW');
    const check = run('check-content.ts', []);
    expect(check.code).toBe(1);
    for (const field of ['title', 'reportingBody', 'date', 'period'])
      expect(check.stderr).toMatch(new RegExp(`ghi-chep-doi-ngoai\\.md[^\\n]*${field}|${field}[^\\n]*ghi-chep-doi-ngoai`));
  });

  it('turns a PDF away', () => {
    writeFileSync(join(scratch, 'bao-cao.pdf'), '%PDF-1.7\n');
    const { code, stderr } = run('add-report.ts', ['bao-cao.pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain('là tệp PDF');
  });
});
