import type { AstroIntegration } from 'astro';
import { loadContent } from '../lib/catalogue/content.ts';

/**
 * Refuses to build when content/ breaks a rule zod alone cannot see (unknown relation targets, duplicate
 * identities, cycles, implementing a later document). Astro's reference() does not check targets.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'van-ban:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        loadContent(new URL('.', config.root).pathname);
      },
    },
  };
}
