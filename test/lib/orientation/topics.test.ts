import { describe, expect, it } from 'vitest';
import { validateTopics } from '../../../src/lib/catalogue/topics.ts';
import type { RawEntry } from '../../../src/lib/catalogue/model.ts';
import { TOPICS } from '../../../src/lib/schema/vocabulary.ts';

const entry = (id: string, data: Record<string, unknown> = { summary: 'Một câu.' }): RawEntry => ({ id, file: `content/topics/${id}.md`, data, body: 'Giới thiệu.' });
const all = () => Object.keys(TOPICS).map((id) => entry(id));

describe('validateTopics', () => {
  it('accepts one valid page per topic, in the vocabulary’s order', () => {
    const { topics, issues } = validateTopics([...all()].reverse());
    expect(issues).toEqual([]);
    expect(topics.map((t) => t.id)).toEqual(Object.keys(TOPICS));
  });

  it.each([
    // a file whose name is not a topic of the vocabulary
    ['unknown file', [...all(), entry('ngoai-giao-van-hoa')], { file: 'content/topics/ngoai-giao-van-hoa.md', field: '(tên tệp)' }],
    // a topic of the vocabulary without its page
    ['missing page', all().filter((e) => e.id !== 'bien-gioi'), { file: 'content/topics/bien-gioi.md', field: '(tệp)' }],
    // the frontmatter breaks the schema
    ['no summary', [...all().filter((e) => e.id !== 'bien-gioi'), entry('bien-gioi', {})], { file: 'content/topics/bien-gioi.md', field: 'summary' }],
    // a related topic that does not exist
    ['bad related', [...all().filter((e) => e.id !== 'bien-gioi'), entry('bien-gioi', { summary: 'x', related: ['khong-co'] })], { field: 'related.0' }],
  ])('refuses %s, naming file and field', (_, entries, expected) => {
    expect(validateTopics(entries).issues).toContainEqual(expect.objectContaining(expected));
  });
});
