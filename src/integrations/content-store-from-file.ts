import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module Astro's content runtime imports its whole data store from (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';

/**
 * At build time, the content store is read from its file when the pages are generated, instead of compiled
 * into the server bundle. Astro inlines it as one module, `export default JSON.parse("<the whole store>")`,
 * and V8 compiles a module holding one huge string in superlinear time: at 10,000 documents the 60–90 MB
 * store took 20–38 s to import, at 40,000 about 5 minutes (bench:scale --profile), where JSON.parse of the
 * same file takes about a second. The data is the same file Astro would have inlined, parsed the same way;
 * `astro dev` is left to Astro. (Astro's `experimental.collectionStorage: 'chunked'` avoids the compile, but
 * its writer spends about a microsecond per character: content sync 20 → 139 s at 10,000 documents.)
 */
export function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'van-ban:content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = JSON.stringify(fileURLToPath(new URL('data-store.json', config.cacheDir)));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'van-ban:content-store-from-file',
                // Astro's own plugin loads the module (its hooks run first); this replaces what it loaded.
                transform(_code: string, id: string) {
                  if (id !== STORE_MODULE) return undefined;
                  // No file: an empty store, as Astro answers then.
                  const code = `import { existsSync, readFileSync } from 'node:fs';
export default existsSync(${file}) ? JSON.parse(readFileSync(${file}, 'utf8')) : new Map();`;
                  return { code, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
