import { describe, expect, it } from 'vitest';
import { buildMatcher, firstMentions, glossaryPlugin, linkText } from '../../../src/lib/glossary/link.ts';
import { GLOSSARY } from '../../../src/lib/glossary/terms.ts';

const ids = (text: string) => firstMentions(text, new Set()).map((s) => [s.id, text.slice(s.start, s.end)]);

describe('glossary terms found in text', () => {
  it.each([
    // an abbreviation, as written
    ['Hỗ trợ các dự án PCPNN trên địa bàn.', [['pcpnn', 'PCPNN']]],
    // an abbreviation in lower case is an ordinary word, not the term
    ['oda là gì', []],
    // a phrase at a sentence start, whatever its case
    ['Đoàn ra năm 2024 gồm 3 đoàn.', [['doan-ra', 'Đoàn ra']]],
    // the longest form wins: "hợp pháp hóa lãnh sự" is not "lãnh sự"
    ['Thủ tục hợp pháp hóa lãnh sự giấy tờ.', [['hop-phap-hoa-lanh-su', 'hợp pháp hóa lãnh sự']]],
    // a form broken across lines
    ['công tác người Việt Nam ở\nnước ngoài', [['nvnonn', 'người Việt Nam ở\nnước ngoài']]],
    // only whole words: "TCPCPNN" does not contain the term PCPNN
    ['các TCPCPNN', []],
    // each term once, at its first mention, even under different forms
    ['Kiều bào và người Việt Nam ở nước ngoài, NVNONN.', [['nvnonn', 'Kiều bào']]],
  ])('%j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('links only terms not seen earlier in the same body', () => {
    const seen = new Set<string>();
    expect(linkText('Viện trợ ODA.', seen)?.filter((n) => n.type === 'element')).toHaveLength(1);
    expect(linkText('Lại là ODA.', seen)).toBeUndefined();
  });

  it('has unique ids and forms that each lead to one term', () => {
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
    const { forms } = buildMatcher();
    for (const t of GLOSSARY) expect(forms.get(t.term.toLowerCase())?.id, t.term).toBe(t.id);
  });
});

describe('the Markdown plugin', () => {
  /** Runs the plugin's text visitor over a few paragraphs as Sătteri would, returning the ids it links. */
  function linked(summary: string | undefined, paragraphs: string[], parents: string[] = []): string[] {
    const plugin = glossaryPlugin({ data: { astro: { frontmatter: { summary } } } });
    const ids: string[] = [];
    // parents, innermost first: ['a', 'p'] is text in a link in a paragraph
    const chain = parents.map((tagName) => ({ type: 'element', tagName }));
    const ctx = {
      parent: (node: unknown) => (chain.includes(node as never) ? chain[chain.indexOf(node as never) + 1] : chain[0]),
      replaceNode: (_: unknown, parts: { type: string; properties?: { href?: string } }[]) =>
        ids.push(...parts.filter((p) => p.type === 'element').map((p) => p.properties!.href!.split('#')[1])),
    };
    for (const value of paragraphs) plugin.text({ type: 'text', value }, ctx);
    return ids;
  }

  it.each([
    // no summary: the body links each term at its first mention
    [undefined, ['Nguồn ODA và PCPNN.', 'Lại nói ODA.'], ['oda', 'pcpnn']],
    // the page shows the summary first and links ODA there: the body does not link it again
    ['Về viện trợ ODA.', ['Nguồn ODA và PCPNN.'], ['pcpnn']],
  ] as const)('summary %j', (summary, paragraphs, expected) => {
    expect(linked(summary, [...paragraphs])).toEqual(expected);
  });

  it('leaves text inside links and headings alone', () => {
    expect(linked(undefined, ['Nguồn ODA.'], ['h2'])).toEqual([]);
    expect(linked(undefined, ['Nguồn ODA.'], ['a', 'p'])).toEqual([]);
    expect(linked(undefined, ['Nguồn ODA.'], ['p'])).toEqual(['oda']);
  });
});
