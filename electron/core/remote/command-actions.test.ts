import { describe, expect, it } from 'vitest';
import type { ScreenCapture } from '../../api/process.js';
import { commandActions, type CommandFacilities } from './command-actions.js';

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==';

/** The screenshot action over a session that is open or not, and a shell (null: none) whose captures are counted. */
function screenshotWith(open: () => boolean, capture: (() => Promise<ScreenCapture>) | null = async () => ({ ok: true, png })) {
  const asked: string[] = [];
  const facilities = {
    session: { isOpen: open },
    captureScreen: capture ? () => (asked.push('capture'), capture()) : undefined,
  } as Pick<CommandFacilities, 'session' | 'captureScreen'> as CommandFacilities;
  return { run: commandActions(facilities).screenshot, asked };
}

describe('the screenshot command on the kiosk', () => {
  it('takes the screen and uploads it when nobody is at the terminal', async () => {
    const { run, asked } = screenshotWith(() => false);
    expect(await run()).toEqual({ outcome: 'done', detail: '已截图并上传 / screenshot taken and uploaded', screenshot: { png } });
    expect(asked).toEqual(['capture']);
  });

  it('refuses while a citizen session is open, without asking the shell for the screen', async () => {
    const { run, asked } = screenshotWith(() => true);
    expect(await run()).toEqual({ outcome: 'failed', detail: '有市民正在使用，未截图 / a citizen is using the terminal; no screenshot taken' });
    expect(asked).toEqual([]);
  });

  it('drops the picture when a citizen sat down while it was taken', async () => {
    let open = false;
    const { run } = screenshotWith(
      () => open,
      async () => {
        open = true;
        return { ok: true, png };
      },
    );
    expect(await run()).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('a citizen is using the terminal') });
    expect(await run()).not.toHaveProperty('screenshot');
  });

  it('says plainly why it took none where the shell cannot see the page', async () => {
    const reason = '未截图：终端页面显示在本程序没有启动的浏览器中，无法截取 / no screenshot taken: the kiosk page is shown by a browser this host did not start, so it cannot capture it';
    expect(await screenshotWith(() => false, async () => ({ ok: false, reason })).run()).toEqual({ outcome: 'failed', detail: reason });
    expect(await screenshotWith(() => false, null).run()).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('this host shows no page') });
  });
});
