// When the catalogue last changed: the date of the last commit touching content/, read once at build time.
// Outside a git checkout (a tarball build) it falls back to the build date.
import { execFileSync } from 'node:child_process';
import { todayIso } from '../lib/format/date.ts';

let cached: string | undefined;

export function contentUpdatedOn(): string {
  cached ??= lastCommitDate() ?? todayIso();
  return cached;
}

function lastCommitDate(): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}
