import { asciiFold } from '../text/fold.ts';

/**
 * ASCII slugs. One rule for document ids, so a file name can be checked against its own frontmatter:
 * central symbol → lower-case ASCII with `/` → `-` (`80/2020/NĐ-CP` → `80-2020-nd-cp`);
 * local documents → province + symbol + issue year (`quang-ngai-92-kh-ubnd-2022`), because every
 * province has its own `92/KH-UBND`.
 */

export function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface IdentityFields {
  symbol: string;
  level: string;
  province?: string;
  issuedOn: string;
}

export function documentId(doc: IdentityFields): string {
  const symbol = slugify(doc.symbol);
  if (doc.level === 'trung-uong') return symbol;
  return `${slugify(doc.province ?? '')}-${symbol}-${doc.issuedOn.slice(0, 4)}`;
}
