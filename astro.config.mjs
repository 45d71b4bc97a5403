// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { rehypeGlossary } from './src/lib/glossary/link.ts';

export default defineConfig({
  site: 'https://van-ban-doi-ngoai.example',
  trailingSlash: 'always',
  // Glossary terms are linked where they first appear in document and topic bodies.
  markdown: { rehypePlugins: [rehypeGlossary] },
  integrations: [mdx(), contentCheck(), sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') })],
  build: { format: 'directory' },
});
