import type { DocumentData, ReportData, Topic, TopicData } from '../schema/index.ts';

/** One catalogue document: its id (the file name, see format/slug.ts) and its validated frontmatter. */
export interface CatalogueDocument extends DocumentData {
  id: string;
}

export interface CatalogueReport extends ReportData {
  id: string;
  /** The report's full text (Markdown body). */
  body: string;
}

/** A topic page: its id is a value of TOPICS; body = the introduction (Markdown). */
export interface CatalogueTopic extends TopicData {
  id: Topic;
  body: string;
}

/** A loaded entry before validation, as read from `content/` (or handed over by Astro). */
export interface RawEntry {
  id: string;
  /** Path shown in error messages. */
  file: string;
  data: unknown;
  body: string;
}

/** A problem found in the content, naming the file and field. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}
