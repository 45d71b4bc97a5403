import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readEntries } from './files.ts';
import type { CatalogueTopic } from './model.ts';
import { validateTopics } from './topics.ts';
import { formatIssues, validateContent, type ValidatedContent } from './validate.ts';

/** Loads and validates `content/` from disk (CLI, tests, the build's pre-check). Throws on any issue. */
export function loadContent(root = process.cwd()): ValidatedContent & { topics: CatalogueTopic[] } {
  const content = validateContent(
    readEntries(join(root, 'content/documents'), root),
    readEntries(join(root, 'content/reports'), root),
  );
  const topicDir = join(root, 'content/topics');
  const { topics, issues } = validateTopics(existsSync(topicDir) ? readEntries(topicDir, root) : []);
  const all = [...content.issues, ...issues];
  if (all.length)
    throw new Error(`Nội dung không hợp lệ (invalid content), ${all.length} lỗi:\n${formatIssues(all)}`);
  return { ...content, topics };
}
