import { openSite } from '../test/support/site.ts';
const site = await openSite();
const page = await site.newPage({ viewport: { width: 375, height: 900 } });
await page.goto(site.url('/bao-phu/'));
console.log(await page.evaluate(() => {
  const out: string[] = [];
  for (const sel of ['main', '.table-scroll', 'table.coverage', 'details', 'body']) {
    const el = document.querySelector(sel) as HTMLElement;
    out.push(`${sel}: w=${el.getBoundingClientRect().width} sw=${el.scrollWidth} ov=${getComputedStyle(el).overflowX}`);
  }
  out.push(`doc sw=${document.documentElement.scrollWidth}`);
  return out.join('\n');
}));
await site.close();
