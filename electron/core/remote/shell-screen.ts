import type { FromCore, ScreenCapture } from '../../api/process.js';

/** A shell that never answers (it hung, or is too old to know the question) must not hold the command for ever. */
const defaultPatienceMs = 30_000;

const noAnswer: ScreenCapture = { ok: false, reason: '未截图：终端外壳没有回应截图请求 / no screenshot taken: the terminal\'s shell did not answer the capture request' };

/**
 * The core's side of a screenshot: only the shell (Electron's window, or the browser host's
 * Chromium) can see the screen, so the core asks it over its channel and matches the answer by id.
 */
export class ShellScreen {
  private nextId = 1;
  private readonly waiting = new Map<number, (capture: ScreenCapture) => void>();

  constructor(
    private readonly send: (message: FromCore) => void,
    private readonly patienceMs = defaultPatienceMs,
  ) {}

  capture(): Promise<ScreenCapture> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.answered(id, noAnswer), this.patienceMs);
      this.waiting.set(id, (capture) => {
        clearTimeout(timer);
        resolve(capture);
      });
      this.send({ type: 'captureScreen', id });
    });
  }

  /** The shell's answer to capture request `id`; a late or unknown one is dropped. */
  answered(id: number, capture: ScreenCapture): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(capture);
  }
}
