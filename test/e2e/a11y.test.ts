// Accessibility gate: axe-core (WCAG 2.0/2.1 A and AA) on one page of every type present in dist/, and no
// horizontal scrolling on a 375 px phone. The page list is derived from dist/ (home, 404, each top-level
// folder's list and first entry), so a new section is checked as soon as it is built.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, isBlocking, runAxe, type AxeViolation } from '../support/axe.ts';
import { hasPage, pageTypes } from '../support/dist.ts';
import { openSite, type Site } from '../support/site.ts';

/** Pages the issue names explicitly, on top of the discovered ones (kept only when built). */
const NAMED = [
  '/van-ban/36-nq-tw/',
  '/van-ban/80-2020-nd-cp/', // carries the "đã bị thay thế" status notice
  '/bao-cao/quang-ngai-binh-son-2023/', // report text with flagged citations
  '/tim-kiem/?q=36', // search with results shown
  '/chu-de/vien-tro-nuoc-ngoai/', // a topic with replaced documents and glossary links
  '/dong-thoi-gian/vien-tro-nuoc-ngoai/nha-nuoc/', // a timeline filtered by topic and system
  '/bao-phu/nguoi-viet-nam-o-nuoc-ngoai/', // the coverage matrix filtered by topic
];
/** Sections every release must have; while one is not built yet its check is skipped with this message. */
const EXPECTED = [
  '/', '/van-ban/', '/bao-cao/', '/tim-kiem/', '/trien-khai/', '/kiem-tra/', '/404.html',
  '/chu-de/', '/huong-dan/', '/thuat-ngu/', '/dong-thoi-gian/', '/bao-phu/', '/du-lieu/',
];

const PAGES = pageTypes(NAMED);
/** Every page type: document and report pages above all, they are the ones read on phones in the field. */
const PHONE_PAGES = PAGES;

let site: Site;
const minor: string[] = [];

beforeAll(async () => {
  site = await openSite();
}, 60_000);
afterAll(async () => {
  if (minor.length) console.info(`axe: vi phạm mức nhẹ/trung bình (không chặn):\n${minor.join('\n')}`);
  await site?.close();
});

async function open(path: string, width = 1280) {
  const page = await site.newPage({ viewport: { width, height: 900 } });
  const response = await page.goto(site.url(path), { waitUntil: 'networkidle' });
  expect(response?.status(), `${path} phải trả về 200`).toBe(200);
  return page;
}

describe('axe-core finds no serious or critical WCAG A/AA violation', () => {
  it.each(PAGES)('%s', { timeout: 60_000 }, async (path) => {
    const page = await open(path);
    if (path.startsWith('/tim-kiem/?q=')) await page.waitForSelector('main a[href^="/van-ban/"], main a[href^="/bao-cao/"]', { timeout: 15_000 });
    const violations: AxeViolation[] = await runAxe(page);
    await page.close();
    const blocking = violations.filter(isBlocking);
    const rest = violations.filter((v) => !isBlocking(v));
    if (rest.length) minor.push(formatViolations(path, rest, 2));
    expect(blocking, `\n${formatViolations(path, blocking)}\n`).toEqual([]);
  });

  for (const path of EXPECTED.filter((p) => !hasPage(p)))
    it.skip(`${path} — chưa có trong dist/ (phần này chưa được dựng), bỏ qua cho tới khi có`, () => {});
});

describe('no horizontal scrolling at 375 px', () => {
  it.each(PHONE_PAGES)('%s', { timeout: 60_000 }, async (path) => {
    const page = await open(path, 375);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
        // keep the innermost culprits: elements none of whose children overflow too
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1))
        .slice(0, 8)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} → ${Math.round(el.getBoundingClientRect().right)}px: ${el.outerHTML.slice(0, 120)}`);
      return { scroll: document.documentElement.scrollWidth, width, wide };
    });
    await page.close();
    expect(overflow.scroll, `${path} tràn ngang ở 375 px:\n  ${overflow.wide.join('\n  ')}`).toBeLessThanOrEqual(overflow.width);
  });
});

/** States that only exist after interaction: axe sees what a reader sees then. */
const STATES: { name: string; path: string; act: (page: import('playwright-core').Page) => Promise<void> }[] = [
  {
    name: 'the header search box with its suggestions open',
    path: '/van-ban/36-nq-tw/',
    act: async (page) => {
      await page.focus('#o-tim-kiem');
      await page.keyboard.type('36');
      await page.waitForSelector('#o-tim-kiem-popup:not([hidden]) [role="option"]', { timeout: 15_000 });
    },
  },
  {
    name: 'the citation checker showing the problems of a draft',
    path: '/kiem-tra/',
    act: async (page) => {
      // The mistakes of seed 001 (Bình Sơn, 2023): wrong year in the symbol and a date that is not the document's.
      await page.fill('#ban-thao', 'Thực hiện Nghị định số 80/2022/NĐ-CP ngày 17/9/2020 của Chính phủ và Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư.');
      await page.click('#kiem-tra button[type="submit"]');
      await page.waitForSelector('#ket-qua-vung:not([hidden])', { timeout: 15_000 });
    },
  },
];

describe('axe-core in interactive states', () => {
  for (const state of STATES) {
    const run = hasPage(state.path) ? it : it.skip;
    run(`${state.name} (${state.path})`, { timeout: 60_000 }, async () => {
      const page = await open(state.path);
      await state.act(page);
      const violations = await runAxe(page);
      await page.close();
      const blocking = violations.filter(isBlocking);
      expect(blocking, `\n${formatViolations(`${state.path} (${state.name})`, blocking)}\n`).toEqual([]);
    });
  }
});
