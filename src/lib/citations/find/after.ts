/**
 * What follows a số ký hiệu, read in bounded windows of folded text (never more than a few hundred characters,
 * so the finder stays linear): the date, issuer and khóa; the trích yếu; a short-form definition in parentheses.
 * What precedes it is in before.ts.
 */
import { dateAt, type DateMatch } from '../read/date.ts';
import { issuerAt, type IssuerInfo } from '../read/issuer.ts';
import { GAP, OPT_GAP, typeWordSource } from '../read/type-words.ts';

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
}

/** ", ngày 29/01/2024" (seed 002 puts a comma before "ngày"; "659/UBND-VHTT 09/4/2024" has no "ngày" at all). */
const DATE_LEAD = new RegExp(`${OPT_GAP}(?:,${OPT_GAP})?(?:(?:ban${GAP}hanh|ky)${GAP})?(?:ngay${OPT_GAP})?`, 'y');
const ISSUER_LEAD = new RegExp(`${OPT_GAP}(?:,${OPT_GAP})?(?:cua|do)${GAP}`, 'y');

/** Date and issuer after a symbol, in either order: "ngày 05/01/2022 của Ban Bí thư", "của Bộ Chính trị khóa IX". */
export function readAfter(folded: string, at: number): After {
  const after: After = { end: at };
  for (let round = 0; round < 2; round++) {
    if (!after.date) {
      DATE_LEAD.lastIndex = after.end;
      DATE_LEAD.exec(folded);
      const date: DateMatch | null = dateAt(folded, DATE_LEAD.lastIndex);
      if (date) {
        after.date = { fs: date.start, fe: date.end, iso: date.iso };
        after.end = date.end;
      }
    }
    if (!after.issuer) {
      ISSUER_LEAD.lastIndex = after.end;
      if (ISSUER_LEAD.exec(folded)) {
        const from = ISSUER_LEAD.lastIndex;
        const issuer = issuerAt(folded, from);
        if (issuer) {
          after.issuer = { fs: from, fe: issuer.end, info: issuer.info };
          after.end = issuer.end;
        }
      }
    }
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
