import { describe, expect, it } from 'vitest';
import { inForce, standingFromLabel, standingOf, STANDINGS } from '../../../src/lib/format/status.ts';

describe('standingOf', () => {
  it.each([
    // a law in force
    ['in-force', 'con-hieu-luc', 'con-hieu-luc'],
    // a Party document still being carried out reads as such, not as "còn hiệu lực"
    ['in-force', 'dang-thuc-hien', 'dang-thuc-hien'],
    // in force today because its replacement only takes effect later, whatever was stored
    ['in-force', 'het-hieu-luc', 'con-hieu-luc'],
    ['not-yet', 'con-hieu-luc', 'chua-co-hieu-luc'],
    // replaced is told apart from the other ways of ending
    ['replaced', 'het-hieu-luc', 'bi-thay-the'],
    ['repealed', 'het-hieu-luc', 'het-hieu-luc'],
    ['expired', 'het-hieu-luc', 'het-hieu-luc'],
    // stored as ended without a date: ended, only the date is unknown
    ['unknown', 'het-hieu-luc', 'het-hieu-luc'],
    ['unknown', 'chua-xac-dinh', 'chua-xac-dinh'],
  ] as const)('%s, stored %s → %s', (code, stored, expected) => {
    expect(standingOf(code, stored)).toBe(expected);
  });

  it('reads a label back to its standing, and only the two in-force standings count as in force', () => {
    for (const [standing, label] of Object.entries(STANDINGS)) expect(standingFromLabel(label)).toBe(standing);
    expect(standingFromLabel('Hết hiệu lực: bị thay thế bởi …')).toBeUndefined();
    expect(Object.keys(STANDINGS).filter((s) => inForce(s as keyof typeof STANDINGS))).toEqual(['con-hieu-luc', 'dang-thuc-hien']);
  });
});
