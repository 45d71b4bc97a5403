export * from './dates.ts';
export * from './vocabulary.ts';
export * from './document.ts';
export * from './report.ts';
export * from './topic.ts';
