// Validates content/ (schemas + relations) and prints what is wrong: `npm run check:content`.
import { loadContent } from '../lib/catalogue/content.ts';

try {
  const { documents, reports, topics } = loadContent();
  console.log(`OK: ${documents.length} văn bản, ${reports.length} báo cáo, ${topics.length} chủ đề.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
