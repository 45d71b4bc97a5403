import { parseIssuer } from '../citations/read/issuer.ts';
import type { CatalogueDocument } from './model.ts';

/**
 * Where a document stands in the order of authority a trainee learns: Party centre, then the National Assembly,
 * Government, Prime Minister, ministries, then the province (Party committee, People's Council/Committee,
 * departments) and the district. Read from the issuer, so a new document finds its tier without a list.
 */
export interface AuthorityTier {
  rank: number;
  key: string;
  label: string;
}

const TIERS = {
  'bch-tw': { rank: 0, label: 'Ban Chấp hành Trung ương Đảng' },
  'bo-chinh-tri': { rank: 1, label: 'Bộ Chính trị' },
  'ban-bi-thu': { rank: 2, label: 'Ban Bí thư' },
  'dang-tw': { rank: 3, label: 'Cơ quan Trung ương Đảng' },
  'quoc-hoi': { rank: 10, label: 'Quốc hội, Ủy ban Thường vụ Quốc hội' },
  'chu-tich-nuoc': { rank: 11, label: 'Chủ tịch nước' },
  'chinh-phu': { rank: 12, label: 'Chính phủ' },
  'thu-tuong': { rank: 13, label: 'Thủ tướng Chính phủ' },
  'bo-nganh': { rank: 14, label: 'Bộ, ngành Trung ương' },
  'tinh-uy': { rank: 20, label: 'Tỉnh ủy' },
  'chinh-quyen-tinh': { rank: 21, label: 'HĐND, UBND tỉnh' },
  'so-nganh': { rank: 22, label: 'Sở, ban, ngành của tỉnh' },
  'cap-huyen': { rank: 30, label: 'Cấp huyện' },
} as const satisfies Record<string, { rank: number; label: string }>;

type TierKey = keyof typeof TIERS;

export function authorityOf(doc: Pick<CatalogueDocument, 'issuer' | 'system' | 'level'>): AuthorityTier {
  const key = tierKey(doc);
  return { key, ...TIERS[key] };
}

function tierKey(doc: Pick<CatalogueDocument, 'issuer' | 'system' | 'level'>): TierKey {
  if (doc.level === 'huyen') return 'cap-huyen';
  const body = parseIssuer(doc.issuer)?.body ?? '';
  if (doc.level === 'tinh') {
    if (body === 'tinh-uy' || doc.system === 'dang') return 'tinh-uy';
    return body === 'ubnd' || body === 'hdnd' ? 'chinh-quyen-tinh' : 'so-nganh';
  }
  if (body === 'bch-tw' || body === 'bo-chinh-tri' || body === 'ban-bi-thu') return body;
  if (doc.system === 'dang') return 'dang-tw';
  // Hội đồng Nhà nước (1981–1992) was the Assembly's standing body and issued its pháp lệnh.
  if (body === 'ubtvqh' || body === 'quoc-hoi' || /^Hội đồng Nhà nước/i.test(doc.issuer)) return 'quoc-hoi';
  if (body === 'chu-tich-nuoc' || body === 'chinh-phu' || body === 'thu-tuong') return body;
  return 'bo-nganh';
}

/** Higher authority first, then older first: the order in which the texts were built on each other. */
export function byAuthorityThenDate(a: CatalogueDocument, b: CatalogueDocument): number {
  return authorityOf(a).rank - authorityOf(b).rank || a.issuedOn.localeCompare(b.issuedOn) || a.symbol.localeCompare(b.symbol, 'vi');
}

export interface TierGroup {
  tier: AuthorityTier;
  documents: CatalogueDocument[];
}

/** Documents grouped by tier, tiers in order of authority, each group by date. */
export function groupByAuthority(documents: CatalogueDocument[]): TierGroup[] {
  const groups = new Map<string, TierGroup>();
  for (const doc of [...documents].sort(byAuthorityThenDate)) {
    const tier = authorityOf(doc);
    if (!groups.has(tier.key)) groups.set(tier.key, { tier, documents: [] });
    groups.get(tier.key)!.documents.push(doc);
  }
  return [...groups.values()];
}
