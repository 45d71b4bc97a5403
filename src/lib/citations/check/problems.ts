/**
 * Problem codes and their Vietnamese messages, in one table so the build, the browser checker and the CLI say
 * the same thing in the same words. Dates in messages follow Nghị định 30/2020/NĐ-CP ("08/7/2020").
 */
import type { Note, Problem, ProblemCode } from '../model.ts';

interface Params {
  'wrong-year-in-symbol': { written: string; symbol: string };
  'wrong-date': { symbol: string; date: string; written: string; effective: boolean };
  'wrong-issuer': { symbol: string; issuer: string; written: string };
  'wrong-type': { symbol: string; type: string; written: string };
  'wrong-title': { symbol: string; title: string; wrong: string };
  replaced: { symbol: string; by: string; since: string; covers?: string };
  repealed: { symbol: string; by: string; since: string };
  expired: { symbol: string; since: string };
  'malformed-symbol': { written: string; symbol: string };
  'unknown-short-form': { label: string; defined: string[] };
  'unknown-document': { written: string; near: string[]; plenum?: boolean };
  ambiguous: { written: string; candidates: string[] };
}

const MESSAGES: { [C in ProblemCode]: (p: Params[C]) => string } = {
  'wrong-year-in-symbol': (p) => `Số ký hiệu sai năm: văn bản này là ${p.symbol}, không phải ${p.written}.`,
  'wrong-date': (p) =>
    p.effective
      ? `Sai ngày ban hành: ${p.written} là ngày có hiệu lực, không phải ngày ban hành; ${p.symbol} ban hành ngày ${p.date}.`
      : `Sai ngày ban hành: ${p.symbol} ban hành ngày ${p.date}, không phải ngày ${p.written}.`,
  'wrong-issuer': (p) => `Sai cơ quan ban hành: ${p.symbol} do ${p.issuer} ban hành, không phải ${p.written}.`,
  'wrong-type': (p) => `Sai loại văn bản: ${p.symbol} là ${p.type}, không phải ${p.written}.`,
  'wrong-title': (p) => `Trích yếu sai ở “${p.wrong}”: trích yếu của ${p.symbol} là “${p.title}”.`,
  replaced: (p) =>
    `Văn bản đã bị thay thế: ${p.symbol} nay đã được thay thế bởi ${p.by} từ ngày ${p.since}.` +
    (p.covers ? ` Phần được dẫn nay thuộc ${p.covers}.` : ''),
  repealed: (p) => `Văn bản đã bị bãi bỏ: ${p.symbol} bị bãi bỏ bởi ${p.by} từ ngày ${p.since}.`,
  expired: (p) => `Văn bản đã hết hiệu lực: ${p.symbol} hết hiệu lực từ ngày ${p.since}.`,
  'malformed-symbol': (p) => `Số ký hiệu viết chưa đúng quy cách: “${p.written}” phải viết là ${p.symbol}.`,
  'unknown-short-form': (p) =>
    `Tên viết tắt “${p.label}” không khớp với văn bản nào được định nghĩa trong bài` +
    (p.defined.length ? ` (đã định nghĩa: ${p.defined.map((d) => `“${d}”`).join(', ')}).` : '; hãy ghi đủ số ký hiệu.'),
  'unknown-document': (p) =>
    p.plenum && p.near.length
      ? `Chưa xác định được văn bản ${p.written}: một hội nghị Trung ương thường ban hành nhiều nghị quyết; danh mục có: ${p.near.join('; ')} — hãy ghi số ký hiệu hoặc trích yếu của nghị quyết.`
      : `Không tìm thấy văn bản ${p.written} trong danh mục` +
        (p.near.length ? `; danh mục có: ${p.near.join('; ')} — hãy kiểm tra lại ngày và cơ quan ban hành.` : '.'),
  ambiguous: (p) =>
    `Không xác định được văn bản ${p.written}: số hiệu này ${p.candidates.length > 1 ? `dùng cho ${p.candidates.length} văn bản trong danh mục (${p.candidates.join('; ')})` : `được nhiều địa phương dùng (danh mục có ${p.candidates[0]})`}; hãy ghi rõ ngày và cơ quan ban hành.`,
};

export function problem<C extends ProblemCode>(code: C, params: Params[C], suggestion = ''): Problem {
  return { code, message: MESSAGES[code](params), suggestion };
}

/** Every code, for documentation and exhaustive tests. */
export const PROBLEM_CODES = Object.keys(MESSAGES) as ProblemCode[];

/**
 * A first mention without date or issuer: advice, not an error. Nghị định 30/2020/NĐ-CP wants the first mention
 * in full (type, số ký hiệu, date, issuer, trích yếu); later mentions may be short.
 */
export function firstMentionNote(suggestion: string): Note {
  return {
    code: 'first-mention',
    message: 'Lần đầu nhắc đến văn bản nên ghi đủ loại văn bản, số ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (Nghị định 30/2020/NĐ-CP); những lần sau có thể ghi gọn.',
    suggestion,
  };
}
