import { describe, expect, it } from 'vitest';
import { isProvince, PROVINCES } from '../../../src/lib/citations/read/provinces.ts';
import { formerProvincesOn, MERGED_INTO, provincesOn } from '../../../src/lib/places/provinces-on.ts';

describe('provincesOn: the list as of a text date', () => {
  it.each([
    // the day before the merger: the 63 provinces, no former names
    ['2025-06-30', 63, 0],
    // the merger day and after: 34 units, the 29 merged names offered as former names
    ['2025-07-01', 34, 29],
    ['2026-12-01', 34, 29],
    // a report dated by its year only (2023) is before
    ['2023', 63, 0],
  ])('%s', (date, count, former) => {
    expect(provincesOn(date).length).toBe(count);
    expect(formerProvincesOn(date).length).toBe(former);
  });

  it('every merged province names a province of the new list, and every name is one the engine reads', () => {
    const after = new Set(provincesOn('2025-07-01'));
    for (const [old, into] of Object.entries(MERGED_INTO)) {
      expect(PROVINCES, old).toContain(old);
      expect(after.has(into), `${old} → ${into}`).toBe(true);
    }
    expect([...after].every(isProvince)).toBe(true);
    expect(after.has('Huế')).toBe(true);
    expect(after.has('Bắc Giang')).toBe(false);
  });
});
