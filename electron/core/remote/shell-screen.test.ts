import { describe, expect, it } from 'vitest';
import type { FromCore } from '../../api/process.js';
import { ShellScreen } from './shell-screen.js';

describe('the core asking its shell for the screen', () => {
  it('matches each answer to its question by id, whatever order they come in', async () => {
    const asked: FromCore[] = [];
    const screen = new ShellScreen((message) => asked.push(message));
    const first = screen.capture();
    const second = screen.capture();
    expect(asked).toEqual([
      { type: 'captureScreen', id: 1 },
      { type: 'captureScreen', id: 2 },
    ]);
    screen.answered(2, { ok: true, png: 'iVBORw0KGgo=' });
    screen.answered(1, { ok: false, reason: 'window closed' });
    // A late answer to a question already settled changes nothing.
    screen.answered(1, { ok: true, png: 'iVBORw0KGgo=' });
    expect(await second).toEqual({ ok: true, png: 'iVBORw0KGgo=' });
    expect(await first).toEqual({ ok: false, reason: 'window closed' });
  });

  it('gives up on a shell that never answers, saying so, rather than holding the command', async () => {
    const silent = new ShellScreen(() => undefined, 0);
    expect(await silent.capture()).toEqual({ ok: false, reason: expect.stringContaining("the terminal's shell did not answer") });
  });
});
