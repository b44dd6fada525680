import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { refusal } from '../../api/kiosk-error.js';
import { privateFileMode } from '../../../private-files/private-files.js';
import { logLines } from '../log/rotating-log.js';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The whole log, redacted, as one new 0600 file in `folder` (a USB stick's mount point): it
 * leaves the terminal in a technician's pocket, so only the technician's user may read it there.
 */
export function exportLogs(dataDir: string, folder: string, now: Date): string {
  if (!isFolder(folder)) {
    throw refusal(
      'BAD_REQUEST',
      { zh: `找不到目录 ${folder}`, en: `There is no folder ${folder}` },
      { zh: '请插好U盘，填写它挂载的目录（如 /media/usb）', en: 'Plug in the USB stick and give the folder it is mounted at (e.g. /media/usb)' },
    );
  }
  const text = logLines(dataDir).join('\n');
  const path = join(folder, `tongban-log-${now.toISOString().replaceAll(':', '-')}.txt`);
  try {
    writeFileSync(path, text === '' ? '' : `${text}\n`, { mode: privateFileMode, flag: 'wx' });
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? 'error';
    throw refusal(
      'BAD_REQUEST',
      { zh: `无法写入 ${folder}（${why}）`, en: `Cannot write into ${folder} (${why})` },
      { zh: 'U盘可能已写保护或已满，请换一个', en: 'The stick may be write-protected or full; try another' },
    );
  }
  return path;
}
