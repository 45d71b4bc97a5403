// A synthetic catalogue at the scale of a whole province's or ministry's archive: documents (.md, valid
// against src/lib/schema/document.ts, ids by src/lib/format/slug.ts) and reports (.md) whose text carries the
// citation forms of the seed reports (../shared/seeds), mistakes included, pointing at generated symbols.
// Deterministic: the same seed gives the same catalogue.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentId } from '../../../src/lib/format/slug.ts';
import { splitFrontmatter } from '../../../src/lib/catalogue/files.ts';
import { dump } from 'js-yaml';
import { PROVINCES } from '../../../src/lib/citations/read/provinces.ts';
import { topicValues } from '../../../src/lib/schema/vocabulary.ts';

const CITIES = new Set(['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh']);
const DISTRICTS = [
  'Bình Sơn', 'Văn Quan', 'Sơn Tịnh', 'Tư Nghĩa', 'Mộ Đức', 'Đức Phổ', 'Ba Tơ', 'Lý Sơn', 'Tràng Định', 'Bình Gia',
  'Cao Lộc', 'Lộc Bình', 'Đình Lập', 'Hữu Lũng', 'Chi Lăng', 'Yên Thế', 'Tân Yên', 'Lục Nam', 'Sơn Động', 'Hiệp Hòa',
  'Phù Mỹ', 'Tây Sơn', 'Hoài Nhơn', 'An Lão', 'Vĩnh Thạnh', 'Tuy Phước', 'Phù Cát', 'Vân Canh', 'Kim Sơn', 'Gia Viễn',
];
const TOPICS = topicValues;
const SUBJECTS = [
  'công tác đối với người Việt Nam ở nước ngoài', 'tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới',
  'chiến lược phát triển thông tin đối ngoại', 'hội nhập quốc tế', 'quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức',
  'quản lý thống nhất các hoạt động đối ngoại', 'tổ chức và quản lý hội nghị, hội thảo quốc tế', 'công tác lãnh sự và bảo hộ công dân',
  'huy động người Việt Nam ở nước ngoài tham gia giới thiệu, tiêu thụ sản phẩm', 'công tác thông tin đối ngoại trên địa bàn tỉnh',
  'quản lý đoàn ra, đoàn vào', 'công tác biên giới và hợp tác với các địa phương nước láng giềng', 'ký kết và thực hiện thỏa thuận quốc tế',
  'xúc tiến đầu tư, thương mại, du lịch gắn với ngoại giao kinh tế', 'văn hóa đối ngoại',
];

type Level = 'trung-uong' | 'tinh' | 'huyen';
interface Pattern {
  type: string;
  system: 'dang' | 'nha-nuoc';
  symbol: string; // {n}, {y}, {qh} placeholders
  issuer: string; // {p} province, {d} district
  term?: 'party';
  weight: number;
}

const CENTRAL: Pattern[] = [
  { type: 'Nghị quyết', system: 'dang', symbol: '{n}-NQ/TW', issuer: 'Bộ Chính trị', term: 'party', weight: 3 },
  { type: 'Chỉ thị', system: 'dang', symbol: '{n}-CT/TW', issuer: 'Ban Bí thư', term: 'party', weight: 3 },
  { type: 'Kết luận', system: 'dang', symbol: '{n}-KL/TW', issuer: 'Bộ Chính trị', term: 'party', weight: 3 },
  { type: 'Quyết định', system: 'dang', symbol: '{n}-QĐ/TW', issuer: 'Bộ Chính trị', term: 'party', weight: 1 },
  { type: 'Quy định', system: 'dang', symbol: '{n}-QĐi/TW', issuer: 'Ban Bí thư', term: 'party', weight: 1 },
  { type: 'Hướng dẫn', system: 'dang', symbol: '{n}-HD/BTGTW', issuer: 'Ban Tuyên giáo Trung ương', weight: 1 },
  { type: 'Nghị quyết', system: 'nha-nuoc', symbol: '{n}/NQ-CP', issuer: 'Chính phủ', weight: 3 },
  { type: 'Nghị định', system: 'nha-nuoc', symbol: '{n}/{y}/NĐ-CP', issuer: 'Chính phủ', weight: 4 },
  { type: 'Quyết định', system: 'nha-nuoc', symbol: '{n}/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', weight: 4 },
  { type: 'Chỉ thị', system: 'nha-nuoc', symbol: '{n}/CT-TTg', issuer: 'Thủ tướng Chính phủ', weight: 1 },
  { type: 'Luật', system: 'nha-nuoc', symbol: '{n}/{y}/{qh}', issuer: 'Quốc hội', weight: 1 },
  { type: 'Thông báo', system: 'nha-nuoc', symbol: '{n}/TB-VPCP', issuer: 'Văn phòng Chính phủ', weight: 1 },
];
const PROVINCIAL: Pattern[] = [
  { type: 'Kế hoạch', system: 'nha-nuoc', symbol: '{n}/KH-UBND', issuer: 'UBND {tp} {p}', weight: 6 },
  { type: 'Quyết định', system: 'nha-nuoc', symbol: '{n}/QĐ-UBND', issuer: 'UBND {tp} {p}', weight: 5 },
  { type: 'Quyết định', system: 'nha-nuoc', symbol: '{n}/{y}/QĐ-UBND', issuer: 'UBND {tp} {p}', weight: 2 },
  { type: 'Chỉ thị', system: 'nha-nuoc', symbol: '{n}/CT-UBND', issuer: 'UBND {tp} {p}', weight: 1 },
  { type: 'Công văn', system: 'nha-nuoc', symbol: '{n}/UBND-NC', issuer: 'UBND {tp} {p}', weight: 2 },
  { type: 'Kế hoạch', system: 'dang', symbol: '{n}-KH/TU', issuer: '{tu} {p}', weight: 3 },
  { type: 'Chương trình hành động', system: 'dang', symbol: '{n}-CTr/TU', issuer: '{tu} {p}', weight: 2 },
  { type: 'Nghị quyết', system: 'dang', symbol: '{n}-NQ/TU', issuer: '{tu} {p}', weight: 1 },
  { type: 'Công văn', system: 'nha-nuoc', symbol: '{n}/SNgV-HTQT', issuer: 'Sở Ngoại vụ {tp} {p}', weight: 3 },
  { type: 'Thông báo', system: 'nha-nuoc', symbol: '{n}/TB-SNgV', issuer: 'Sở Ngoại vụ {tp} {p}', weight: 1 },
  { type: 'Hướng dẫn', system: 'nha-nuoc', symbol: '{n}/HD-SNgV', issuer: 'Sở Ngoại vụ {tp} {p}', weight: 1 },
];
const DISTRICT: Pattern[] = [
  { type: 'Kế hoạch', system: 'nha-nuoc', symbol: '{n}/KH-UBND', issuer: 'UBND huyện {d}', weight: 5 },
  { type: 'Quyết định', system: 'nha-nuoc', symbol: '{n}/QĐ-UBND', issuer: 'UBND huyện {d}', weight: 3 },
  { type: 'Công văn', system: 'nha-nuoc', symbol: '{n}/UBND-VHTT', issuer: 'UBND huyện {d}', weight: 2 },
  { type: 'Kế hoạch', system: 'dang', symbol: '{n}-KH/HU', issuer: 'Huyện ủy {d}', weight: 2 },
  { type: 'Chương trình', system: 'dang', symbol: '{n}-CTr/HU', issuer: 'Huyện ủy {d}', weight: 1 },
];

/** Party khóa and National Assembly term by year. */
const partyTerm = (y: number) => (y <= 2005 ? 'IX' : y <= 2010 ? 'X' : y <= 2015 ? 'XI' : y <= 2020 ? 'XII' : 'XIII');
const qhTerm = (y: number) => (y <= 2006 ? 'QH11' : y <= 2010 ? 'QH12' : y <= 2015 ? 'QH13' : y <= 2020 ? 'QH14' : 'QH15');

export interface GenDoc {
  id: string;
  symbol: string;
  type: string;
  system: string;
  level: Level;
  province?: string;
  district?: string;
  issuer: string;
  term?: string;
  issuedOn: string;
  title?: string;
  implements: string[];
  basedOn: string[];
  replaces: string[];
  real?: boolean;
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const weighted = <T extends { weight: number }>(xs: readonly T[]): T => {
    const total = xs.reduce((s, x) => s + x.weight, 0);
    let r = next() * total;
    for (const x of xs) if ((r -= x.weight) < 0) return x;
    return xs[xs.length - 1];
  };
  const chance = (p: number) => next() < p;
  return { next, int, pick, weighted, chance };
}
type Rng = ReturnType<typeof prng>;

const pad2 = (n: number) => String(n).padStart(2, '0');
/** The date forms of the seeds: 05/01/2022, 5/1/2022, 14/2/2012, "05 tháng 01 năm 2022". */
function vnDate(iso: string, rng: Rng): string {
  const [y, m, d] = iso.split('-').map(Number);
  const r = rng.next();
  if (r < 0.55) return `${pad2(d)}/${pad2(m)}/${y}`;
  if (r < 0.9) return `${d}/${m}/${y}`;
  return `${pad2(d)} tháng ${pad2(m)} năm ${y}`;
}

/** Sentences of the real texts that cite nothing: the prose between citations. */
function fillerFrom(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((n) => ext.test(n))) {
    const { body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
    // Paragraphs are wrapped over several lines: join them before cutting sentences.
    for (const block of body.split(/\n\s*\n/)) {
      if (/^\s*(#|\|)/.test(block)) continue;
      const text = block.split('\n').map((l) => l.replace(/^\s*([-*>]|\d+\.)\s+/, '')).join(' ').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
      for (const sentence of text.split(/(?<=[.;:])\s+/))
        if (sentence.length > 60 && sentence.length < 600 && /^\p{Lu}/u.test(sentence) && !/\d/.test(sentence) && !/[{}<>[\]]/.test(sentence)) out.push(sentence);
    }
  }
  return [...new Set(out)];
}

export interface GenerateOptions {
  projectRoot: string;
  outDir: string; // receives documents/ and reports/
  documents: number;
  reports: number;
  seed?: number;
  /** Extension of the document files: the project's `md` (default) or `mdx`, to measure what MDX costs. */
  documentExtension?: 'mdx' | 'md';
}

export interface Generated {
  documents: GenDoc[];
  reportIds: string[];
  bytes: { documents: number; reports: number };
  /** Exact symbols worth querying (generated central documents). */
  probes: GenDoc[];
  /** The citation-free sentences the texts were padded with (the bare site reuses them). */
  filler: string[];
}

export function generate(options: GenerateOptions): Generated {
  const rng = prng(options.seed ?? 20251129);
  const contentRoot = join(options.projectRoot, 'content');
  const docDir = join(options.outDir, 'documents');
  const repDir = join(options.outDir, 'reports');
  mkdirSync(docDir, { recursive: true });
  mkdirSync(repDir, { recursive: true });

  // The real catalogue comes along, so the pages that name its key documents (home, overview) stay whole.
  const realDocs: GenDoc[] = [];
  for (const name of readdirSync(join(contentRoot, 'documents')).filter((n) => /\.mdx?$/.test(n))) {
    copyFileSync(join(contentRoot, 'documents', name), join(docDir, name.replace(/\.mdx?$/, `.${options.documentExtension ?? 'md'}`)));
    const data = splitFrontmatter(readFileSync(join(contentRoot, 'documents', name), 'utf8')).data as Record<string, unknown>;
    realDocs.push({ ...(data as unknown as GenDoc), id: name.replace(/\.mdx?$/, ''), implements: [], basedOn: [], replaces: [], real: true });
  }
  const realReports = readdirSync(join(contentRoot, 'reports')).filter((n) => n.endsWith('.md'));
  for (const name of realReports) copyFileSync(join(contentRoot, 'reports', name), join(repDir, name));
  const seedNames = realReports.map((n) => (splitFrontmatter(readFileSync(join(contentRoot, 'reports', n), 'utf8')).data as { seed: string }).seed);

  const docFiller = fillerFrom(join(contentRoot, 'documents'), /\.mdx?$/);
  const reportFiller = fillerFrom(join(contentRoot, 'reports'), /\.md$/);

  // 1. Identities, in chronological order so relations can point only backwards (no cycles, no later targets).
  const ids = new Set(realDocs.map((d) => d.id));
  const counters = new Map<string, number>();
  const docs: GenDoc[] = [];
  const want = options.documents - realDocs.length;
  const districtsOf = new Map(PROVINCES.map((p) => [p, [0, 1, 2, 3].map(() => rng.pick(DISTRICTS))]));
  for (let i = 0; i < want; i++) {
    const r = rng.next();
    const level: Level = r < 0.12 ? 'trung-uong' : r < 0.72 ? 'tinh' : 'huyen';
    const pattern = rng.weighted(level === 'trung-uong' ? CENTRAL : level === 'tinh' ? PROVINCIAL : DISTRICT);
    const year = rng.int(2001, 2025);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const province = level === 'trung-uong' ? undefined : rng.pick(PROVINCES);
    const district = level === 'huyen' ? rng.pick(districtsOf.get(province!)!) : undefined;
    const issuedOn = `${year}-${pad2(month)}-${pad2(day)}`;
    let doc: GenDoc | undefined;
    for (let attempt = 0; !doc; attempt++) {
      const key = `${pattern.symbol}|${province ?? ''}|${pattern.symbol.includes('{y}') || province ? year : ''}`;
      const n = (counters.get(key) ?? rng.int(1, 40)) + rng.int(1, 9);
      counters.set(key, n);
      const symbol = pattern.symbol
        .replace('{n}', String(n).padStart(n < 10 && rng.chance(0.5) ? 2 : 1, '0'))
        .replace('{y}', String(year))
        .replace('{qh}', qhTerm(year));
      const id = documentId({ symbol, level, province, issuedOn });
      if (ids.has(id)) continue;
      ids.add(id);
      const tp = province && CITIES.has(province) ? 'thành phố' : 'tỉnh';
      const issuer = pattern.issuer
        .replace('{tp}', tp)
        .replace('{tu}', province && CITIES.has(province) ? 'Thành ủy' : 'Tỉnh ủy')
        .replace('{p}', province ?? '')
        .replace('{d}', district ?? '');
      doc = {
        id, symbol, type: pattern.type, system: pattern.system, level, province, district, issuer,
        term: pattern.term === 'party' ? partyTerm(year) : undefined,
        issuedOn, implements: [], basedOn: [], replaces: [],
      };
    }
    docs.push(doc);
  }
  const all = [...realDocs, ...docs].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.id.localeCompare(b.id));
  const index = new Map(all.map((d, i) => [d.id, i]));
  const older = (d: GenDoc, pool: GenDoc[]) => {
    const i = index.get(d.id)!;
    const candidates = pool.filter((c) => index.get(c.id)! < i && c.issuedOn < d.issuedOn);
    return candidates.length ? rng.pick(candidates.slice(-60)) : undefined;
  };
  const central = all.filter((d) => d.level === 'trung-uong');
  const party = central.filter((d) => d.system === 'dang');
  const laws = central.filter((d) => d.type === 'Luật' || d.type === 'Nghị định');
  const byProvince = new Map<string, GenDoc[]>();
  for (const d of all) if (d.province && d.level === 'tinh') byProvince.set(d.province, [...(byProvince.get(d.province) ?? []), d]);
  const replaced = new Set<string>();

  // 2. Titles and relations: a central state document implements a Party one; a province implements a
  // central one; a district implements its province's plan. Some documents replace an older one.
  for (const d of docs) {
    const subject = rng.pick(SUBJECTS);
    d.title = d.type === 'Luật' ? `Luật ${rng.pick(['Cư trú', 'Điều ước quốc tế', 'Thỏa thuận quốc tế', 'Quốc tịch Việt Nam', 'Biên giới quốc gia', 'Xuất cảnh, nhập cảnh của công dân Việt Nam'])}` : `Về ${subject}`;
    const targets = new Set<string>();
    const add = (t?: GenDoc) => t && t.id !== d.id && targets.add(t.id);
    if (d.level === 'trung-uong' && d.system === 'nha-nuoc' && rng.chance(0.5)) add(older(d, party));
    if (d.level === 'tinh') {
      add(older(d, central));
      if (rng.chance(0.3)) add(older(d, central));
    }
    if (d.level === 'huyen') {
      add(older(d, byProvince.get(d.province!) ?? []));
      if (rng.chance(0.4)) add(older(d, central));
    }
    d.implements = [...targets];
    if (d.system === 'nha-nuoc' && rng.chance(0.3)) {
      const base = older(d, laws);
      if (base && !targets.has(base.id)) d.basedOn = [base.id];
    }
    if (rng.chance(0.02)) {
      const same = all.filter((o) => o.type === d.type && o.issuer === d.issuer && !o.real && !replaced.has(o.id));
      const old = older(d, same);
      if (old && !targets.has(old.id)) (d.replaces = [old.id], replaced.add(old.id));
    }
  }

  // 3. Files.
  const byId = new Map(all.map((d) => [d.id, d]));
  const bytes = { documents: 0, reports: 0 };
  for (const d of docs) {
    const text = documentFile(d, byId, rng, docFiller);
    bytes.documents += Buffer.byteLength(text);
    writeFileSync(join(docDir, `${d.id}.${options.documentExtension ?? 'md'}`), text);
  }
  const reportIds: string[] = realReports.map((n) => n.replace(/\.md$/, ''));
  const reportIdSet = new Set(reportIds);
  const plans = docs.filter((d) => d.level !== 'trung-uong' && d.implements.length > 0);
  for (let i = reportIds.length; i < options.reports; i++) {
    const plan = rng.pick(plans);
    const { id, text } = reportFile(plan, byId, all, rng, reportFiller, rng.pick(seedNames), reportIdSet);
    reportIdSet.add(id);
    reportIds.push(id);
    bytes.reports += Buffer.byteLength(text);
    writeFileSync(join(repDir, `${id}.md`), text);
  }
  const probes = docs.filter((d) => d.level === 'trung-uong' && /\/\d{4}\/NĐ-CP$/.test(d.symbol));
  return { documents: all, reportIds, bytes, probes, filler: [...docFiller, ...reportFiller] };
}

function shortForm(d: GenDoc): string {
  return `${d.type} số ${d.symbol.match(/^\d+/)![0]}`;
}
function fullForm(d: GenDoc, rng: Rng, withTitle = true): string {
  const issuer = d.term ? `${d.issuer} khóa ${d.term}` : d.issuer;
  const title = withTitle && d.title ? ` ${d.title.replace(/^Về /, 'về ')}` : '';
  return `${d.type} số ${d.symbol} ngày ${vnDate(d.issuedOn, rng)} của ${issuer}${title}`;
}

/** The mistakes the seeds make, applied to a real citation (each seen in ../shared/seeds). */
function mistaken(d: GenDoc, rng: Rng): string {
  const r = rng.next();
  if (r < 0.25 && /\/\d{4}\//.test(d.symbol))
    // seed 001: "Nghị định số 80/2022/NĐ-CP ngày 17/9/2020" — wrong year inside the symbol
    return `${d.type} số ${d.symbol.replace(/\/(\d{4})\//, (_, y) => `/${Number(y) + 2}/`)} ngày ${vnDate(d.issuedOn, rng)} của ${d.issuer}`;
  if (r < 0.5 && d.symbol.includes('-') && d.symbol.includes('/'))
    // seed 000: "Kết luận số 16/KL-TW" for 16-KL/TW — separators swapped
    return `${d.type} số ${d.symbol.replace(/^(\d+)-([^/]+)\/(.+)$/, '$1/$2-$3')} ngày ${vnDate(d.issuedOn, rng)} của ${d.issuer.replace('Bộ Chính trị', 'Bộ chính trị')}`;
  if (r < 0.75) {
    // a date that is not the document's (seed 001 again: "ngày 17/9/2020" for 08/7/2020)
    const [y] = d.issuedOn.split('-');
    return `${d.type} số ${d.symbol} ngày ${rng.int(1, 28)}/${rng.int(1, 12)}/${y} của ${d.issuer}`;
  }
  // seed 004: "Kế hoạch 12" for Kế hoạch số 92 — a short form naming nothing defined
  return `${d.type} ${rng.int(1, 300)}`;
}

function paragraphs(filler: string[], rng: Rng, bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = Array.from({ length: rng.int(2, 4) }, () => rng.pick(filler)).join(' ');
    out.push(p);
    size += Buffer.byteLength(p);
  }
  return out;
}

function documentFile(d: GenDoc, byId: Map<string, GenDoc>, rng: Rng, filler: string[]): string {
  const confirmed = rng.chance(0.3);
  const front: Record<string, unknown> = {
    symbol: d.symbol,
    type: d.type,
    system: d.system,
    level: d.level,
    ...(d.province ? { province: d.province } : {}),
    ...(d.district ? { district: d.district } : {}),
    issuer: d.issuer,
    ...(d.term ? { term: d.term } : {}),
    issuedOn: d.issuedOn,
    title: d.title,
    status: { code: d.replaces.length || rng.chance(0.5) ? 'con-hieu-luc' : 'chua-xac-dinh' },
    aliases: rng.chance(0.4) ? [shortForm(d), shortForm(d).replace(' số', '')] : [],
    ...(d.implements.length ? { implements: d.implements } : {}),
    ...(d.basedOn.length ? { basedOn: d.basedOn } : {}),
    ...(d.replaces.length ? { replaces: d.replaces } : {}),
    topics: [rng.pick(TOPICS), ...(rng.chance(0.3) ? [rng.pick(TOPICS)] : [])].filter((t, i, a) => a.indexOf(t) === i),
    summary: `${d.type} của ${d.issuer} ${d.title?.replace(/^Về /, 'về ') ?? ''}.`,
    sources: [{ title: `Cơ sở dữ liệu văn bản: ${d.type} ${d.symbol}`, url: `https://vanban.example.gov.vn/van-ban/${d.id}` }],
    confirmed: { symbol: confirmed, type: confirmed, issuer: confirmed, issuedOn: confirmed, title: false },
  };
  const related = [...d.implements, ...d.basedOn].map((id) => byId.get(id)!).filter(Boolean);
  const body: string[] = ['## Văn bản quy định điều gì', '', ...paragraphs(filler, rng, rng.int(250, 700)).flatMap((p) => [p, ''])];
  if (related.length) {
    body.push('## Căn cứ và văn bản được triển khai', '');
    for (const r of related) body.push(`- **${r.type} ${r.symbol}**: ${d.type.toLowerCase()} này triển khai ${fullForm(r, rng)}.`);
    body.push('');
  }
  body.push('## Lưu ý khi trích dẫn', '', ...paragraphs(filler, rng, rng.int(100, 600)).flatMap((p) => [p, '']));
  body.push(`Cách ghi đúng lần đầu: ${fullForm(d, rng)}.`, '');
  return `---\n${dump(front, { lineWidth: -1 })}---\n\n${body.join('\n')}`;
}

const BODIES = ['Sở Nội vụ', 'Sở Giao thông vận tải', 'Sở Thông tin và Truyền thông', 'Sở Ngoại vụ', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh'];

function reportFile(plan: GenDoc, byId: Map<string, GenDoc>, all: GenDoc[], rng: Rng, filler: string[], seed: string, taken: Set<string>) {
  const province = plan.province!;
  const central = plan.implements.map((id) => byId.get(id)!).find((d) => d.level === 'trung-uong') ?? byId.get(plan.implements[0])!;
  const year = Math.min(2025, Number(plan.issuedOn.slice(0, 4)) + rng.int(0, 3));
  const district = plan.district ?? (rng.chance(0.5) ? rng.pick(DISTRICTS) : undefined);
  const body = district ? `UBND huyện ${district}` : rng.pick(BODIES);
  const tp = CITIES.has(province) ? 'thành phố' : 'tỉnh';
  const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  let id = `${slug(province)}-${slug(district ?? body.replace(/^Sở /, 'so '))}-${year}`;
  for (let k = 2; taken.has(id); k++) id = `${slug(province)}-${slug(district ?? body.replace(/^Sở /, 'so '))}-${year}-${k}`;
  const request = all.find((d) => d.province === province && d.type === 'Công văn' && d.issuedOn.startsWith(String(year)));
  const requestText = request ? `Công văn số ${request.symbol} ngày ${vnDate(request.issuedOn, rng)} của ${request.issuer}` : `Công văn số ${rng.int(100, 2000)}/SNgV-ĐN ngày ${rng.int(1, 28)}/${rng.int(1, 12)}/${year} của Sở Ngoại vụ`;
  const before = `${year}`;
  const others = all.filter((d) => ((d.province === province && d.level === 'tinh') || d.level === 'trung-uong') && d.issuedOn < before);
  if (others.length === 0) others.push(central, plan);
  const some = () => rng.pick(others.slice(-400));
  const nd = all.filter((d) => d.type === 'Nghị định' && d.issuedOn < before);
  const decree = nd.length ? rng.pick(nd.slice(-200)) : central;
  const short = shortForm(plan);
  const centralShort = shortForm(central);
  const fill = (bytes: number) => paragraphs(filler, rng, bytes);
  const bullets = (bytes: number) => fill(bytes).map((p) => `- ${p}`);

  const lines = [
    `Kính gửi: Sở Ngoại vụ ${tp} ${province}.`,
    '',
    // seed 001: "Thực hiện Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ về việc báo cáo tình hình thực hiện Kế hoạch số 92/KH-UBND …"
    `Thực hiện ${requestText} về việc báo cáo tình hình thực hiện ${fullForm(plan, rng, false)} về triển khai thực hiện ${fullForm(central, rng, false)} trong năm ${year};`,
    '',
    `${body} báo cáo kết quả triển khai thực hiện trong năm ${year} theo ${plan.type} số ${plan.symbol} ngày ${vnDate(plan.issuedOn, rng)} của ${plan.issuer} (*sau đây gọi tắt là ${short}*), cụ thể:`,
    '',
    '## I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN',
    '',
    `### 1. Tuyên truyền, quán triệt ${fullForm(central, rng)} (*sau đây gọi tắt là ${centralShort}*)`,
    '',
    `- Thực hiện ${central.type} số ${central.symbol} ngày ${vnDate(central.issuedOn, rng)} của ${central.issuer}, ${short}, ${body} đã chỉ đạo các phòng, ban, đơn vị tổ chức quán triệt, triển khai ${centralShort}, ${short} đến cán bộ, công chức, viên chức và người lao động.`,
    ...bullets(rng.int(200, 500)),
    '',
    '### 2. Việc xây dựng kế hoạch, văn bản để triển khai thực hiện',
    '',
    // seed 000: a run of full citations separated by semicolons
    `${body} đã triển khai các nội dung theo quy định như: ${[some(), some(), some()].map((d) => fullForm(d, rng)).join('; ')}; ${mistaken(some(), rng)}...`,
    '',
    ...fill(rng.int(100, 400)).flatMap((p) => [p, '']),
    '### 3. Tiếp nhận, quản lý viện trợ',
    '',
    // seed 001: "theo khoản 2 Điều 8 Nghị định số 80/2020/NĐ-CP"
    `Phối hợp triển khai dự án theo khoản ${rng.int(1, 5)} Điều ${rng.int(1, 30)} ${decree.type} số ${decree.symbol} ngày ${vnDate(decree.issuedOn, rng)} của ${decree.issuer}; ${mistaken(decree, rng)}.`,
    '',
    '## II. ĐÁNH GIÁ CHUNG',
    '',
    '### 1. Thuận lợi',
    '',
    ...bullets(rng.int(100, 300)),
    '',
    '### 2. Khó khăn, hạn chế',
    '',
    `- Việc triển khai ${short} ở một số đơn vị còn chậm; ${rng.chance(0.5) ? `${plan.type} ${rng.int(1, 200)}` : centralShort} chưa được quán triệt đầy đủ.`,
    ...bullets(rng.int(100, 300)),
    '',
    '## III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
    '',
    ...bullets(rng.int(100, 300)),
    '',
    '## IV. KIẾN NGHỊ, ĐỀ XUẤT',
    '',
    `Đề nghị ${plan.issuer} tiếp tục hướng dẫn thực hiện ${centralShort} và ${short}.`,
    '',
    `Trên đây là báo cáo kết quả thực hiện ${short} năm ${year} của ${body}./.`,
    '',
  ];
  const front = {
    title: `Kết quả thực hiện ${plan.type} số ${plan.symbol} ngày ${vnDate(plan.issuedOn, rng)} của ${plan.issuer} ${plan.title?.replace(/^Về /, 'về ') ?? ''}`.trim(),
    symbol: district ? '/BC-UBND' : '/BC-SNV',
    reportingBody: district ? body : `${body} ${tp} ${province}`,
    province,
    ...(district ? { district } : {}),
    place: district ?? province,
    date: rng.chance(0.5) ? String(year) : `${year}-${pad2(rng.int(1, 12))}`,
    period: `Năm ${year}`,
    respondsTo: requestText,
    reportsOn: [...new Set([plan.id, central.id])],
    recipients: ['Như trên', 'Lưu VT.'],
    signer: 'Nguyễn Văn A',
    signerTitle: 'KT. Chủ tịch – Phó Chủ tịch',
    seed,
  };
  return { id, text: `---\n${dump(front, { lineWidth: -1 })}---\n\n${lines.join('\n')}` };
}
