// Where the build's time goes: V8 CPU profiles (node --cpu-prof, one per process) summarised by self time
// per package (node_modules/<name>) or per project file (src/…), for the busiest process.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function bucket(url: string, root: string, fn = ''): string {
  if (!url) return fn.startsWith('(') ? fn : `(native) ${fn}`;
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return `node_modules/${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (path.startsWith(root)) return path.slice(root.length).replace(/^\/+/, '');
  if (path.startsWith('node:')) return 'node: internals';
  if (/dist\/(chunks|pages|\.prerender)/.test(path) || path.includes('/.astro/')) return '(the site\'s compiled pages and content)';
  return path.length > 80 ? `…${path.slice(-80)}` : path;
}

/** Self time by bucket for one profile, in ms, largest first. */
function selfTimes(profile: CpuProfile, root: string): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const name = bucket(node.callFrame.url, root, node.callFrame.functionName);
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Project code: the sources, or the compiled pages and chunks Astro prerenders from them. */
const isProject = (url: string) => !url.includes('/node_modules/') && (url.includes('/src/') || url.includes('/.prerender/'));

/**
 * Inclusive time of project functions (the function and everything it calls), so a slow helper shows up
 * even when the time is spent inside a library it calls.
 */
function inclusiveProject(profile: CpuProfile, root: string): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!isProject(f.url)) continue;
      const key = `${f.functionName || '(anonymous)'}  ${bucket(f.url, root)}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

export function summarizeProfiles(dir: string, root: string): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) return ['profile: no .cpuprofile written'];
  const largest = files.map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const profile = JSON.parse(readFileSync(largest, 'utf8')) as CpuProfile;
  const wall = (profile.endTime - profile.startTime) / 1000;
  const lines = [`profile of the busiest process (${largest}), ${(wall / 1000).toFixed(1)} s, self time by package/file:`];
  for (const [name, ms] of selfTimes(profile, root).slice(0, 18)) lines.push(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / wall).toFixed(1).padStart(5)} %  ${name}`);
  const hot = inclusiveProject(profile, root).slice(0, 25);
  if (hot.length) {
    lines.push('project functions by inclusive time (self + callees):');
    for (const [name, ms] of hot) lines.push(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`);
  }
  return lines;
}
