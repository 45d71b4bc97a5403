/**
 * Party resolutions named by the plenum that adopted them: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội
 * nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI" (read/plenum.ts reads the plenum). Only after
 * "Nghị quyết": "Hội nghị Trung ương 4" alone names the meeting, an event ("tại Hội nghị Trung ương 4", "phát
 * biểu bế mạc Hội nghị Trung ương 4"), and a plenum adopts several documents (Hội nghị Trung ương 4 khóa XII:
 * Nghị quyết 04-NQ/TW, 05-NQ/TW and 06-NQ/TW), so the meeting's name cites none of them. For the same reason
 * "Kết luận Hội nghị Trung ương …" is left alone: "kết luận" there is as often the closing speech.
 */
import { plenumAt, type Plenum } from '../read/plenum.ts';
import { GAP, OPT_GAP, type TypeWord } from '../read/type-words.ts';
import type { Span } from './after.ts';

export interface PlenumCandidate extends Span, Omit<Plenum, 'end'> {
  typeWord: Span & { word: TypeWord };
}

/** "Nghị quyết [của] " before a plenum's name; "NQ" too, which typedAt accepts in capitals only ("NQ TW4"). */
const ANCHOR = new RegExp(
  `(?<![a-z0-9])(?:nghi${GAP}quyet${GAP}|nq${OPT_GAP})(cua${GAP})?(?=hoi${GAP}nghi${GAP}|trung${GAP}uong|tw)`,
  'g',
);

/** Plenum citations in folded text; `typedAt` reads the type word ending at an offset (as findBare's). */
export function findPlenums(folded: string, typedAt: (at: number) => (Span & { word: TypeWord }) | undefined): PlenumCandidate[] {
  const found: PlenumCandidate[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(folded); m; m = ANCHOR.exec(folded)) {
    const at = m.index + m[0].length;
    const typed = typedAt(at - (m[1]?.length ?? 0));
    if (typed?.word.label !== 'Nghị quyết') continue;
    const plenum = plenumAt(folded, at);
    if (!plenum) continue;
    found.push({ fs: typed.fs, fe: plenum.end, number: plenum.number, term: plenum.term, typeWord: typed });
    ANCHOR.lastIndex = plenum.end;
  }
  return found;
}
