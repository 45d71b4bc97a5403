import { describe, expect, it } from 'vitest';
import { hasCriteria, pagefindOptions, parseState, stateToSearch } from '../../../src/lib/search/params.ts';

describe('search state in the URL', () => {
  it('reads the query, known filters and the order', () => {
    const state = parseState('?q=%C4%91%E1%BB%91i+ngo%E1%BA%A1i&tinh=Qu%E1%BA%A3ng+Ng%C3%A3i&loai-van-ban=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh&sap-xep=moi-nhat&x=1');
    expect(state).toEqual({ q: 'đối ngoại', filters: { 'Tỉnh': 'Quảng Ngãi', 'Loại văn bản': 'Quyết định' }, sort: 'moi-nhat' });
  });

  it('falls back to relevance for an unknown order, and ignores empty filters', () => {
    expect(parseState('?q=36&sap-xep=abc&tinh=')).toEqual({ q: '36', filters: {}, sort: 'lien-quan' });
  });

  it('writes parameters in a fixed order and round-trips', () => {
    const state = { q: ' 80/2020/NĐ-CP ', filters: { 'Tỉnh': 'Quảng Ngãi', 'Hệ thống': 'Đảng' }, sort: 'lien-quan' as const };
    const search = stateToSearch(state);
    expect(search).toBe('?q=80%2F2020%2FN%C4%90-CP&he-thong=%C4%90%E1%BA%A3ng&tinh=Qu%E1%BA%A3ng+Ng%C3%A3i');
    expect(parseState(search)).toEqual({ ...state, q: '80/2020/NĐ-CP' });
    expect(stateToSearch({ q: '', filters: {}, sort: 'lien-quan' })).toBe('');
  });

  it('gives Pagefind its filters and sort; filters alone list the newest first', () => {
    expect(pagefindOptions({ q: 'x', filters: { 'Năm': '2021' }, sort: 'lien-quan' })).toEqual({ filters: { 'Năm': '2021' } });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'cu-nhat' })).toEqual({ filters: {}, sort: { date: 'asc' } });
    expect(pagefindOptions({ q: '', filters: { 'Tỉnh': 'Bắc Giang' }, sort: 'lien-quan' })).toEqual({ filters: { 'Tỉnh': 'Bắc Giang' }, sort: { date: 'desc' } });
    expect(hasCriteria({ q: '', filters: {}, sort: 'moi-nhat' })).toBe(false);
  });
});
