// A cold check in Chromium over a built site: a two-page draft citing ten documents of the catalogue is
// pasted into /kiem-tra/ and checked; bytes fetched from the moment the page has loaded until the results
// show, and the time from "Kiểm tra" to the summary. Served on loopback with gzip, as a static host would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../support/browser.ts';
import { serveStatic, type ServedRequest } from '../../support/static-server.ts';

export interface CheckResult {
  /** Bytes on the wire after the page loaded (the catalogue files the check needed). */
  bytes: number;
  ms: number;
  /** The summary the page showed ("Tìm thấy 10 trích dẫn; …"). */
  summary: string;
  requests: ServedRequest[];
}

/** Plain prose between citations, so that the draft is about two pages (~6,000 characters). */
const PROSE =
  'Trong kỳ báo cáo, các cơ quan, đơn vị đã quán triệt và tổ chức thực hiện nghiêm túc các nhiệm vụ được giao, ' +
  'phối hợp chặt chẽ trong công tác đối ngoại, bảo đảm tiến độ và chất lượng, đồng thời kịp thời báo cáo những khó khăn, vướng mắc phát sinh. ';

/** Ten documents spread over the catalogue, each cited in full (van-ban.json's `citation`) in its own paragraph. */
export function tenDocumentDraft(dist: string): string {
  const read = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as { documents?: { citation: string }[]; parts?: { url: string }[] };
  // Whole, or past a few MB an index of parts (lib/graph/open-data-parts.ts).
  const main = read('du-lieu/van-ban.json');
  const documents = main.documents ?? (main.parts ?? []).flatMap((p) => read(p.url.slice(1)).documents ?? []);
  const step = Math.max(1, Math.floor(documents.length / 10));
  const cited = Array.from({ length: Math.min(10, documents.length) }, (_, i) => documents[i * step].citation);
  return cited.map((c, i) => `${i + 1}. Thực hiện ${c}. ${PROSE.repeat(3)}`).join('\n\n');
}

export async function coldCheck(dist: string, draft = tenDocumentDraft(dist)): Promise<CheckResult> {
  const server = await serveStatic(dist.endsWith('/') ? dist : `${dist}/`, { gzip: true });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/kiem-tra/`, { waitUntil: 'networkidle' });
    server.reset();
    // Set without focusing the field, so that nothing is fetched ahead of the click.
    await page.$eval('#kiem-tra textarea', (t, text) => void ((t as HTMLTextAreaElement).value = text), draft);
    const t0 = Date.now();
    await page.click('#kiem-tra button[type="submit"]');
    await page.waitForFunction(() => /^(Tìm thấy|Không)/.test(document.getElementById('tom-tat')?.textContent ?? ''), null, { timeout: 120_000, polling: 'raf' });
    const ms = Date.now() - t0;
    await page.waitForLoadState('networkidle').catch(() => {});
    const summary = (await page.textContent('#tom-tat')) ?? '';
    const requests = server.requests();
    return { bytes: requests.reduce((a, r) => a + r.bytes, 0), ms, summary, requests };
  } finally {
    await browser.close();
    await server.close();
  }
}
