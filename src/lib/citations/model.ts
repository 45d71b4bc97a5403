/**
 * The plain data that flows through find → resolve → check → annotate. No classes, no methods: it crosses the
 * build, the browser (as JSON) and the CLI unchanged.
 */
import type { CatalogueDocument } from '../catalogue/model.ts';
import type { SymbolInfo } from './read/symbol.ts';
import type { IssuerInfo } from './read/issuer.ts';

export type CitationKind =
  /** Type word + số ký hiệu: "Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ". */
  | 'full'
  /** A số ký hiệu alone, or a list item after the first: "…và 02/NQ-CP". */
  | 'symbol'
  /** A name known to the catalogue or a type + bare number not defined in the text: "Nghị quyết 36", "Quy chế 272". */
  | 'alias'
  /** A type + number defined earlier in the text: "(sau đây gọi tắt là Kế hoạch số 92)" … "Kế hoạch 92". */
  | 'short-form'
  /** A law by its name: "Luật Cư trú". */
  | 'law-name';

export interface WrittenText {
  /** As written (NFC, whitespace runs as one space). */
  written: string;
}

export interface FoundCitation {
  /** UTF-16 offsets into the original input: `input.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  kind: CitationKind;
  /** Loại văn bản as written ("Nghị quyết") and its canonical label. */
  typeWord?: WrittenText & { label: string };
  /** Số ký hiệu as written, with its parse. */
  symbol?: WrittenText & SymbolInfo;
  date?: WrittenText & { iso: string };
  issuer?: WrittenText & IssuerInfo;
  /** Trích yếu after "về", "về việc", "ban hành", "phê duyệt" (not part of the span). */
  title?: string;
  /** "khoản 2 Điều 8" in "khoản 2 Điều 8 của Nghị định số …" (part of the span). */
  pinpoint?: string;
  /** For aliases and short forms: the label as written ("Kế hoạch số 92") and its key ("ke hoach 92"). */
  label?: WrittenText & { key: string; number?: string; year?: string };
  /** Short forms: index (in the found list) of the citation that defined this label. */
  definedBy?: number;
  /** The label this citation defines: "(sau đây gọi tắt là Kế hoạch số 92)". */
  defines?: string;
  /** Fields taken from a neighbour in a list ("Các Nghị quyết số 01/NQ-CP và 02/NQ-CP ngày 01/01/2021"). */
  inherited?: ('type' | 'date' | 'issuer')[];
  /** The text itself says this document is repealed or replaced ("… bãi bỏ Quyết định số 35/2014/QĐ-UBND"). */
  changedHere?: 'repeal' | 'replace';
  /** Year written after a law's name: "Luật Phòng, chống mua bán người năm 2024". */
  year?: string;
}

/** How a citation was tied to a catalogue entry. */
export type MatchKind = 'exact' | 'separators' | 'year' | 'alias' | 'short-form' | 'law-name';

export interface Resolution {
  id: string;
  how: MatchKind;
}

export type Unresolved =
  | { reason: 'unknown'; near?: string[] }
  | { reason: 'ambiguous'; candidates: string[] }
  | { reason: 'unknown-short-form'; defined: string[] }
  /** A short form whose defining citation is itself unresolved: nothing new to report. */
  | { reason: 'undefined-target' };

export interface ResolvedCitation extends FoundCitation {
  resolution: Resolution | null;
  unresolved?: Unresolved;
}

export type ProblemCode =
  | 'wrong-year-in-symbol'
  | 'wrong-date'
  | 'wrong-issuer'
  | 'wrong-type'
  | 'wrong-title'
  | 'replaced'
  | 'repealed'
  | 'expired'
  | 'malformed-symbol'
  | 'unknown-short-form'
  | 'unknown-document'
  | 'ambiguous';

export interface Problem {
  code: ProblemCode;
  /** Natural Vietnamese. */
  message: string;
  /** The corrected text to put in place of the citation (or of its title, for wrong-title); "" when none. */
  suggestion: string;
}

export interface CheckedCitation extends ResolvedCitation {
  problems: Problem[];
}

/** The catalogue facts the engine needs; CatalogueDocument satisfies it, and so does its JSON export. */
export type CitableDocument = Pick<CatalogueDocument, 'id' | 'symbol' | 'type' | 'level' | 'issuer' | 'issuedOn'> &
  Partial<Pick<CatalogueDocument, 'typeNote' | 'province' | 'district' | 'term' | 'title' | 'effectiveFrom'>> & {
    status?: { code: string; until?: string };
    aliases?: readonly string[];
    replaces?: readonly { id: string }[];
    repeals?: readonly { id: string }[];
  };

export interface CheckOptions {
  /** The date the text speaks from (ISO); default today. A 2023 report is checked as of 2023. */
  asOf?: string;
  /** The province of the text (report), used when a local citation names no province ("UBND tỉnh"). */
  province?: string;
}
