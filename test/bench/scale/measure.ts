// Runs a command and measures it the way the issue asks: wall time and peak resident memory of the whole
// process tree (npm → sh → astro/node → pagefind), sampled from /proc every 100 ms. GNU time's "maximum
// resident set size" only sees the largest single process, so it is reported beside the tree's sum.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  wallMs: number;
  /** Peak of the summed RSS of the process and all its descendants. */
  peakTreeMb: number;
  /** Peak RSS of the single largest process (GNU time %M), when /usr/bin/time is present. */
  peakProcessMb?: number;
  /** Peak RSS per program in the tree (astro's node, pagefind…), MB: who the peak belongs to. */
  peakByProgramMb: Record<string, number>;
  /** User + system CPU seconds of the whole tree (GNU time %U + %S): steadier than wall time on a busy machine. */
  cpuS?: number;
  output: string;
  code: number;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended between readdir and read
    }
  }
  return tree;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** A process's program, as a short name: `astro` for `node …/astro build`, else the executable's name. */
function programOf(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const exe = (argv[0] ?? '').split('/').pop() ?? '?';
    const script = argv.slice(1).find((a) => !a.startsWith('-'))?.split('/').pop();
    return exe === 'node' && script ? script.replace(/\.(m?js|ts)$/, '') : exe;
  } catch {
    return '?';
  }
}

function treeRss(root: number, perProgram: Map<string, number>): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const kb = rssKb(pid);
    total += kb;
    if (kb > 50_000) {
      const name = programOf(pid);
      perProgram.set(name, Math.max(perProgram.get(name) ?? 0, kb));
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

const GNU_TIME = '/usr/bin/time';

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<Measured> {
  const timed = existsSync(GNU_TIME);
  const marker = '__PEAK_RSS_KB__';
  const [cmd, argv] = timed ? [GNU_TIME, ['-f', `${marker}%M %U %S`, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak = 0;
    const perProgram = new Map<string, number>();
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (options.echo) process.stderr.write(text.replace(new RegExp(`${marker}[\\d. ]+\\n?`), ''));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const sample = () => (peak = Math.max(peak, treeRss(child.pid!, perProgram)));
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - start;
      const gnu = new RegExp(`${marker}(\\d+) ([\\d.]+) ([\\d.]+)`).exec(output);
      resolve({
        wallMs,
        peakTreeMb: peak / 1024,
        peakByProgramMb: Object.fromEntries([...perProgram].map(([k, v]) => [k, v / 1024])),
        peakProcessMb: gnu ? Number(gnu[1]) / 1024 : undefined,
        cpuS: gnu ? Number(gnu[2]) + Number(gnu[3]) : undefined,
        output: output.replace(new RegExp(`${marker}[\\d. ]+\\n?`), ''),
        code: code ?? 1,
      });
    });
  });
}

/** "2m 53s", "17.36s", "41ms", "0.269 seconds" → seconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)\s*(ms|s|seconds)?)?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  return Number(m[1] ?? 0) * 60 + (m[2] ? Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : 0);
}

const clock = (hms: string) => {
  const [h, m, s] = hms.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};

/** What Astro and Pagefind print about themselves, to split a build's wall time into phases. */
export function buildBreakdown(output: string) {
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const after = (re: RegExp) => {
    const m = re.exec(text);
    return m ? parseDuration(m[1]) : undefined;
  };
  const sync = /(\d\d:\d\d:\d\d) \[content\] Syncing content[\s\S]*?(\d\d:\d\d:\d\d) \[content\] Synced content/.exec(text);
  // Routes that took over a second: the first page to call siteContent() pays for the whole catalogue.
  const slow = [...text.matchAll(/[├└]─ (\S+) \(\+([\d.]+m?s|\d+m [\d.]+s)\)/g)]
    .map((m) => ({ route: m[1], s: parseDuration(m[2]) ?? 0 }))
    .filter((r) => r.s >= 1)
    .sort((a, b) => b.s - a.s)
    .slice(0, 5);
  return {
    pages: Number(/(\d+) page\(s\) built/.exec(text)?.[1] ?? 0),
    contentSyncS: sync ? clock(sync[2]) - clock(sync[1]) : undefined,
    viteS: after(/\[vite\] ✓ built in ([^\n]+)/),
    routesS: after(/generating static routes[\s\S]*?✓ Completed in ([^\n]+?)\.?\n/),
    astroS: after(/page\(s\) built in ([^\n]+)/),
    // src/cli/index-search.ts's summary line (Pagefind itself prints one "Finished in" per bundle).
    pagefindS: after(/all indexed in ([\d.]+ seconds)/),
    indexedPages: Number(/pagefind: (\d+) pages in/.exec(text)?.[1] ?? 0),
    searchBundles: Number(/pages in (\d+) bundle/.exec(text)?.[1] ?? 0),
    slow,
  };
}
