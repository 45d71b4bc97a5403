import { z } from 'zod';
import { topicValues } from './vocabulary.ts';

/**
 * A topic page's frontmatter (content/topics/<id>.md, id = a value of TOPICS). The name comes from the
 * vocabulary, so a topic is named the same on every page; the body is the introduction for trainees.
 */
export const topicSchema = z.object({
  /** One sentence for the list of topics and the page's description. */
  summary: z.string().min(1),
  /** Neighbouring topics a reader should look at next. */
  related: z.array(z.enum(topicValues)).default([]),
});

export type TopicData = z.output<typeof topicSchema>;
