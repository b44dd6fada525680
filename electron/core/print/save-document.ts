import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makePrivateDir } from '../../../private-files/private-files.js';

/**
 * Under the browser host there is no silent printing: an A4 document is written as a PDF to
 * DATA/documents/, where the hall's print station or a technician picks it up.
 */
export async function saveDocument(dataDir: string, fileName: string, pdf: Buffer): Promise<string> {
  if (!/^[\w.-]+\.pdf$/.test(fileName)) throw new TypeError(`document file name must be a plain NAME.pdf, got "${fileName}"`);
  const dir = join(dataDir, 'documents');
  makePrivateDir(dir);
  const path = join(dir, fileName);
  await writeFile(path, pdf, { mode: 0o600 });
  return path;
}
