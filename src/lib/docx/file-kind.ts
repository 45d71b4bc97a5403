/**
 * What a file given to the checker is, from its first bytes (not its name, which may lie), and what to tell the
 * drafter when it is not a Word .docx. The messages are shared by the page and the CLI.
 */

export type FileKind = 'docx' | 'doc' | 'pdf' | 'other';

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** A .docx is a zip ("PK\3\4"); a Word 97–2003 .doc an OLE compound file; a PDF starts with "%PDF". */
export function fileKind(head: Uint8Array): FileKind {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  return 'other';
}

/** The message for a file that cannot be read; `kind` 'docx' means a zip that is not a readable Word file. */
export function unreadableMessage(name: string, kind: FileKind): string {
  if (kind === 'doc')
    return `Tệp “${name}” là tệp Word cũ (.doc); công cụ chỉ đọc được tệp .docx. Hãy mở tệp trong Word, chọn Lưu thành (Save As) → Word Document (.docx) rồi chọn lại tệp, hoặc dán nội dung vào ô bản thảo.`;
  if (kind === 'pdf')
    return `Tệp “${name}” là tệp PDF; công cụ chỉ đọc được tệp Word .docx. Hãy chép nội dung trong tệp PDF và dán vào ô bản thảo.`;
  if (kind === 'docx') return `Không đọc được tệp “${name}”: tệp bị hỏng hoặc không phải tệp Word .docx.`;
  return `Tệp “${name}” không phải tệp Word .docx nên công cụ không đọc được. Hãy chọn tệp .docx, hoặc dán nội dung vào ô bản thảo.`;
}
