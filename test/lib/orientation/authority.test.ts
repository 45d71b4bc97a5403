import { describe, expect, it } from 'vitest';
import { authorityOf } from '../../../src/lib/catalogue/authority.ts';
import { timelineFilters, timelineParam, timelinePath } from '../../../src/lib/catalogue/timeline.ts';
import { SYSTEMS, TOPICS } from '../../../src/lib/schema/vocabulary.ts';

describe('authorityOf', () => {
  it.each([
    // the Party centre, by body
    [{ issuer: 'Ban Chấp hành Trung ương', system: 'dang', level: 'trung-uong' }, 'bch-tw'],
    [{ issuer: 'Bộ Chính trị', system: 'dang', level: 'trung-uong' }, 'bo-chinh-tri'],
    [{ issuer: 'Ban Bí thư', system: 'dang', level: 'trung-uong' }, 'ban-bi-thu'],
    // another central Party body
    [{ issuer: 'Ban Đối ngoại Trung ương', system: 'dang', level: 'trung-uong' }, 'dang-tw'],
    // State centre
    [{ issuer: 'Quốc hội', system: 'nha-nuoc', level: 'trung-uong' }, 'quoc-hoi'],
    [{ issuer: 'Ủy ban Thường vụ Quốc hội', system: 'nha-nuoc', level: 'trung-uong' }, 'quoc-hoi'],
    // the Assembly's standing body before 1992
    [{ issuer: 'Hội đồng Nhà nước', system: 'nha-nuoc', level: 'trung-uong' }, 'quoc-hoi'],
    [{ issuer: 'Chính phủ', system: 'nha-nuoc', level: 'trung-uong' }, 'chinh-phu'],
    [{ issuer: 'Thủ tướng Chính phủ', system: 'nha-nuoc', level: 'trung-uong' }, 'thu-tuong'],
    [{ issuer: 'Bộ Ngoại giao', system: 'nha-nuoc', level: 'trung-uong' }, 'bo-nganh'],
    // province: Party committee, People's Committee (and its chair), departments
    [{ issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn', system: 'dang', level: 'tinh' }, 'tinh-uy'],
    [{ issuer: 'Chủ tịch UBND tỉnh Quảng Ngãi', system: 'nha-nuoc', level: 'tinh' }, 'chinh-quyen-tinh'],
    [{ issuer: 'Sở Ngoại vụ tỉnh Quảng Ngãi', system: 'nha-nuoc', level: 'tinh' }, 'so-nganh'],
    // district
    [{ issuer: 'UBND huyện Văn Quan', system: 'nha-nuoc', level: 'huyen' }, 'cap-huyen'],
  ] as const)('%j → %s', (doc, key) => {
    expect(authorityOf(doc).key).toBe(key);
  });

  it('ranks the Party centre above the Government above the province', () => {
    const rank = (issuer: string, system: 'dang' | 'nha-nuoc', level: 'trung-uong' | 'tinh') => authorityOf({ issuer, system, level }).rank;
    expect(rank('Bộ Chính trị', 'dang', 'trung-uong')).toBeLessThan(rank('Chính phủ', 'nha-nuoc', 'trung-uong'));
    expect(rank('Chính phủ', 'nha-nuoc', 'trung-uong')).toBeLessThan(rank('UBND tỉnh Quảng Ngãi', 'nha-nuoc', 'tinh'));
  });
});

describe('timeline filters', () => {
  it('builds one distinct page per topic × system, and the unfiltered page', () => {
    const paths = timelineFilters().map(timelinePath);
    expect(paths).toHaveLength((Object.keys(TOPICS).length + 1) * (Object.keys(SYSTEMS).length + 1));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/dong-thoi-gian/');
    expect(paths).toContain('/dong-thoi-gian/bien-gioi/dang/');
    expect(timelineParam({})).toBeUndefined();
    expect(timelineParam({ topic: 'bien-gioi', system: 'dang' })).toBe('bien-gioi/dang');
  });
});
