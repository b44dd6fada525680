import type { ScreenField } from '../../../ui-shared/remote-call/screen-messages.js';
import { skipAttribute } from './snapshot.js';

/**
 * The fields a clerk may see, point at and offer to fill: the keyboard's text inputs on screen now
 * (KeyboardInput marks each with data-keyboard, its layout), never one inside the call's own parts.
 */
function fieldInputs(root: ParentNode): HTMLInputElement[] {
  return Array.from(root.querySelectorAll<HTMLInputElement>('input[data-keyboard][id]')).filter(
    (input) => !input.closest(`[${skipAttribute}]`) && !input.disabled && !input.readOnly && input.getClientRects().length > 0,
  );
}

/** The label's own words, without what it holds (（必填）, a hint). */
function ownText(element: Element): string {
  const own = Array.from(element.childNodes, (node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : '')).join('');
  return own.trim() === '' ? (element.textContent ?? '') : own;
}

/** The words the citizen sees for a field: its label, as screen readers find it. */
function labelOf(input: HTMLInputElement): string {
  const by = input.getAttribute('aria-labelledby');
  const labelElement = by ? document.getElementById(by) : null;
  const text = (labelElement ? ownText(labelElement) : null) ?? input.getAttribute('aria-label') ?? input.id;
  return text.replace(/\p{Cc}/gu, ' ').trim().slice(0, 200);
}

const clamp = (n: number): number => Math.min(1, Math.max(0, n));

export function screenFields(root: ParentNode, shown: boolean): ScreenField[] {
  const { innerWidth: width, innerHeight: height } = window;
  return fieldInputs(root)
    .slice(0, 100)
    .map((input) => {
      const box = input.getBoundingClientRect();
      const rect = { x: clamp(box.left / width), y: clamp(box.top / height), width: clamp(box.width / width), height: clamp(box.height / height) };
      return { id: input.id, label: labelOf(input), rect, masked: !shown };
    });
}

/** The field named `id` if it is on screen now, with the words to ask the citizen about it. */
export function fieldOnScreen(root: ParentNode, id: string): { input: HTMLInputElement; label: string } | null {
  const input = fieldInputs(root).find((candidate) => candidate.id === id);
  return input ? { input, label: labelOf(input) } : null;
}

/** What each keyboard layout can type (keyboard/layouts.ts): a value it could not type is refused. */
const typeable: Record<string, RegExp> = {
  id: /^[0-9X]*$/,
  phone: /^[0-9]*$/,
  number: /^[0-9]*$/,
  date: /^[0-9-]*$/,
  code: /^[0-9A-Z]*$/,
  path: /^[a-z0-9/_.:-]*$/,
};

/** Whether the citizen could have typed `value` into `input` on its keyboard, within its maxLength. */
export function typeableInto(input: HTMLInputElement, value: string): boolean {
  const pattern = typeable[input.dataset.keyboard ?? ''];
  const fits = input.maxLength < 0 || Array.from(value).length <= input.maxLength;
  return fits && (pattern ? pattern.test(value) : true);
}

/**
 * Puts `value` in the field as a keystroke would: through the input's own value setter and an
 * input event, so React's onChange (and with it the form's state and checks) runs as for typing.
 */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
