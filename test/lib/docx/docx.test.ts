import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { blocksOfHtml } from '../../../src/lib/docx/blocks.ts';
import { fileKind } from '../../../src/lib/docx/file-kind.ts';
import { readDocx, readDocxText, UnreadableFile, writeDocx } from '../../../src/lib/docx/io.ts';
import { paragraphsOf } from '../../../src/lib/docx/ooxml.ts';
import { makeDocx, p, table } from '../../fixtures/docx.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readDocx: a Word file as blocks and text', () => {
  it('reads paragraphs, table cells, headings, lists, line breaks and footnotes in document order', async () => {
    const file = await makeDocx(
      [
        table([[['SỞ NỘI VỤ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]]),
        p('Kết quả & <thực hiện>', { style: 'Heading1' }),
        p(['Thực hiện ', { bold: 'Nghị định' }, ' số 80/2022/NĐ-CP', { footnote: 1 }, { br: true }, 'dòng hai']),
        p('mục một', { list: 1 }),
        p('mục hai', { list: 2 }),
      ],
      ['Chú thích một.'],
    );
    const blocks = await readDocx('a.docx', file);
    expect(blocks.map((b) => [b.tag, b.text])).toEqual([
      ['p', 'SỞ NỘI VỤ'],
      ['p', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['h1', 'Kết quả & <thực hiện>'],
      ['p', 'Thực hiện Nghị định số 80/2022/NĐ-CP[1]\ndòng hai'],
      ['li', 'mục một'],
      ['li', 'mục hai'],
      ['li', 'Chú thích một.'],
    ]);
    // the header table's cells are told apart; lists and footnotes carry their kind
    expect(blocks[1].cell).toEqual({ table: 0, row: 0, column: 1 });
    expect(blocks[4].list).toEqual({ ordered: false, depth: 0 });
    expect(blocks[5].list).toEqual({ ordered: true, depth: 0 });
    expect(blocks[6].footnote).toBe('1');
    expect(blocks[3].markdown).toBe('Thực hiện **Nghị định** số 80/2022/NĐ-CP[^1]\\\ndòng hai');
    expect(blocks[2].markdown).toBe('Kết quả & \\<thực hiện\\>');
  });

  it('round trip: the text written to a .docx reads back the same, paragraph by paragraph', async () => {
    const text = 'Đoạn một có tab\tở giữa & <dấu>.\n\nĐoạn hai\ncó ngắt dòng.\n\nĐoạn ba.';
    expect(await readDocxText('b.docx', await writeDocx(text))).toBe(text);
  });

  it('writes one Word paragraph per paragraph, and a valid package', async () => {
    const zip = await JSZip.loadAsync(await writeDocx('Một\n\nHai\n\nBa'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:p>/g)?.length).toBe(3);
    expect(Object.keys(zip.files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    expect(paragraphsOf('a\r\n\r\nb')).toEqual(['a', 'b']);
  });
});

describe('files that are not a .docx: a Vietnamese message, nothing read', () => {
  it.each([
    // a Word 97–2003 file (OLE compound file)
    ['cu.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'doc', /tệp Word cũ \(\.doc\)/],
    // a PDF, whatever its name
    ['bao-cao.docx', bytes('%PDF-1.7\n'), 'pdf', /là tệp PDF/],
    // a zip cut short: looks like a .docx, cannot be read
    ['hong.docx', bytes('PK\u0003\u0004 broken'), 'docx', /bị hỏng hoặc không phải tệp Word/],
    // plain text
    ['ghi-chu.txt', bytes('Nghị định 80'), 'other', /không phải tệp Word \.docx/],
  ])('%s', async (name, data, kind, message) => {
    expect(fileKind(data)).toBe(kind);
    const error = await readDocx(name, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFile);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(name);
  });

  it('a zip that is not a Word document is broken too', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    const data = await zip.generateAsync({ type: 'uint8array' });
    await expect(readDocx('zip.docx', data)).rejects.toThrow(/bị hỏng/);
  });
});

describe('blocksOfHtml: nested lists and links', () => {
  it('gives depth to nested items and keeps link targets', () => {
    const blocks = blocksOfHtml('<ul><li>một<ul><li>con</li></ul></li></ul><p>Xem <a href="https://example.org/a?b=1&amp;c=2">đây</a>.</p>');
    expect(blocks.map((b) => [b.text, b.list?.depth])).toEqual([['một', 0], ['con', 1], ['Xem đây.', undefined]]);
    expect(blocks[2].markdown).toBe('Xem [đây](https://example.org/a?b=1&c=2).');
  });
});
