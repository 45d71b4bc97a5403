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

  it('reaches the Văn Quan 2024 report from Kết luận 57-KL/TW through Kế hoạch 149-KH/TU and Nghị quyết 47/NQ-CP', () => {
    const overview = loadPage('/trien-khai/');
    const section = overview.querySelector('[data-root="57-kl-tw"]')!;
    const hrefs = [...section.querySelectorAll('.tree a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/van-ban/47-nq-cp/', '/van-ban/lang-son-149-kh-tu-2024/', '/bao-cao/lang-son-van-quan-2024/']));
    const viaPlan = section.querySelector('a[href="/van-ban/lang-son-149-kh-tu-2024/"]')!.parentElement!;
    expect(viaPlan.querySelector('a[href="/bao-cao/lang-son-van-quan-2024/"]')).not.toBeNull();
    const viaGovernment = section.querySelector('a[href="/van-ban/47-nq-cp/"]')!.parentElement!;
    expect(viaGovernment.querySelector('a[href="/bao-cao/lang-son-van-quan-2024/"]')).not.toBeNull();
  });

  it('groups a report’s legal bases by system', () => {
    const page = loadPage('/bao-cao/lang-son-van-quan-2024/');
    const headings = [...page.querySelectorAll('aside h3')].map(textOf);
    expect(headings).toEqual(['Văn bản của Đảng', 'Văn bản của Nhà nước', 'Văn bản của địa phương']);
  });
});
