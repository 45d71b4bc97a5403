/**
 * Word files in and out, the same in the browser and the CLI: mammoth reads a .docx into HTML (then blocks,
 * see blocks.ts), jszip — mammoth's own zip library, so nothing more is shipped — packs the parts of
 * ooxml.ts into a .docx. The browser loads this module only when a file is given or a download asked for.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { blocksOfHtml, textOfBlocks, type Block } from './blocks.ts';
import { fileKind, unreadableMessage } from './file-kind.ts';
import { docxParts } from './ooxml.ts';

/** A file the checker cannot read, with the message to show. */
export class UnreadableFile extends Error {}

/** The blocks of a .docx; throws UnreadableFile (with its Vietnamese message) for anything else. */
export async function readDocx(name: string, bytes: Uint8Array): Promise<Block[]> {
  const kind = fileKind(bytes.subarray(0, 8));
  if (kind !== 'docx') throw new UnreadableFile(unreadableMessage(name, kind));
  try {
    // mammoth reads `buffer` under Node and `arrayBuffer` in the browser; both accept the bytes.
    const { value } = await mammoth.convertToHtml({ buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer });
    return blocksOfHtml(value);
  } catch {
    throw new UnreadableFile(unreadableMessage(name, 'docx'));
  }
}

/** The text of a .docx as the checker shows it: one blank line between paragraphs. */
export async function readDocxText(name: string, bytes: Uint8Array): Promise<string> {
  return textOfBlocks(await readDocx(name, bytes));
}

/** A .docx holding `text`, one Word paragraph per paragraph of the text. */
export async function writeDocx(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(docxParts(text))) zip.file(path, content, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
