/**
 * The file name of a report added from Word, by the rule of the existing ones: province, then the reporting
 * body (the district alone for a district's report), then the year — "bac-giang-so-noi-vu-2021",
 * "quang-ngai-binh-son-2023". Without a province or a body, the Word file's own name.
 */
import { slugify } from '../format/slug.ts';
import type { ReportFields } from './metadata.ts';

export function reportSlug(fields: ReportFields, fileName: string): string {
  const { province, district, reportingBody, date } = fields;
  if (!province || !reportingBody) return slugify(fileName.replace(/\.docx$/i, '')) || 'bao-cao';
  const body = district ?? reportingBody.replace(new RegExp(`\\s+tỉnh\\s+${province}$`, 'u'), '');
  return [slugify(province), slugify(body), date?.slice(0, 4)].filter(Boolean).join('-');
}
