import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema, reportSchema, topicSchema } from './lib/schema/index.ts';

// The schemas live in src/lib/schema so the CLI and the tests use the very same definitions;
// here they only receive Astro's reference() for their relations.
const documentRef = () => reference('documents');

export const collections = {
  documents: defineCollection({
    // Pages render a document's body from the store (render()); its raw Markdown is never read. Keeping it made
    // Astro's content store about a third larger (91 MB at 10,000 documents): more to write, parse and hold in
    // memory for the whole build (see src/integrations/content-store-from-file.ts).
    loader: glob({ pattern: '*.{md,mdx}', base: './content/documents', retainBody: false }),
    schema: documentSchema(documentRef),
  }),
  reports: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/reports' }),
    schema: reportSchema(documentRef),
  }),
  // The file name must be a value of TOPICS; src/lib/catalogue/topics.ts checks it (and that none is missing).
  topics: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/topics' }),
    schema: topicSchema,
  }),
};
