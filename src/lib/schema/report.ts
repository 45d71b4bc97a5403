import { z } from 'zod';
import { partialDate } from './dates.ts';
import { plainRef, type RefFactory } from './document.ts';

export function reportSchema(ref: RefFactory) {
  return z.object({
    /** Trích yếu of the report, as its heading reads. */
    title: z.string().min(1),
    /** Số ký hiệu as printed; the seeds leave the number blank ("Số: /BC-SNV"). */
    symbol: z.string().optional(),
    reportingBody: z.string().min(1),
    province: z.string().min(1),
    district: z.string().optional(),
    /** Place line of the heading ("Bắc Giang, ngày   tháng 5 năm 2021"). */
    place: z.string().optional(),
    /** As precise as the text gives: `2023`, `2021-05`. */
    date: partialDate,
    period: z.string().min(1),
    /** The request it answers, as the text names it. */
    respondsTo: z.string().optional(),
    /** Documents it says it reports on (from its title and opening). */
    reportsOn: z.array(ref()).default([]),
    recipients: z.array(z.string()).default([]),
    signer: z.string().optional(),
    signerTitle: z.string().optional(),
    /** File name of the seed in ../shared/seeds it was transcribed from. */
    seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/).optional(),
    /** File name of the Word document it was converted from (`npm run add-report`), when it came as one. */
    sourceFile: z.string().optional(),
  });
}

export const plainReportSchema = reportSchema(plainRef('documents'));
export type ReportData = z.output<typeof plainReportSchema>;
