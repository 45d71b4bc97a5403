// The orientation pages (issue 13) over the built site: topics, guide, glossary, timeline, coverage.
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/lib/glossary/terms.ts';
import { TOPICS } from '../../src/lib/schema/vocabulary.ts';
import { readPage } from '../support/dist.ts';
import { loadPage, textOf } from '../support/html.ts';

interface JsonDoc { id: string; symbol: string; type: string; issuer: string; issuedOn: string; citation: string; topics?: string[] }
const catalogue = JSON.parse(readPage('/du-lieu/van-ban.json')) as { documents: JsonDoc[] };
const byId = new Map(catalogue.documents.map((d) => [d.id, d]));

describe('/huong-dan/: every example comes from the catalogue', () => {
  const page = loadPage('/huong-dan/');
  const examples = [...page.querySelectorAll('[data-example-id]')];

  it('names only catalogue documents, linked to their pages, with the catalogue’s symbol', () => {
    expect(examples.length).toBeGreaterThan(10);
    for (const el of examples) {
      const id = el.getAttribute('data-example-id')!;
      const doc = byId.get(id);
      expect(doc, `ví dụ ${id} phải có trong danh mục`).toBeDefined();
      const link = el.querySelector(`a[href="/van-ban/${id}/"]`);
      expect(link, id).not.toBeNull();
      expect(textOf(link), id).toContain(doc!.symbol);
    }
  });

  it('shows each citation example exactly as the catalogue’s conventional citation', () => {
    const boxes = examples.filter((el) => el.querySelector('[data-citation="full"]'));
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const box of boxes) expect(textOf(box.querySelector('[data-citation="full"]'))).toBe(byId.get(box.getAttribute('data-example-id')!)!.citation);
  });

  it('decodes 36-NQ/TW and 80/2020/NĐ-CP part by part', () => {
    const parts = (id: string) => [...page.querySelectorAll(`figure[data-example-id="${id}"] dt`)].map(textOf);
    expect(parts('36-nq-tw')).toEqual(['36', 'NQ', 'TW']);
    expect(parts('80-2020-nd-cp')).toEqual(['80', '2020', 'NĐ', 'CP']);
  });
});

describe('/chu-de/', () => {
  it('has one page per topic of the vocabulary, listed on the index', () => {
    const index = loadPage('/chu-de/');
    const links = [...index.querySelectorAll('main a[href^="/chu-de/"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(Object.keys(TOPICS).map((id) => `/chu-de/${id}/`));
  });

  it('each topic lists its key documents: exactly the catalogue documents tagged with it, each with its status', async () => {
    const { loadContent } = await import('../../src/lib/catalogue/content.ts');
    const { documents } = loadContent();
    for (const topic of Object.keys(TOPICS)) {
      const page = loadPage(`/chu-de/${topic}/`);
      const listed = [...page.querySelectorAll('[data-topic-documents] li[data-doc]')];
      const expected = documents.filter((d) => d.topics.includes(topic as never)).map((d) => d.id);
      expect(listed.map((li) => li.getAttribute('data-doc')).sort(), topic).toEqual(expected.sort());
      for (const li of listed) expect(li.querySelector('.badge[data-status]'), `${topic}: ${li.getAttribute('data-doc')}`).not.toBeNull();
    }
  });

  it('orders documents by authority, then time: on Người Việt Nam ở nước ngoài, Bộ Chính trị comes before Chính phủ, and 36-NQ/TW before 45-CT/TW', () => {
    const ids = [...loadPage('/chu-de/nguoi-viet-nam-o-nuoc-ngoai/').querySelectorAll('[data-topic-documents] li[data-doc]')].map((li) => li.getAttribute('data-doc'));
    expect(ids.indexOf('36-nq-tw')).toBeLessThan(ids.indexOf('45-ct-tw'));
    expect(ids.indexOf('45-ct-tw')).toBeLessThan(ids.indexOf('27-nq-cp'));
  });

  it('lists the reports that carry out a topic document (Bình Sơn 2023 under Đối ngoại nhân dân)', () => {
    const page = loadPage('/chu-de/doi-ngoai-nhan-dan/');
    const reports = [...page.querySelectorAll('#bao-cao-chu-de ~ ul a')].map((a) => a.getAttribute('href'));
    expect(reports).toContain('/bao-cao/quang-ngai-binh-son-2023/');
  });
});

describe('/thuat-ngu/', () => {
  const page = loadPage('/thuat-ngu/');

  it('defines at least 30 terms, each at its own anchor', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(30);
    for (const term of GLOSSARY) expect(textOf(page.getElementById(term.id)?.querySelector('dt')), term.id).toContain(term.term);
  });

  it('is linked where a term first appears: on Chỉ thị 12-CT/TW, “đối ngoại nhân dân” in the summary and not again in the body', () => {
    const doc = loadPage('/van-ban/12-ct-tw/');
    expect([...doc.querySelectorAll('.lead a.term')].map((a) => a.getAttribute('href'))).toContain('/thuat-ngu/#dnnd');
    expect([...doc.querySelectorAll('.body a.term')].map((a) => a.getAttribute('href'))).not.toContain('/thuat-ngu/#dnnd');
    expect(textOf(doc.querySelector('.body'))).toContain('đối ngoại nhân dân');
  });

  it('is linked from topic introductions, not inside headings', () => {
    const topic = loadPage('/chu-de/vien-tro-nuoc-ngoai/');
    const hrefs = [...topic.querySelectorAll('main a.term')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/thuat-ngu/#oda', '/thuat-ngu/#pcpnn']));
    expect(topic.querySelectorAll('h1 a.term, h2 a.term, h3 a.term').length).toBe(0);
  });
});

describe('/dong-thoi-gian/', () => {
  it('has a page per topic × system filter, each holding only matching documents', () => {
    const all = [...loadPage('/dong-thoi-gian/').querySelectorAll('.timeline > li[data-doc]')].map((li) => li.getAttribute('data-doc'));
    expect(all.sort()).toEqual(catalogue.documents.map((d) => d.id).sort());
    const party = [...loadPage('/dong-thoi-gian/dang/').querySelectorAll('.timeline > li[data-doc]')].map((li) => li.getAttribute('data-doc')!);
    const systems = new Map((JSON.parse(readPage('/du-lieu/van-ban.json')) as { documents: { id: string; system: string }[] }).documents.map((d) => [d.id, d.system]));
    expect(party.length).toBeGreaterThan(0);
    expect(party.every((id) => systems.get(id) === 'dang')).toBe(true);
    for (const topic of Object.keys(TOPICS)) for (const system of ['', 'dang/', 'nha-nuoc/']) loadPage(`/dong-thoi-gian/${topic}/${system}`);
  });

  it('shows replacement both ways, linking within the page when both are on it', () => {
    const page = loadPage('/dong-thoi-gian/vien-tro-nuoc-ngoai/');
    const successor = page.querySelector('#vb-313-2025-nd-cp [data-change="80-2020-nd-cp"]');
    expect(textOf(successor)).toMatch(/^Thay thế: Nghị định 80\/2020\/NĐ-CP/);
    expect(successor!.querySelector('a')!.getAttribute('href')).toBe('#vb-80-2020-nd-cp');
    expect(textOf(page.querySelector('#vb-80-2020-nd-cp [data-change="313-2025-nd-cp"]'))).toMatch(/^Bị thay thế bởi: Nghị định 313\/2025\/NĐ-CP/);
  });
});

describe('/bao-phu/', () => {
  it('puts Quảng Ngãi’s Kế hoạch 92/KH-UBND and the Bình Sơn report in the cell of Chỉ thị 12-CT/TW × Quảng Ngãi', () => {
    const cell = loadPage('/bao-phu/').querySelector('tr[data-row="12-ct-tw"] td[data-province="Quảng Ngãi"]');
    const hrefs = [...cell!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/van-ban/quang-ngai-92-kh-ubnd-2022/', '/bao-cao/quang-ngai-binh-son-2023/']));
    expect(loadPage('/bao-phu/').querySelector('tr[data-row="12-ct-tw"] td[data-province="Lạng Sơn"] a')).toBeNull();
  });

  it('filters rows by topic: only central documents of the topic', async () => {
    const { loadContent } = await import('../../src/lib/catalogue/content.ts');
    const topics = new Map(loadContent().documents.map((d) => [d.id, d.topics as string[]]));
    for (const topic of Object.keys(TOPICS)) {
      const rows = [...loadPage(`/bao-phu/${topic}/`).querySelectorAll('tr[data-row]')].map((tr) => tr.getAttribute('data-row')!);
      for (const id of rows) expect(topics.get(id), `${topic}: ${id}`).toContain(topic);
    }
  });
});

describe('the home page', () => {
  const page = loadPage('/');

  it('leads with the tasks: find (the existing search box), check a draft, follow a directive, learn a topic', () => {
    const tasks = [...page.querySelectorAll('.task-list > li')];
    expect(tasks.map((li) => textOf(li.querySelector('h3')))).toEqual(['Tìm một văn bản', 'Kiểm tra bản thảo', 'Theo dõi một chỉ thị', 'Tìm hiểu một chủ đề']);
    const hrefs = tasks.flatMap((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/kiem-tra/', '/trien-khai/', '/bao-phu/', '/chu-de/', '/huong-dan/', '/thuat-ngu/']));
    expect(page.querySelectorAll('.home-tasks input, .home-tasks form')).toHaveLength(0);
  });

  it('states the catalogue’s size and when it was last updated', () => {
    const stats = page.querySelector('[data-stats]')!;
    expect(textOf(stats.querySelector('[data-count="documents"]'))).toBe(String(catalogue.documents.length));
    expect(Number(textOf(stats.querySelector('[data-count="reports"]')))).toBeGreaterThan(0);
    expect(textOf(stats.querySelector('[data-updated]'))).toMatch(/^\d{2}\/\d{1,2}\/\d{4}$/);
  });
});

describe('/du-lieu/', () => {
  it('documents every column of the CSV and links every export', async () => {
    const page = loadPage('/du-lieu/');
    const { CSV_COLUMNS } = await import('../../src/lib/graph/open-data-csv.ts');
    const documented = [...page.querySelectorAll('table.fields th[scope="row"] code')].map(textOf);
    const header = readPage('/du-lieu/van-ban.csv').replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    for (const column of header) expect(documented, column).toContain(column);
    const hrefs = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/du-lieu/van-ban.json', '/du-lieu/van-ban.csv', '/du-lieu/do-thi.json', '/sitemap-index.xml', '/du-lieu/so-hieu-ten.json']));
  });
});

describe('glossary links on every document and topic page', () => {
  it('link each term at most once per page (summary and body together)', () => {
    const pages = [...catalogue.documents.map((d) => `/van-ban/${d.id}/`), ...Object.keys(TOPICS).map((t) => `/chu-de/${t}/`)];
    let linked = 0;
    for (const path of pages) {
      const hrefs = [...loadPage(path).querySelectorAll('main a.term')].map((a) => a.getAttribute('href'));
      expect(new Set(hrefs).size, path).toBe(hrefs.length);
      linked += hrefs.length ? 1 : 0;
    }
    expect(linked).toBeGreaterThan(pages.length / 2);
  });
});
