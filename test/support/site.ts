import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { DIST } from './dist.ts';
import { serveStatic, type ServeOptions, type StaticServer } from './static-server.ts';

/** The built site served on loopback plus one Chromium: what every end-to-end test starts from. */
export interface Site {
  server: StaticServer;
  browser: Browser;
  /** Absolute URL of a site path. */
  url(path: string): string;
  /** A fresh page (own context: empty cache, no cookies) that fails the test on uncaught page errors. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Errors thrown by page scripts since the page opened. */
  errors(page: Page): Error[];
  close(): Promise<void>;
}

/** Starts the static server over dist/ and Chromium; call close() in afterAll. */
export async function openSite(root = DIST, options: ServeOptions = {}): Promise<Site> {
  const server = await serveStatic(root, options);
  const browser = await launchChromium();
  const pageErrors = new WeakMap<Page, Error[]>();
  return {
    server,
    browser,
    url: (path) => new URL(path, server.url).href,
    async newPage(options) {
      const context = await browser.newContext({ locale: 'vi-VN', ...options });
      const page = await context.newPage();
      const errors: Error[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (e) => errors.push(e));
      page.on('close', () => void context.close().catch(() => {}));
      return page;
    },
    errors: (page) => pageErrors.get(page) ?? [],
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** document.activeElement described for assertions and messages: tag, id, href/name, text. */
export function describeActive(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', href: '', name: '', type: '', text: '' };
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.getAttribute('href') ?? '',
      name: el.getAttribute('name') ?? '',
      type: el.getAttribute('type') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
    };
  });
}

/**
 * Presses Tab until `matches` holds for the focused element, as a keyboard user would; fails after `max`
 * presses with the focus path, so a broken tab order is easy to see.
 */
export async function tabUntil(
  page: Page,
  matches: (el: Awaited<ReturnType<typeof describeActive>>) => boolean,
  what: string,
  max = 80,
) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await describeActive(page);
    if (matches(el)) return el;
    seen.push(`${el.tag}${el.id ? `#${el.id}` : ''}${el.href ? `[href=${el.href}]` : ''}${el.text ? ` “${el.text.slice(0, 30)}”` : ''}`);
  }
  throw new Error(`Sau ${max} lần Tab vẫn chưa tới ${what}. Thứ tự tiêu điểm:\n  ${seen.join('\n  ')}`);
}
