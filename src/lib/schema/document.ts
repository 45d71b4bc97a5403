import { z } from 'zod';
import { isoDate } from './dates.ts';
import {
  DOCUMENT_TYPES,
  FACT_FIELDS,
  levelValues,
  statusValues,
  systemValues,
  topicValues,
} from './vocabulary.ts';

/**
 * How a relation names its target. Astro passes `reference('documents')`; the CLI and the tests pass
 * `plainRef`, which yields the same `{ collection, id }` shape, so one schema serves both.
 */
export type Ref = { collection: string; id: string };
export type RefFactory = () => z.ZodType<Ref, string>;

export const plainRef =
  (collection: string): RefFactory =>
  () =>
    z.string().min(1).transform((id): Ref => ({ collection, id }));

const source = z
  .object({
    title: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** id of the seed report that cites the document, when that report is the only source. */
    report: z.string().optional(),
    /** The page shows the document's full text: the document page links it under "Toàn văn". */
    fullText: z.boolean().optional(),
    /** The words the page showed: evidence for review, never shown on the site. */
    quote: z.string().optional(),
  })
  .refine((s) => s.url ?? s.report, 'nguồn cần `url` hoặc `report` (a source needs url or report)');

const status = z.object({
  code: z.enum(statusValues),
  /** Date it stopped being in force, when known and not already given by a `replaces` edge. */
  until: isoDate.optional(),
  note: z.string().optional(),
});

export function documentSchema(ref: RefFactory) {
  const refs = z.array(ref()).default([]);
  return z.object({
    /** Số ký hiệu exactly as officially written (NFC): `36-NQ/TW`, `80/2020/NĐ-CP`. */
    symbol: z
      .string()
      .min(1)
      .refine((s) => s === s.normalize('NFC'), 'số ký hiệu phải ở dạng Unicode NFC')
      .refine((s) => /^\d+[A-Z]?[-/]/.test(s), 'số ký hiệu phải bắt đầu bằng số (e.g. 36-NQ/TW)'),
    type: z.enum(DOCUMENT_TYPES),
    /** Extra words after the type, e.g. "ban hành Quy chế" for Quyết định 272-QĐ/TW. */
    typeNote: z.string().optional(),
    system: z.enum(systemValues),
    level: z.enum(levelValues),
    /** Province as it was on the issue date (provinces merged on 01/7/2025). Required below trung ương. */
    province: z.string().optional(),
    district: z.string().optional(),
    issuer: z.string().min(1),
    /** Khóa of a Party or National Assembly body, Roman numerals: "IX", "XIII". */
    term: z.string().regex(/^[IVXL]+$/, 'khóa viết bằng số La Mã (IX, XIII)').optional(),
    issuedOn: isoDate,
    title: z.string().min(1).optional(),
    effectiveFrom: isoDate.optional(),
    status: status.default({ code: 'chua-xac-dinh' }),
    signer: z.string().optional(),
    aliases: z.array(z.string()).default([]),
    implements: refs,
    basedOn: refs,
    replaces: refs,
    amends: refs,
    /** Bãi bỏ: the targets stop being in force when this one takes effect. */
    repeals: refs,
    topics: z.array(z.enum(topicValues)).default([]),
    sources: z.array(source).default([]),
    /** Per fact: true when a public source shows it; false = best knowledge, shown as unconfirmed. */
    confirmed: z.partialRecord(z.enum(FACT_FIELDS), z.boolean()).default({}),
    /** Short orientation shown in lists and search results. */
    summary: z.string().optional(),
  })
    .refine((d) => d.level === 'trung-uong' || d.province, {
      message: 'văn bản địa phương cần `province` (a local document needs its province)',
      path: ['province'],
    });
}

export const plainDocumentSchema = documentSchema(plainRef('documents'));
export type DocumentData = z.output<typeof plainDocumentSchema>;
export type RelationKind = 'implements' | 'basedOn' | 'replaces' | 'amends' | 'repeals';
export const RELATION_KINDS: readonly RelationKind[] = ['implements', 'basedOn', 'replaces', 'amends', 'repeals'];
