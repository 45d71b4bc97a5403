// What a reader on a 375 px phone meets: labels that read, symbols that hold together, problem notes that do not
// break the text, a report title that leaves room for the report, placeholders that are not cut off, and one
// typeface that draws every Vietnamese letter. Measured in Chromium on the built site.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, pathOf } from '../support/dist.ts';
import { openSite, type Site } from '../support/site.ts';

const PHONE = { width: 375, height: 667 };
const entries = htmlFiles().filter((rel) => /^(van-ban|bao-cao)\/[^/]+\/index\.html$/.test(rel)).map(pathOf);
const reports = entries.filter((p) => p.startsWith('/bao-cao/'));

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.newPage({ viewport: PHONE });
}, 60_000);
afterAll(async () => site?.close());

/** Runs `measure` on every page of `paths` at phone width; returns "path: offender" lines. */
async function onEvery(paths: string[], measure: () => string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    await page.goto(site.url(path));
    out.push(...(await page.evaluate(measure)).map((o) => `${path}: ${o}`));
  }
  return out;
}

describe('at 375 px', () => {
  it('no attribute label takes more than two lines', { timeout: 120_000 }, async () => {
    const tall = await onEvery(entries, () =>
      [...document.querySelectorAll<HTMLElement>('table.attributes th')]
        .filter((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return lines.size > 2;
        })
        .map((th) => th.textContent ?? ''),
    );
    expect(tall).toEqual([]);
  });

  it('no số ký hiệu or date in the attribute table breaks across lines', { timeout: 120_000 }, async () => {
    const broken = await onEvery(entries, () => {
      const out: string[] = [];
      for (const td of document.querySelectorAll('table.attributes td')) {
        // Every token with a digit and a slash or hyphen must sit on one line.
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(/\S*\d\S*[/-]\S+|\S+[/-]\S*\d\S*/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
          }
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
  });

  it('a flagged citation’s note never leaves punctuation alone on a line', { timeout: 60_000 }, async () => {
    expect(reports.length).toBeGreaterThan(0);
    let notes = 0;
    const alone = await onEvery(reports, () => {
      const out: string[] = [];
      for (const note of document.querySelectorAll<HTMLElement>('.report-text .cite-note')) {
        const next = note.nextSibling;
        const lead = next?.nodeType === Node.TEXT_NODE ? /^\s*[.,:;)]/.exec(next.textContent ?? '') : null;
        if (!next || !lead) continue;
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, lead[0].length);
        const punct = [...range.getClientRects()].at(-1)!;
        const end = [...note.getClientRects()].at(-1)!;
        // Same line: the two boxes overlap vertically (the note is set smaller, so their tops differ).
        if (punct.top >= end.bottom || punct.bottom <= end.top) out.push(`“${lead[0].trim()}” after ${note.textContent?.slice(0, 50)}`);
      }
      return out;
    });
    for (const path of reports) {
      await page.goto(site.url(path));
      notes += await page.locator('.report-text .cite-note').count();
    }
    expect(notes, 'the seed reports have flagged citations').toBeGreaterThan(3);
    expect(alone).toEqual([]);
  });

  it('a report’s title leaves most of the first screen to the report', { timeout: 60_000 }, async () => {
    const tall = await onEvery(reports, () => {
      const h1 = document.querySelector('h1')!.getBoundingClientRect();
      return h1.height > innerHeight * 0.4 || h1.bottom > innerHeight * 0.75 ? [`h1 ${Math.round(h1.height)} px, ends at ${Math.round(h1.bottom)} px`] : [];
    });
    expect(tall).toEqual([]);
  });
});

describe('search placeholders', () => {
  // [viewport width, page, input]
  it.each([
    [375, '/', '#o-tim-kiem'],
    [375, '/tim-kiem/', '#tk-q'],
    [768, '/van-ban/', '#o-tim-kiem'],
    [1280, '/van-ban/', '#o-tim-kiem'],
    [1280, '/tim-kiem/', '#tk-q'],
  ])('at %i px, %s %s shows its whole placeholder', { timeout: 30_000 }, async (width, path, selector) => {
    const p = await site.newPage({ viewport: { width, height: 800 } });
    await p.goto(site.url(path));
    await p.waitForSelector(`${selector}:visible`);
    await p.evaluate(() => document.fonts.ready);
    const fit = await p.$eval(selector, (input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(input.placeholder).width;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: Math.ceil(text), room: Math.floor(room), placeholder: input.placeholder };
    });
    await p.close();
    expect(fit.text, `“${fit.placeholder}” needs ${fit.text} px, has ${fit.room} px`).toBeLessThanOrEqual(fit.room);
  });
});

describe('the typeface', () => {
  it('draws every glyph of a Vietnamese test string in Be Vietnam Pro, in text and in the citation box', { timeout: 30_000 }, async () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxy áàảãạ ắằẳẵặ ấầẩẫậ éèẻẽẹ ếềểễệ íìỉĩị óòỏõọ ốồổỗộ ớờởỡợ úùủũụ ứừửữự ýỳỷỹỵ';
    const sample = `${letters} ${letters.toUpperCase()} 0123456789 “Nghị định số 80/2020/NĐ-CP”, (khoản 2 Điều 8); –`;
    await page.goto(site.url('/van-ban/36-nq-tw/'));
    for (const [where, selector] of [['body', 'main'], ['citation box', '.citation-box q'], ['bold heading', 'main h1']] as const) {
      await page.evaluate(
        ([sel, text]) => {
          const el = document.createElement('span');
          el.id = 'mau-chu';
          el.textContent = text;
          document.getElementById('mau-chu')?.remove();
          document.querySelector(sel)!.append(el);
        },
        [selector, sample] as const,
      );
      await page.evaluate(() => document.fonts.ready);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#mau-chu' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      await cdp.detach();
      expect(fonts.map((f) => `${f.familyName}${f.isCustomFont ? '' : ' (system)'}`), where).toEqual(['Be Vietnam Pro']);
    }
  });
});
