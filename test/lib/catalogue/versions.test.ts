/**
 * Successive versions of one law are separate documents (issue 10), so "Luật Cư trú năm 2006" and a check
 * "as of 2019" can name the right one. Told apart by year, linked by `replaces`, each in force in its own time.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue/catalogue.ts';
import { loadContent } from '../../../src/lib/catalogue/content.ts';
import { statusOn } from '../../../src/lib/catalogue/status.ts';

const catalogue = buildCatalogue(loadContent(fileURLToPath(new URL('../../..', import.meta.url))).documents);
const doc = (id: string) => catalogue.byId.get(id)!;

describe.each([
  // Luật Cư trú: 2006 (amended 2013) until 30/6/2021, then the 2020 law
  ['Luật Cư trú', '81-2006-qh11', '68-2020-qh14', '2019-05-01', '2026-12-06'],
  // Luật Quốc tịch Việt Nam: 1998 until 30/6/2009, then the 2008 law
  ['Luật Quốc tịch Việt Nam', '07-1998-qh10', '24-2008-qh12', '2005-01-01', '2026-12-06'],
])('%s', (title, older, newer, olderTime, newerTime) => {
  it('has one entry per version, with the same name and different years', () => {
    expect([doc(older).title, doc(newer).title]).toEqual([title, title]);
    expect(doc(older).issuedOn.slice(0, 4)).not.toBe(doc(newer).issuedOn.slice(0, 4));
  });

  it('names each version by its year, so "năm YYYY" can single one out', () => {
    const year = (id: string) => doc(id).issuedOn.slice(0, 4);
    expect(doc(older).aliases).toContain(`${title} năm ${year(older)}`);
    expect(doc(newer).aliases.some((a) => a.includes(` năm ${year(older)}`))).toBe(false);
  });

  it('has the older version in force in its time and the newer one today', () => {
    expect(statusOn(doc(older), olderTime, catalogue.documents).code).toBe('in-force');
    expect(statusOn(doc(newer), olderTime, catalogue.documents).code).toBe('not-yet');
    expect(statusOn(doc(older), newerTime, catalogue.documents).code).not.toBe('in-force');
    expect(statusOn(doc(newer), newerTime, catalogue.documents).code).toBe('in-force');
  });
});
