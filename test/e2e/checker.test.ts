// The checker as a drafter uses it, in Chromium against the built site: paste a draft with a wrong symbol, a
// wrong date and a replaced document; apply one fix, undo, apply all; copy a suggestion and the corrected
// draft; read a Word file, check it, download it corrected; turn away a broken file, a .doc and a PDF. Every
// request the page makes is recorded: none may carry the draft or the file, only the site's own static files.
// axe runs in each state, and the results fit a 375 px screen.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../../src/lib/docx/io.ts';
import { formatViolations, isBlocking, runAxe } from '../support/axe.ts';
import { distFile } from '../support/dist.ts';
import { openSite, type Site } from '../support/site.ts';
import { makeDocx, p } from '../fixtures/docx.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
}, 60_000);
afterAll(async () => {
  await site?.close();
});

// Checked as of 01/01/2026: 80/2020/NĐ-CP was replaced on 08/12/2025 by 313/2025/NĐ-CP.
const AS_OF = '2026-01-01';
const WRONG_SYMBOL = 'Kết luận số 16/KL-TW ngày 14/02/2012 của Bộ Chính trị';
const WRONG_DATE = 'Chỉ thị số 12-CT/TW ngày 17/9/2022 của Ban Bí thư';
const REPLACED = 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ';
const DRAFT = `Căn cứ ${WRONG_SYMBOL};\n\nThực hiện ${WRONG_DATE} và ${REPLACED}, UBND huyện báo cáo như sau:\n\n1. Kết quả đạt được…`;
const FIXED_SYMBOL = 'Kết luận số 16-KL/TW ngày 14/02/2012 của Bộ Chính trị';
const FIXED_DATE = 'Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư';
const SUCCESSOR = 'Nghị định số 313/2025/NĐ-CP ngày 08/12/2025 của Chính phủ';
const CORRECTED = DRAFT.replace(WRONG_SYMBOL, FIXED_SYMBOL).replace(WRONG_DATE, FIXED_DATE).replace(REPLACED, SUCCESSOR);

/** Every request of a page, to prove that nothing but the site's own static files is asked for. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

function expectOnlyStaticFiles(requests: Request[]) {
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    const url = new URL(r.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    expect(`${r.method()} ${url.origin}`, r.url()).toBe(`GET ${new URL(site.url('/')).origin}`);
    expect(r.postData(), r.url()).toBeNull();
    expect(url.search, r.url()).toBe('');
    expect(distFile(decodeURIComponent(url.pathname)), `${url.pathname} không phải tệp tĩnh của trang`).toBeDefined();
  }
}

async function openChecker(width = 1280): Promise<{ page: Page; requests: Request[] }> {
  const page = await site.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
  const requests = recordRequests(page);
  await page.goto(site.url('/kiem-tra/'), { waitUntil: 'networkidle' });
  await page.fill('input[name="asOf"]', AS_OF);
  return { page, requests };
}

async function checkDraft(page: Page, text: string) {
  await page.fill('#ban-thao', text);
  await page.click('#kiem-tra button[type="submit"]');
  await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('tom-tat')?.textContent ?? ''));
}

const draftValue = (page: Page) => page.inputValue('#ban-thao');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const summary = (page: Page) => page.textContent('#tom-tat');

async function expectNoAxeViolation(page: Page, state: string) {
  const blocking = (await runAxe(page)).filter(isBlocking);
  expect(blocking, `\n${formatViolations(`/kiem-tra/ (${state})`, blocking)}\n`).toEqual([]);
}

/** Clicks the button named `name` in result number `n` (1-based) and waits for the re-check. */
async function clickInResult(page: Page, n: number, name: string) {
  const before = await draftValue(page);
  await page.click(`#ket-qua-${n} button:text-is("${name}")`);
  if (name === 'Sửa') await page.waitForFunction((b) => (document.getElementById('ban-thao') as HTMLTextAreaElement).value !== b, before);
}

describe('checker: from the problems to a corrected draft', () => {
  it('shows each citation with its links, problems and one “Nên viết”', { timeout: 60_000 }, async () => {
    const { page, requests } = await openChecker();
    await checkDraft(page, DRAFT);
    expect(await summary(page)).toBe('Tìm thấy 3 trích dẫn; 3 trích dẫn cần xem lại.');
    const results = await page.$$eval('#danh-sach-van-de > li', (items) =>
      items.map((li) => ({
        document: li.querySelector('.result-links a[href^="/van-ban/"]')?.getAttribute('href'),
        place: li.querySelector('.result-links a[href^="#"]')?.getAttribute('href'),
        suggestions: [...li.querySelectorAll('.suggestion q')].map((q) => q.textContent),
        buttons: [...li.querySelectorAll('.suggestion button')].map((b) => b.textContent),
      })),
    );
    expect(results).toEqual([
      { document: '/van-ban/16-kl-tw/', place: '#trich-dan-1', suggestions: [FIXED_SYMBOL], buttons: ['Chép', 'Sửa'] },
      { document: '/van-ban/12-ct-tw/', place: '#trich-dan-2', suggestions: [FIXED_DATE], buttons: ['Chép', 'Sửa'] },
      { document: '/van-ban/80-2020-nd-cp/', place: '#trich-dan-3', suggestions: [SUCCESSOR], buttons: ['Chép', 'Sửa'] },
    ]);
    // the marked draft: each note printed in place (not a tooltip), and a link back to its result
    const note = await page.textContent('#trich-dan-2 .cite-note');
    expect(note).toContain('Sai ngày ban hành: 12-CT/TW ban hành ngày 05/01/2022');
    expect(note).toContain(`Nên viết: “${FIXED_DATE}”`);
    expect(await page.getAttribute('#trich-dan-2 .cite-back', 'href')).toBe('#ket-qua-2');
    await page.click('#ket-qua-2 a:text-is("Xem trong bản thảo")');
    expect(new URL(page.url()).hash).toBe('#trich-dan-2');
    await page.click('#trich-dan-2 .cite-back');
    expect(new URL(page.url()).hash).toBe('#ket-qua-2');
    await expectNoAxeViolation(page, 'kết quả kiểm tra');
    expectOnlyStaticFiles(requests);
    // the checker's compact files, not the whole catalogue
    expect(requests.some((r) => r.url().endsWith('/du-lieu/kiem-tra-ten.json'))).toBe(true);
    expect(requests.filter((r) => r.url().endsWith('/du-lieu/van-ban.json'))).toEqual([]);
    // no Word file given: the Word reader is not loaded
    expect(requests.filter((r) => r.url().includes('/_astro/io.'))).toEqual([]);
    await page.close();
  });

  it('applies one fix in place, undoes it, then applies all; copies confirm themselves', { timeout: 60_000 }, async () => {
    const { page, requests } = await openChecker();
    await checkDraft(page, DRAFT);
    await clickInResult(page, 2, 'Sửa');
    expect(await draftValue(page)).toBe(DRAFT.replace(WRONG_DATE, FIXED_DATE));
    expect(await page.textContent('#thong-bao')).toBe('Đã sửa 1 trích dẫn trong bản thảo. Nhấn “Hoàn tác” để trở lại bản trước.');
    expect(await summary(page)).toBe('Tìm thấy 3 trích dẫn; 2 trích dẫn cần xem lại.');
    await expectNoAxeViolation(page, 'sau khi sửa một trích dẫn');

    await page.click('#hoan-tac');
    await page.waitForFunction((d) => (document.getElementById('ban-thao') as HTMLTextAreaElement).value === d, DRAFT);
    expect(await summary(page)).toBe('Tìm thấy 3 trích dẫn; 3 trích dẫn cần xem lại.');

    await page.click('#ap-dung-tat-ca');
    await page.waitForFunction((c) => (document.getElementById('ban-thao') as HTMLTextAreaElement).value === c, CORRECTED);
    expect(await summary(page)).toBe('Tìm thấy 3 trích dẫn; không có trích dẫn nào cần sửa.');
    expect(await page.isDisabled('#ap-dung-tat-ca')).toBe(true);

    // the draft stays editable, and the corrected draft is what "Chép bản đã sửa" copies
    await page.click('#chep-ban-da-sua');
    await page.waitForFunction(() => document.getElementById('thong-bao')?.textContent === 'Đã chép bản đã sửa.');
    expect(await clipboard(page)).toBe(CORRECTED);
    expect(await page.textContent('#chep-ban-da-sua')).toBe('Đã chép');
    await page.fill('#ban-thao', `${CORRECTED}\nThêm một dòng.`);
    expect(await draftValue(page)).toBe(`${CORRECTED}\nThêm một dòng.`);
    expectOnlyStaticFiles(requests);
    await page.close();
  });

  it('a draft edited after the check is checked again before any fix, and the edit is kept', { timeout: 60_000 }, async () => {
    const { page } = await openChecker();
    await checkDraft(page, DRAFT);
    const edited = `Kính gửi: Sở Ngoại vụ.\n\n${DRAFT}`;
    await page.fill('#ban-thao', edited);
    await page.click('#ket-qua-2 button:text-is("Sửa")');
    await page.waitForFunction(() => /kiểm tra lại/.test(document.getElementById('thong-bao')?.textContent ?? ''));
    expect(await draftValue(page)).toBe(edited);
    // the fresh results point into the edited text: now the fix lands where it should
    await clickInResult(page, 2, 'Sửa');
    expect(await draftValue(page)).toBe(edited.replace(WRONG_DATE, FIXED_DATE));
    await page.close();
  });

  it('“Chép” puts the suggestion on the clipboard and says so in a live region', { timeout: 60_000 }, async () => {
    const { page } = await openChecker();
    await checkDraft(page, DRAFT);
    await clickInResult(page, 1, 'Chép');
    await page.waitForFunction(() => document.getElementById('thong-bao')?.textContent === 'Đã chép gợi ý.');
    expect(await clipboard(page)).toBe(FIXED_SYMBOL);
    expect(await page.getAttribute('#thong-bao', 'aria-live')).toBe('polite');
    expect(await page.textContent('#ket-qua-1 .suggestion button')).toBe('Đã chép');
    await page.close();
  });
});

describe('checker: Word files', () => {
  it('reads a .docx, checks it, and downloads it corrected with its paragraphs', { timeout: 60_000 }, async () => {
    const { page, requests } = await openChecker();
    const file = await makeDocx(DRAFT.split('\n\n').map((para) => p(para)));
    await page.setInputFiles('#tep-word', { name: 'bao-cao-huyen.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(file) });
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('tom-tat')?.textContent ?? ''));
    expect(await draftValue(page)).toBe(DRAFT);
    expect(await summary(page)).toBe('Tìm thấy 3 trích dẫn; 3 trích dẫn cần xem lại.');
    await page.click('#ap-dung-tat-ca');
    await page.waitForFunction((c) => (document.getElementById('ban-thao') as HTMLTextAreaElement).value === c, CORRECTED);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tai-ban-da-sua')]);
    expect(download.suggestedFilename()).toBe('bao-cao-huyen-da-sua.docx');
    const bytes = new Uint8Array(Buffer.from(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks))));
    expect(await readDocxText('tai-ve.docx', bytes)).toBe(CORRECTED);
    await expectNoAxeViolation(page, 'sau khi đọc tệp Word');
    // the Word reader is its own chunk, loaded from the site like any static file; the file itself is never sent
    expectOnlyStaticFiles(requests);
    expect(requests.filter((r) => r.url().includes('/_astro/io.')).length).toBe(1);
    await page.close();
  });

  it('takes a .docx dropped on the zone', { timeout: 60_000 }, async () => {
    const { page, requests } = await openChecker();
    const file = Buffer.from(await makeDocx([p(WRONG_DATE)])).toString('base64');
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'keo-tha.docx'));
      document.getElementById('vung-tep')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, file);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('tom-tat')?.textContent ?? ''));
    expect(await draftValue(page)).toBe(WRONG_DATE);
    expect(await page.textContent('#thong-bao')).toBe('Đã đọc tệp “keo-tha.docx” và kiểm tra nội dung. Có thể sửa ngay trong ô bản thảo.');
    expectOnlyStaticFiles(requests);
    await page.close();
  });

  it.each([
    // a zip cut short, named .docx
    ['hong.docx', Buffer.from('PK\u0003\u0004 không phải tệp Word'), /Không đọc được tệp “hong\.docx”: tệp bị hỏng/],
    // a Word 97–2003 file
    ['cu.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /tệp Word cũ \(\.doc\)/],
    // a PDF
    ['bao-cao.pdf', Buffer.from('%PDF-1.7\n%…'), /là tệp PDF/],
  ])('%s: a clear message, and nothing else changes', { timeout: 60_000 }, async (name, buffer, message) => {
    const { page, requests } = await openChecker();
    await checkDraft(page, DRAFT);
    const results = await page.innerHTML('#danh-sach-van-de');
    await page.setInputFiles('#tep-word', { name, mimeType: 'application/octet-stream', buffer });
    await page.waitForSelector('#loi-tep:not([hidden])');
    expect(await page.textContent('#loi-tep')).toMatch(message);
    expect(await page.getAttribute('#loi-tep', 'role')).toBe('alert');
    expect(await draftValue(page)).toBe(DRAFT);
    expect(await page.innerHTML('#danh-sach-van-de')).toBe(results);
    await expectNoAxeViolation(page, `tệp ${name} không đọc được`);
    expectOnlyStaticFiles(requests);
    await page.close();
  });
});

describe('checker: provinces and pages without JavaScript', () => {
  it('offers the 63 provinces for a text dated before 01/7/2025, the 34 and the former names after', { timeout: 60_000 }, async () => {
    const { page } = await openChecker();
    const options = () =>
      page.$$eval('select[name="province"] > option, select[name="province"] > optgroup', (els) =>
        els.map((el) => (el.tagName === 'OPTGROUP' ? `${(el as HTMLOptGroupElement).label}: ${el.children.length}` : el.textContent)),
      );
    // openChecker set 01/01/2026 with fill(), which fires "change"
    const after = await options();
    expect(after.length).toBe(1 + 34 + 1);
    expect(after).toContain('Huế');
    expect(after.at(-1)).toBe('Tên tỉnh trước ngày 01/7/2025: 29');
    await page.fill('input[name="asOf"]', '2025-06-30');
    const before = await options();
    expect(before.length).toBe(1 + 63);
    expect(before).toContain('Bắc Giang');
    await page.close();
  });

  it('without JavaScript nothing can send the draft: the button is off, the file zone hidden, no copy button', { timeout: 60_000 }, async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url('/kiem-tra/'));
    expect(await page.isDisabled('#kiem-tra button[type="submit"]')).toBe(true);
    expect(await page.isHidden('#vung-tep')).toBe(true);
    await page.goto(site.url('/van-ban/80-2020-nd-cp/'));
    expect(await page.isHidden('button[data-copy="trich-dan-day-du"]')).toBe(true);
    await page.close();
  });
});

describe('checker: on a phone', () => {
  it('results, suggestions and notes fit 375 px; the notes are printed, not hover-only', { timeout: 60_000 }, async () => {
    const { page } = await openChecker(375);
    await checkDraft(page, DRAFT);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const note = await page.$eval('#trich-dan-3 .cite-note', (el) => ({ visible: el.getBoundingClientRect().height > 0, title: el.closest('[title]') }));
    expect(note).toEqual({ visible: true, title: null });
    await page.close();
  });
});

describe('document pages: copy the citation', () => {
  it('“Chép” beside the full and the short citation puts each on the clipboard, and says so', { timeout: 60_000 }, async () => {
    const page = await site.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    await page.goto(site.url('/van-ban/80-2020-nd-cp/'), { waitUntil: 'networkidle' });
    for (const [id, what] of [['trich-dan-day-du', 'trích dẫn đầy đủ'], ['trich-dan-ngan', 'trích dẫn ngắn']]) {
      const expected = await page.textContent(`#${id}`);
      await page.click(`button[data-copy="${id}"]`);
      await page.waitForFunction((w) => document.querySelector('[data-copy-status]')?.textContent === `Đã chép ${w}.`, what);
      expect(await clipboard(page)).toBe(expected);
      expect(await page.textContent(`button[data-copy="${id}"]`)).toBe('Đã chép');
    }
    expect(await page.textContent('#trich-dan-ngan')).toBe('Nghị định số 80/2020/NĐ-CP');
    await page.close();
  });
});
