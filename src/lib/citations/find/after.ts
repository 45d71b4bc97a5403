/**
 * What follows a số ký hiệu, read in bounded windows of folded text (never more than a few hundred characters,
 * so the finder stays linear): the date, issuer and khóa; the trích yếu; a short-form definition in parentheses.
 * What precedes it is in before.ts.
 */
import { dateAt, type DateMatch } from '../read/date.ts';
import { issuerAt, type IssuerInfo } from '../read/issuer.ts';
import { GAP, OPT_GAP, typeWordSource } from '../read/type-words.ts';

/**
 * A span of the folded copy: `fs` (folded start) and `fe` (folded end) are offsets into `Source.folded`, not
 * into the input. The finder works in folded offsets throughout and maps them to input offsets (`start`,
 * `end`) once, when a draft becomes a FoundCitation (find.ts, read/source.ts).
 */
export interface Span {
  fs: number;
  fe: number;
}

const TITLE_MAX = 300;

export interface After {
  /** Folded end of what was read (the symbol's end when nothing follows). */
  end: number;
  date?: Span & { iso: string };
  issuer?: Span & { info: IssuerInfo };
  /** "Nghị quyết 22 ban hành năm 2013", "Chỉ thị 45 năm 2015": a year instead of a date. */
  year?: string;
}

/** ", ngày 29/01/2024" (seed 002 puts a comma before "ngày"; "659/UBND-VHTT 09/4/2024" has no "ngày" at all). */
const DATE_LEAD = new RegExp(`${OPT_GAP}(?:,${OPT_GAP})?(?:(?:ban${GAP}hanh|ky)${GAP})?(?:ngay${OPT_GAP})?`, 'y');
const ISSUER_LEAD = new RegExp(`${OPT_GAP}(?:,${OPT_GAP})?(?:cua|do)${GAP}`, 'y');
const YEAR_AFTER = new RegExp(`${OPT_GAP}(?:,${OPT_GAP})?(?:(?:ban${GAP}hanh|ky|thong${GAP}qua)${GAP})?(?:vao${GAP})?nam${GAP}((?:19|20)\\d\\d)(?![\\d/-])`, 'y');
/**
 * What makes a date the opening of the next clause rather than part of the citation: a body written as the
 * subject, then its verb ("Kết luận số 57-KL/TW, ngày 20/9/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch …").
 * A citation's own issuer is introduced by "của" or "do", never bare.
 */
const SUBJECT_LEAD = new RegExp(`${OPT_GAP}(?:,${OPT_GAP})?`, 'y');
const VERB = new RegExp(
  `${GAP}(?:(?:da|vua|tiep${GAP}tuc|cung)${GAP})?(?:ban${GAP}hanh|ky|phe${GAP}duyet|chi${GAP}dao|to${GAP}chuc|trien${GAP}khai|xay${GAP}dung|thong${GAP}qua|yeu${GAP}cau|de${GAP}ra|co${GAP}(?:van|cong|ke|quyet|chi))(?![a-z])`,
  'y',
);

/** Whether a clause with its own subject and verb starts at `at`: "…, Ban Thường vụ Tỉnh ủy ban hành". */
export function clauseStartsAt(folded: string, at: number): boolean {
  SUBJECT_LEAD.lastIndex = at;
  SUBJECT_LEAD.test(folded);
  const subject = issuerAt(folded, SUBJECT_LEAD.lastIndex);
  if (!subject) return false;
  VERB.lastIndex = subject.end;
  return VERB.test(folded);
}

/**
 * Date and issuer after a symbol or a bare number, in either order: "ngày 05/01/2022 của Ban Bí thư", "của Bộ
 * Chính trị khóa IX"; with `readYear`, a year alone ("Nghị quyết 22 ban hành năm 2013").
 */
export function readAfter(folded: string, at: number, readYear = false): After {
  const after: After = { end: at };
  for (let round = 0; round < 2; round++) {
    if (!after.date) {
      DATE_LEAD.lastIndex = after.end;
      DATE_LEAD.test(folded);
      const date: DateMatch | null = dateAt(folded, DATE_LEAD.lastIndex);
      // The date opens the next clause: it is not this citation's, and nothing after it is either.
      if (date && clauseStartsAt(folded, date.end)) return after;
      if (date) {
        after.date = { fs: date.start, fe: date.end, iso: date.iso };
        after.end = date.end;
      }
    }
    if (!after.issuer) {
      ISSUER_LEAD.lastIndex = after.end;
      if (ISSUER_LEAD.test(folded)) {
        const from = ISSUER_LEAD.lastIndex;
        const issuer = issuerAt(folded, from);
        if (issuer) {
          after.issuer = { fs: from, fe: issuer.end, info: issuer.info };
          after.end = issuer.end;
        }
      }
    }
  }
  // Only after a bare number: after a số ký hiệu "năm 2023" more often says when it was carried out.
  if (readYear && !after.date) {
    YEAR_AFTER.lastIndex = after.end;
    const year = YEAR_AFTER.exec(folded);
    if (year) [after.year, after.end] = [year[1], YEAR_AFTER.lastIndex];
  }
  return after;
}

const TITLE_LEAD = new RegExp(
  `${OPT_GAP}(?:,${OPT_GAP})?(?=(?:ve${GAP}viec|v/v|ve|ban${GAP}hanh|phe${GAP}duyet|quy${GAP}dinh|huong${GAP}dan)\\s)`,
  'y',
);
const TITLE_STOP = /[;()\n]|\.(?:\s|$)/;

/** The trích yếu starting at `at` ("về …", "ban hành …"), ending before `limit` (the next citation). */
export function readTitle(folded: string, at: number, limit: number): Span | null {
  TITLE_LEAD.lastIndex = at;
  if (!TITLE_LEAD.exec(folded)) return null;
  const fs = TITLE_LEAD.lastIndex;
  const bound = Math.min(limit, fs + TITLE_MAX, folded.length);
  // Search a bounded slice: a text without any stop character must not be scanned to its end per citation.
  const stop = TITLE_STOP.exec(folded.slice(fs, bound + 2));
  TITLE_STOP.lastIndex = 0;
  let fe = stop && fs + stop.index < bound ? fs + stop.index : bound;
  while (fe > fs && /[\s,;:*_"'-]/.test(folded[fe - 1])) fe--;
  return fe - fs >= 4 ? { fs, fe } : null;
}

/**
 * "(*sau đây gọi tắt là Kế hoạch số 92*)" (seed 001) and "(Quy chế 272)" (seed 003): a label in parentheses
 * right after a citation (or its title). Without "gọi tắt là" only a type + number counts as a label.
 */
const DEFINITION =
  /\s{0,3}[,;]?\s{0,3}\(\s{0,2}[*_"']{0,3}\s{0,2}((?:(?:sau|duoi)\s+day\s+)?(?:(?:duoc\s+)?(?:goi\s+tat|viet\s+tat|goi)\s+la\s*:?\s*)?)[*_"']{0,3}\s{0,2}([^()\n*_"]{1,60}?)\s{0,2}[*_"']{0,3}\s{0,2}\)/dy;
const BARE_LABEL = new RegExp(`^(?:${typeWordSource((w) => w.shortForm)})\\s+(?:so\\s*)?\\d{1,5}(?:\\s?/\\s?\\d{4})?$`);

export function readDefinition(folded: string, at: number): Span | null {
  DEFINITION.lastIndex = at;
  const match = DEFINITION.exec(folded);
  if (!match?.indices) return null;
  const explicit = match[1].trim().length > 0;
  const label = match[2];
  if (!explicit && !BARE_LABEL.test(label)) return null;
  if (explicit && !/[a-z]/.test(label)) return null;
  const [fs, fe] = match.indices[2];
  return { fs, fe };
}
