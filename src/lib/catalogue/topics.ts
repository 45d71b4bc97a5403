import { topicSchema } from '../schema/topic.ts';
import { TOPICS, type Topic } from '../schema/vocabulary.ts';
import type { CatalogueTopic, ContentIssue, RawEntry } from './model.ts';

/**
 * Topics are checked like documents: each file against the schema, its name against the vocabulary, and
 * the vocabulary against the files — a topic added to TOPICS without its page is refused.
 */
export function validateTopics(entries: RawEntry[], dir = 'content/topics'): { topics: CatalogueTopic[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const topics: CatalogueTopic[] = [];
  for (const entry of entries) {
    if (!(entry.id in TOPICS)) {
      issues.push({ file: entry.file, field: '(tên tệp)', message: `"${entry.id}" không phải là chủ đề trong TOPICS (src/lib/schema/vocabulary.ts) (unknown topic)` });
      continue;
    }
    const result = topicSchema.safeParse(entry.data);
    if (result.success) topics.push({ ...result.data, id: entry.id as Topic, body: entry.body });
    else
      for (const issue of result.error.issues)
        issues.push({ file: entry.file, field: issue.path.join('.') || '(frontmatter)', message: issue.message });
  }
  const present = new Set(entries.map((e) => e.id));
  for (const id of Object.keys(TOPICS))
    if (!present.has(id)) issues.push({ file: `${dir}/${id}.md`, field: '(tệp)', message: `thiếu trang giới thiệu của chủ đề "${TOPICS[id as Topic]}" (missing topic page)` });
  return { topics: sortTopics(topics), issues };
}

/** In the vocabulary's order, which is the order the site presents them in. */
export function sortTopics<T extends { id: Topic }>(topics: T[]): T[] {
  const order = Object.keys(TOPICS);
  return [...topics].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
