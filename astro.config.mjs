// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  site: 'https://van-ban-doi-ngoai.example',
  trailingSlash: 'always',
  integrations: [mdx(), contentCheck()],
  build: { format: 'directory' },
});
