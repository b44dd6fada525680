import type { Input } from 'electron';

/** With Ctrl (Cmd on a Mac): close, reload, quit, new window, new tab, print. */
const withCommand = new Set(['w', 'r', 'q', 'n', 't', 'p']);
/** With Ctrl+Shift (or Cmd+Alt): the developer tools, their console and inspector. */
const withCommandShift = new Set(['i', 'j', 'c']);
/** Alone: reload, full screen off, developer tools. */
const alone = new Set(['F5', 'F11', 'F12']);
/** With Alt: close the window, switch to another. */
const withAlt = new Set(['F4', 'Tab']);
/** Ctrl with +, - or 0 zooms the page; 长者模式 is the kiosk's own, larger text. */
const zoom = new Set(['+', '=', '-', '0']);

/**
 * The keys a citizen with a keyboard (or a barcode scanner acting as one) could use to leave or
 * break the kiosk. Electron sees them before the page does; the OS-level ones (Alt+Tab on most
 * desktops) are the compositor's to refuse, see README.
 */
export function refusedKey(input: Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>): boolean {
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const command = input.control || input.meta;
  if (alone.has(key)) return true;
  if (input.alt && withAlt.has(key)) return true;
  if (command && (input.shift || input.alt) && withCommandShift.has(key)) return true;
  return command && (withCommand.has(key) || zoom.has(key));
}
