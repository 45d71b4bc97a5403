import { describe, expect, it } from 'vitest';
import { attributeMap, loadPage, textOf } from '../support/html.ts';

describe('the page of Nghị quyết 36-NQ/TW', () => {
  const page = loadPage('/van-ban/36-nq-tw/');

  it('shows its attributes as legal databases do', () => {
    expect(attributeMap(page)).toMatchObject({
      'Số hiệu': '36-NQ/TW',
      'Loại văn bản': 'Nghị quyết',
      'Cơ quan ban hành': 'Bộ Chính trị khóa IX',
      'Ngày ban hành': '26/3/2004',
      'Người ký': 'Chưa có thông tin',
    });
    expect(attributeMap(page)['Tình trạng']).toBe('Đang được thực hiện');
  });

  it('gives the conventional full and short citation', () => {
    expect(textOf(page.querySelector('[data-citation="full"]'))).toBe(
      'Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị khóa IX về công tác đối với người Việt Nam ở nước ngoài',
    );
    expect(textOf(page.querySelector('[data-citation="short"]'))).toBe('Nghị quyết số 36-NQ/TW');
  });

  it('lists the documents implementing it, as a tree and in its diagram', () => {
    const tree = page.querySelector('#van-ban-trien-khai')!.parentElement!;
    const links = [...tree.querySelectorAll('.tree a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/van-ban/45-ct-tw/', '/van-ban/27-nq-cp/', '/van-ban/169-nq-cp/']));
    const diagram = page.querySelector('figure.diagram')!;
    expect(textOf(diagram)).toContain('Được triển khai bởi');
    expect([...diagram.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('/van-ban/45-ct-tw/');
  });

  it('links its sources', () => {
    const hrefs = [...page.querySelectorAll('#nguon ~ ul a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://tailieunhanh.com/vn/tlID98075_nghi-quyet-so-36nqtw.html');
  });
});

describe('the page of a replaced document (Nghị định 80/2020/NĐ-CP)', () => {
  const page = loadPage('/van-ban/80-2020-nd-cp/');

  it('says at the top that it was replaced, and links the successor', () => {
    const notice = page.querySelector('[data-status="replaced"]');
    expect(textOf(notice)).toContain('đã bị thay thế bởi Nghị định 313/2025/NĐ-CP từ ngày 08/12/2025');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/van-ban/313-2025-nd-cp/');
  });
});
