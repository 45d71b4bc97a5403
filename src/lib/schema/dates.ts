import { z } from 'zod';
import { isRealDate } from '../format/date.ts';

/** A full calendar date, ISO `YYYY-MM-DD`, checked to exist (no 31/02). */
export const isoDate = z.preprocess(
  fromYamlDate,
  z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải viết dạng YYYY-MM-DD (date must be YYYY-MM-DD)')
  .refine(isRealDate, 'ngày không tồn tại (no such calendar date)'),
);

/**
 * A date as precise as the source gives it: `2023`, `2021-05` or `2021-05-17`.
 * Several seed reports leave day and month blank ("ngày   tháng   năm 2023").
 */
export const partialDate = z.preprocess(
  fromYamlDate,
  z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ngày phải viết dạng YYYY, YYYY-MM hoặc YYYY-MM-DD')
  .refine((s) => s.length < 10 || isRealDate(s), 'ngày không tồn tại (no such calendar date)'),
);

/** YAML turns an unquoted 2004-03-26 into a Date (Astro's parser) and 2023 into a number. Accept both. */
function fromYamlDate(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'number' ? String(value) : value;
}
