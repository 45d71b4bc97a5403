// The build reads Astro's content store from its file (src/integrations/content-store-from-file.ts). If Astro
// renamed the store's module, the integration would silently stop applying and 10,000-document builds would
// slow down by half a minute: these tests fail first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStoreFromFile } from '../../src/integrations/content-store-from-file.ts';

const STORE_MODULE = '\0astro:data-layer-content';
const dir = mkdtempSync(join(tmpdir(), 'store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Transform = (code: string, id: string) => { code: string } | undefined;

/** The Vite plugin the integration adds for a command, if any. */
function pluginFor(command: 'build' | 'dev'): { transform: Transform } | undefined {
  let plugins: { transform: Transform }[] = [];
  // Only the three options the hook reads.
  const options = {
    command,
    config: { cacheDir: pathToFileURL(`${dir}/`) },
    updateConfig: (c: { vite: { plugins: { transform: Transform }[] } }) => (plugins = c.vite.plugins),
  };
  contentStoreFromFile().hooks['astro:config:setup']!(options as never);
  return plugins[0];
}

describe('the content store read from its file', () => {
  it('targets the module Astro still imports its store from, which Astro still inlines with JSON.parse', () => {
    const consts = readFileSync(new URL('../../node_modules/astro/dist/content/consts.js', import.meta.url), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    const plugin = readFileSync(new URL('../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js', import.meta.url), 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
  });

  it('replaces that module with one that parses the same file into the same data', async () => {
    const store = [[1, 2], 'documents', { id: 3 }, '80-2020-nd-cp'];
    writeFileSync(join(dir, 'data-store.json'), JSON.stringify(store));
    const result = pluginFor('build')!.transform('export default JSON.parse("…")', STORE_MODULE)!;
    writeFileSync(join(dir, 'store.mjs'), result.code);
    expect((await import(pathToFileURL(join(dir, 'store.mjs')).href)).default).toEqual(store);
  });

  it('leaves every other module, and `astro dev`, to Astro', () => {
    expect(pluginFor('build')!.transform('export default 1', '\0astro:content')).toBeUndefined();
    expect(pluginFor('dev')).toBeUndefined();
  });
});
