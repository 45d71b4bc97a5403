import { describe, expect, it } from 'vitest';
import { buildMatcher, firstMentions, linkText } from '../../../src/lib/glossary/link.ts';
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
