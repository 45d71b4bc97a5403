/**
 * resolve: FoundCitation[] + catalogue → ResolvedCitation[]. A citation is tied to an entry only when its
 * identity fits; a provincial "92/KH-UBND" of another province or year stays unresolved — reported without a
 * link, never linked to the wrong document. One module per way of citing: by-symbol.ts, by-name.ts, by-plenum.ts.
 */
import { asIndex, type CatalogueIndex } from './catalogue-index.ts';
import type { CheckOptions, CitableDocument, FoundCitation, Resolution, ResolvedCitation } from '../model.ts';
import { byLawName, byName, byNumber, definedLabels } from './by-name.ts';
import { byPlenum } from './by-plenum.ts';
import { bySymbol } from './by-symbol.ts';

export function resolveCitations(
  found: readonly FoundCitation[],
  catalogue: CatalogueIndex | readonly CitableDocument[],
  options: CheckOptions = {},
): ResolvedCitation[] {
  const index = asIndex(catalogue);
  const defined = definedLabels(found);
  const resolved: ResolvedCitation[] = [];
  for (const c of found) {
    let resolution: Resolution;
    switch (c.kind) {
      case 'full':
      case 'symbol':
        resolution = bySymbol(c, index, options);
        break;
      case 'number':
        resolution = byNumber(c, index, options, defined);
        break;
      case 'alias':
        resolution = byName(c, index, options);
        break;
      case 'law-name':
        resolution = byLawName(c, index, options);
        break;
      case 'plenum':
        resolution = byPlenum(c, index, options);
        break;
      case 'short-form': {
        // "Kế hoạch số 92" means whatever "(sau đây gọi tắt là Kế hoạch số 92)" was attached to.
        const definer = resolved[c.definedBy]?.resolution;
        resolution = definer?.outcome === 'resolved' ? { outcome: 'resolved', id: definer.id, how: 'short-form' } : { outcome: 'unknown', near: [], reported: true };
        break;
      }
    }
    resolved.push({ ...c, resolution });
  }
  return resolved;
}
