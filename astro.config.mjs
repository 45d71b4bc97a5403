// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentStoreFromFile } from './src/integrations/content-store-from-file.ts';
import { glossaryPlugin } from './src/lib/glossary/link.ts';
import { GLOSSARY } from './src/lib/glossary/terms.ts';

// Astro's own Markdown engine, plus one step: glossary terms linked where they first appear in a body.
const markdownProcessor = satteri({ hastPlugins: [glossaryPlugin] });
// Astro keeps rendered bodies in its content store and clears it when the serialisable part of this config
// changes. The plugin is a function and does not count, so the glossary's fingerprint rides on the
// processor's options (Sätteri reads only its own keys): a new or edited term re-links every body.
Object.assign(markdownProcessor.options, { glossaryFingerprint: createHash('sha256').update(JSON.stringify(GLOSSARY)).digest('hex').slice(0, 16) });

export default defineConfig({
  site: 'https://van-ban-doi-ngoai.example',
  trailingSlash: 'always',
  markdown: { processor: markdownProcessor },
  integrations: [mdx(), contentCheck(), contentStoreFromFile(), sitemap({ filter: (page) => !/\/404(\.html|\/)?$/.test(page) })],
  build: { format: 'directory' },
});
