// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { glossaryPlugin } from './src/lib/glossary/link.ts';

export default defineConfig({
  site: 'https://van-ban-doi-ngoai.example',
  trailingSlash: 'always',
  // Astro's own Markdown engine, plus one step: glossary terms linked where they first appear in a body.
  markdown: { processor: satteri({ hastPlugins: [glossaryPlugin] }) },
  integrations: [mdx(), contentCheck(), sitemap({ filter: (page) => !/\/404(\.html|\/)?$/.test(page) })],
  build: { format: 'directory' },
});
