import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/catalogue.ts';
import { loadContent } from '../../../src/lib/catalogue/content.ts';
import { catalogueJson } from '../../../src/lib/graph/open-data.ts';
import { catalogueCsv, parseCatalogueCsv } from '../../../src/lib/graph/open-data-csv.ts';

const json = JSON.parse(JSON.stringify(catalogueJson(buildCatalogue(loadContent().documents))));

describe('van-ban.csv', () => {
  it('reads back to the catalogue’s JSON', () => {
    expect(parseCatalogueCsv(catalogueCsv(json))).toEqual(json.documents);
  });

  it('round-trips any text in free fields: commas, quotes, line breaks, leading zeros', () => {
    const text = fc.string({ minLength: 1 }).filter((s) => !s.includes('|') && s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), fc.array(text, { maxLength: 3 }), (title, note, aliases) => {
        const doc = { ...json.documents[0], title, aliases, status: { code: 'con-hieu-luc', ...(note ? { note } : {}) } };
        const copy = { version: 1, documents: [doc] };
        expect(parseCatalogueCsv(catalogueCsv(copy as never))).toEqual([doc]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a list item holding the list separator rather than writing a file that reads back wrong', () => {
    const doc = { ...json.documents[0], aliases: ['a | b'] };
    expect(() => catalogueCsv({ version: 1, documents: [doc] } as never)).toThrow(/phân cách/);
  });
});
