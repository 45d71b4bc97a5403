/**
 * A text cut into runs, the số ký hiệu and dates marked: a page wraps those in a no-break span, so that
 * "80/2020/NĐ-CP" or "12-CT/TW" never breaks at its slash or hyphen (browsers allow a break after both).
 * A run is marked when it has a digit and a "/" or "-" between two non-space characters.
 */
export interface Run {
  text: string;
  keep: boolean;
}

const SYMBOL = /[^\s,;:()“”]*\d[^\s,;:()“”]*[/-][^\s,;:()“”]+|[^\s,;:()“”]+[/-][^\s,;:()“”]*\d[^\s,;:()“”]*/gu;

export function nowrapRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(SYMBOL)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), keep: false });
    runs.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}
