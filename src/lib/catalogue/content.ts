import { join } from 'node:path';
import { readEntries } from './files.ts';
import { formatIssues, validateContent, type ValidatedContent } from './validate.ts';

/** Loads and validates `content/` from disk (CLI, tests, the build's pre-check). Throws on any issue. */
export function loadContent(root = process.cwd()): ValidatedContent {
  const content = validateContent(
    readEntries(join(root, 'content/documents'), root),
    readEntries(join(root, 'content/reports'), root),
  );
  if (content.issues.length)
    throw new Error(`Nội dung không hợp lệ (invalid content), ${content.issues.length} lỗi:\n${formatIssues(content.issues)}`);
  return content;
}
