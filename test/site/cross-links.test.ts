import { describe, expect, it } from 'vitest';
import { loadPage, textOf } from '../support/html.ts';

describe('cross-links derived from the reports', () => {
  it('lists the Bình Sơn 2023 report as implementing Chỉ thị 12-CT/TW, via Kế hoạch 92/KH-UBND, with its sentence', () => {
    const page = loadPage('/van-ban/12-ct-tw/');
    const item = page.querySelector('#bao-cao-thuc-hien ~ ul [data-report="bao-cao/quang-ngai-binh-son-2023"]');
    expect(item, 'Bình Sơn report listed under Báo cáo thực hiện').not.toBeNull();
    const viaPlan = [...item!.querySelectorAll('blockquote')].filter((q) => textOf(q.querySelector('.meta')).includes('qua Kế hoạch 92/KH-UBND (UBND tỉnh Quảng Ngãi)'));
    const quote = viaPlan.find((q) => textOf(q.querySelector('p')).includes('Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh Quảng Ngãi'));
    expect(quote, 'a quote routed through Kế hoạch 92, naming it').toBeDefined();
    expect(quote!.querySelector('footer > a')!.getAttribute('href')).toMatch(/^\/bao-cao\/quang-ngai-binh-son-2023\/#trich-dan-\d+$/);
  });

  it('shows the Bình Sơn report on the page of Nghị định 80/2020/NĐ-CP', () => {
    const page = loadPage('/van-ban/80-2020-nd-cp/');
    const reports = [...page.querySelectorAll('[data-report]')].map((li) => li.getAttribute('data-report'));
    expect(reports).toContain('bao-cao/quang-ngai-binh-son-2023');
  });

  it('flags the Bình Sơn report’s “80/2022/NĐ-CP” in place, with the correct form, linked to 80/2020', () => {
    const page = loadPage('/bao-cao/quang-ngai-binh-son-2023/');
    const marks = [...page.querySelectorAll('.report-text mark.cite-problem')].filter((m) => textOf(m).includes('80/2022/NĐ-CP'));
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks[0].querySelector('a')!.getAttribute('href')).toBe('/van-ban/80-2020-nd-cp/');
    const note = marks[0].nextElementSibling;
    expect(note?.getAttribute('role')).toBe('note');
    expect(textOf(note)).toContain('80/2020/NĐ-CP');
  });

  it('checks the report as of 2023: 80/2020 is not “replaced”, but its mistaken trích yếu (“thuộc” ODA) is flagged', () => {
    const page = loadPage('/bao-cao/quang-ngai-binh-son-2023/');
    const correct = [...page.querySelectorAll('.report-text a.cite')].find((a) => textOf(a).includes('80/2020/NĐ-CP'));
    // the citation itself is right: linked, not marked; the wrong word of its trích yếu is
    expect(correct!.closest('mark')).toBeNull();
    const word = [...page.querySelectorAll('.report-text .cite-words')].find((w) => textOf(w) === 'thuộc');
    const note = textOf(word!.closest('mark')!.nextElementSibling);
    expect(note).toContain('Trích yếu sai ở “thuộc”');
    expect(note).toContain('không thuộc hỗ trợ phát triển chính thức');
    expect(note).not.toMatch(/thay thế|313\/2025/);
  });

  it('reaches the Văn Quan 2024 report from Kết luận 57-KL/TW, drawn once at its deepest place (Kế hoạch 143/KH-UBND, under 149-KH/TU) and naming its other parents', () => {
    const overview = loadPage('/trien-khai/');
    const section = overview.querySelector('[data-root="57-kl-tw"]')!;
    const hrefs = [...section.querySelectorAll('.tree a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/van-ban/47-nq-cp/', '/van-ban/lang-son-149-kh-tu-2024/', '/bao-cao/lang-son-van-quan-2024/']));
    // nothing repeated: each node is drawn once on the whole page
    const drawn = [...overview.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node'));
    expect(drawn.filter((k) => k === 'bao-cao/lang-son-van-quan-2024')).toHaveLength(1);
    expect(new Set(drawn).size).toBe(drawn.length);
    const report = section.querySelector('[data-node="bao-cao/lang-son-van-quan-2024"]')!;
    const parent = report.parentElement!.parentElement!.parentElement!.querySelector(':scope > .chain-node')!;
    expect(parent.getAttribute('data-node')).toBe('van-ban/lang-son-143-kh-ubnd-2024');
    expect(section.querySelector('[data-node="van-ban/lang-son-149-kh-tu-2024"]')!.parentElement!.querySelector('[data-node="van-ban/lang-son-143-kh-ubnd-2024"]')).not.toBeNull();
    expect([...report.querySelectorAll('.also a')].map((a) => a.getAttribute('href'))).toContain('#van-ban-47-nq-cp');
  });

  it('labels every node of /trien-khai/ with its level or as a report, issuer and date', () => {
    const nodes = [...loadPage('/trien-khai/').querySelectorAll('.chain-node[data-node]')];
    expect(nodes.length).toBeGreaterThan(10);
    for (const node of nodes) {
      const badge = textOf(node.querySelector('.node-kind'));
      expect(badge, node.getAttribute('data-node')!).toMatch(node.getAttribute('data-node')!.startsWith('bao-cao/') ? /^Báo cáo$/ : /^(Đảng|Nhà nước) · (Trung ương|Tỉnh|Huyện)$/);
      expect(textOf(node.querySelector(':scope > .meta')), node.getAttribute('data-node')!).toMatch(/\d{4}/);
    }
  });

  it('groups a report’s legal bases by system', () => {
    const page = loadPage('/bao-cao/lang-son-van-quan-2024/');
    const headings = [...page.querySelectorAll('aside h3')].map(textOf);
    expect(headings).toEqual(['Văn bản của Đảng', 'Văn bản của Nhà nước', 'Văn bản của địa phương']);
  });
});
