import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built site; `npm test` builds it first. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export function readPage(path: string): string {
  const file = `${DIST}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
  if (!existsSync(file)) throw new Error(`Trang chưa được dựng: ${path} (chạy npm run build trước)`);
  return readFileSync(file, 'utf8');
}
