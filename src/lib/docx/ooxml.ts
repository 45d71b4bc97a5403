/**
 * The smallest Word document that holds a text: the four parts of a .docx package (ECMA-376, WordprocessingML)
 * as strings, to be zipped by the caller. A blank line separates paragraphs — the way the checker shows a
 * Word file's text — and a single line break inside a paragraph becomes a Word line break, so a text read
 * from a .docx comes back with the same paragraphs. Character formatting (bold, styles, tables) is not kept:
 * the download is the corrected text, set in Times New Roman 14 pt as Nghị định 30/2020/NĐ-CP asks.
 */

export type Parts = Record<string, string>;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The paragraphs of a text: split at each blank line ("\n\n"), so an empty paragraph survives as "\n\n\n\n". */
export function paragraphsOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n\n');
}

/** The text of paragraphs, as the checker shows it: one blank line between paragraphs. */
export function textOf(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all (control codes other than tab and newlines) are dropped.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** One run per piece of text, with <w:tab/> and <w:br/> between pieces. */
function paragraphXml(paragraph: string): string {
  const runs = paragraph.split('\n').map((line) =>
    line
      .split('\t')
      .map((piece) => (piece ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>` : ''))
      .join('<w:tab/>'),
  );
  return `<w:p><w:r>${runs.join('<w:br/>')}</w:r></w:p>`;
}

export function documentXml(text: string): string {
  const body = paragraphsOf(text).map(paragraphXml).join('');
  return `${XML}<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const STYLES =
  `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>' +
  '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>';

const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;

/** Every part of the package, by its path in the zip. */
export function docxParts(text: string): Parts {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/document.xml': documentXml(text),
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/styles.xml': STYLES,
  };
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
