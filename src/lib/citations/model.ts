/**
 * The plain data that flows through read → find → resolve → check → annotate. No classes, no methods: it crosses
 * the build, the browser (as JSON) and the CLI unchanged. A found citation is one of six kinds, each carrying
 * exactly the parts that kind has; a resolved citation has one outcome (resolved, ambiguous or unknown).
 */
import type { CatalogueDocument } from '../catalogue/model.ts';
import type { SymbolInfo } from './read/symbol.ts';
import type { IssuerInfo } from './read/issuer.ts';

/** UTF-16 offsets into the input. */
export interface Span {
  start: number;
  end: number;
}

export interface WrittenText {
  /** As written (NFC, whitespace runs as one space). */
  written: string;
}

/** Loại văn bản as written ("Nghị quyết", "NĐ") and its canonical label. */
export type TypeWordAsWritten = WrittenText & { label: string };
/** A label as written ("Kế hoạch số 92", "Luật Cư trú") and its key ("ke hoach 92", "luat cu tru"). */
export type LabelAsWritten = WrittenText & { key: string };

/** Parts that any kind of citation may carry. */
interface CitationBase {
  /** UTF-16 offsets into the original input: `input.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  date?: WrittenText & { iso: string };
  issuer?: WrittenText & IssuerInfo;
  /** A year written instead of a date: "Nghị quyết 22 ban hành năm 2013", "Luật Quốc tịch Việt Nam năm 1998". */
  year?: string;
  /** Trích yếu after "về", "về việc", "ban hành", "phê duyệt" (not part of the span). */
  title?: string;
  /** Input offsets of the trích yếu, set when the input there reads exactly `title` (offsets map one to one). */
  titleAt?: Span;
  /** "khoản 2 Điều 8" in "khoản 2 Điều 8 của Nghị định số …" (part of the span). */
  pinpoint?: string;
  /** The label this citation defines: "(sau đây gọi tắt là Kế hoạch số 92)". */
  defines?: string;
  /**
   * Parts that are not inside the span: taken from a neighbour in a list ("Các Nghị quyết số 01/NQ-CP và
   * 02/NQ-CP ngày 01/01/2021"), or from the clause that introduces the citation ("Ngày 19/5/2015, Bộ Chính trị
   * ban hành Chỉ thị số 45-CT/TW").
   */
  inherited?: ('type' | 'date' | 'issuer')[];
  /** The text itself says this document is repealed or replaced ("… bãi bỏ Quyết định số 35/2014/QĐ-UBND"). */
  changedHere?: 'repeal' | 'replace';
}

/** Type word + số ký hiệu ("Nghị định số 80/2020/NĐ-CP"), or a số ký hiệu alone / a list item ("…và 02/NQ-CP"). */
export interface SymbolCitation extends CitationBase {
  kind: 'full' | 'symbol';
  typeWord?: TypeWordAsWritten;
  symbol: WrittenText & SymbolInfo;
}

/** A type word with a bare number: "Chỉ thị 45", "kế hoạch số 92", "NĐ 80/2020", "Quy chế 272". */
export interface NumberCitation extends CitationBase {
  kind: 'number';
  typeWord: TypeWordAsWritten;
  label: LabelAsWritten & { number: string; year?: string };
}

/** A name the catalogue knows that is neither a law nor a type + number: "Đề án Huy động". */
export interface AliasCitation extends CitationBase {
  kind: 'alias';
  label: LabelAsWritten;
}

/** A law by its name: "Luật Cư trú", "Luật Quốc tịch Việt Nam năm 1998", "Luật Cư trú (sửa đổi)". */
export interface LawNameCitation extends CitationBase {
  kind: 'law-name';
  label: LabelAsWritten;
  /** "(sửa đổi)" after the name: the revised law that replaced the one of that name. */
  revised?: boolean;
  /** "Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam": the key of the law amended. */
  amends?: string;
}

/**
 * A Party resolution named by the plenum that adopted it: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội
 * nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI". A plenum adopts several resolutions, so the name
 * alone singles out none: it resolves only with what else the text says (its trích yếu).
 */
export interface PlenumCitation extends CitationBase {
  kind: 'plenum';
  typeWord: TypeWordAsWritten;
  /** The name as written, the plenum's number (lần thứ tám → 8) and its khóa in Roman numerals when written. */
  label: LabelAsWritten & { plenum: number; term?: string };
}

/** A label the text defined earlier: "(sau đây gọi tắt là Kế hoạch số 92)" … "Kế hoạch 92". */
export interface ShortFormCitation extends CitationBase {
  kind: 'short-form';
  label: LabelAsWritten;
  /** Index (in the found list) of the citation that defined this label. */
  definedBy: number;
}

export type FoundCitation = SymbolCitation | NumberCitation | AliasCitation | LawNameCitation | PlenumCitation | ShortFormCitation;
export type CitationKind = FoundCitation['kind'];

/** How a citation was tied to a catalogue entry. */
export type MatchKind = 'exact' | 'separators' | 'year' | 'number' | 'alias' | 'short-form' | 'law-name' | 'plenum';

export type Resolution =
  | { outcome: 'resolved'; id: string; how: MatchKind }
  /** Several entries fit what the text says; the drafter must say which. */
  | { outcome: 'ambiguous'; candidates: string[] }
  | {
      outcome: 'unknown';
      /** Entries that share the symbol or name but not the rest (another province, year, or law). */
      near: string[];
      /** A type + number that matches nothing: the labels the text defines of that type ("Kế hoạch số 92"). */
      defined?: string[];
      /** A short form of a document that is itself unknown: reported once, where it is cited in full. */
      reported?: boolean;
    };

export type ResolvedCitation = FoundCitation & { resolution: Resolution };

/** The catalogue id a citation resolved to, or null. */
export function resolvedId(c: { resolution: Resolution }): string | null {
  return c.resolution.outcome === 'resolved' ? c.resolution.id : null;
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
  /**
   * The corrected text to put in place of the citation (or of its title, for wrong-title); "" when none. A
   * citation has at most one: every field problem shares the corrected citation, and a later problem (the
   * successor of a replaced document) does not add a second.
   */
  suggestion: string;
  /** wrong-title: the words of the cited title that are wrong ("thuộc", "2011-2015"). */
  wrongWords?: string;
  /** Where those words are in the input, when known: the problem is marked there, not on the citation. */
  at?: Span;
}

/** Advice that is not an error: a first mention without date or issuer (Nghị định 30/2020/NĐ-CP). */
export type NoteCode = 'first-mention';

export interface Note {
  code: NoteCode;
  message: string;
  /** The full form to use at the first mention. */
  suggestion: string;
}

export type CheckedCitation = ResolvedCitation & { problems: Problem[]; notes: Note[] };

/** The catalogue facts the engine needs; CatalogueDocument satisfies it, and so does its JSON export. */
export type CitableDocument = Pick<CatalogueDocument, 'id' | 'symbol' | 'type' | 'level' | 'issuer' | 'issuedOn'> &
  Partial<Pick<CatalogueDocument, 'typeNote' | 'province' | 'district' | 'term' | 'title' | 'effectiveFrom'>> & {
    status?: { code: string; until?: string };
    aliases?: readonly string[];
    replaces?: readonly { id: string }[];
    repeals?: readonly { id: string }[];
    amends?: readonly { id: string }[];
  };

export interface CheckOptions {
  /** The date the text speaks from (ISO); default today. A 2023 report is checked as of 2023. */
  asOf?: string;
  /** The province of the text (report), used when a local citation names no province ("UBND tỉnh"). */
  province?: string;
}
