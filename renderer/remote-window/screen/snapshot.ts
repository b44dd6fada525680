/**
 * The kiosk's screen as the clerk may see it: the app's DOM written out as inert HTML. Allow-lists
 * throughout, so what this file does not know is left out: only listed tags and attributes pass,
 * no script, no handler, no link or URL but an inline image; what the citizen typed is masked
 * unless they agreed to show it, and so is anything marked private (the keyboard's pinyin line).
 * It reads nodes through the few DOM members below, so unit tests feed it a parsed document.
 */

export interface SnapNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<SnapNode>;
}
export interface SnapElement extends SnapNode {
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  /** An input's current value, which its attribute may not follow. */
  readonly value?: unknown;
  /** How far a scrolled box is scrolled: the mirror shows the same part of it. */
  readonly scrollTop?: number;
  /** A left-out box's size, for the space it keeps in the mirror. */
  readonly offsetWidth?: number;
  readonly offsetHeight?: number;
}

/** What the citizen sees instead of a masked value: the same mark whatever its length. */
export const maskedValue = '＊＊＊＊';

/**
 * Marks an element the mirror leaves out (the consent sheet, the pointer), or keeps only with
 * consent. With the value `space` (the call's dock) it leaves an empty box of its size, so the
 * rest of the screen lies where it lies on the kiosk and a pointer lands where the clerk aimed.
 */
export const skipAttribute = 'data-screen-skip';
export const keepSpace = 'space';
export const privateAttribute = 'data-screen-private';

const textNode = 3;
const elementNode = 1;

/** Tags written out; any other element is dropped with everything inside it. */
const tags = new Set([
  'div', 'span', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'main', 'nav', 'section', 'article', 'aside', 'header', 'footer',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'strong', 'em', 'b', 'i', 'small', 'br', 'hr', 'label', 'button', 'input', 'textarea', 'select', 'option', 'form', 'fieldset', 'legend',
  'img', 'figure', 'figcaption', 'abbr', 'time', 'mark', 'sup', 'sub', 'progress',
  'svg', 'g', 'path', 'rect', 'circle', 'line', 'polyline', 'polygon', 'ellipse', 'text', 'tspan',
]);
/** Void elements: written without a closing tag. */
const voids = new Set(['br', 'hr', 'img', 'input']);
/** Attributes kept; aria-* and data-testid too. Never on*, href, style, srcset, action or formaction. */
const attributes = new Set([
  'class', 'id', 'role', 'type', 'disabled', 'checked', 'selected', 'readonly', 'lang', 'dir', 'alt', 'title', 'colspan', 'rowspan', 'max', 'min', 'placeholder',
  'viewbox', 'd', 'fill', 'stroke', 'stroke-width', 'width', 'height', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'points', 'transform', 'shape-rendering', 'xmlns',
]);
/** An image's source passes only as inline raster or SVG data, which the mirror's CSP allows and nothing else. */
const inlineImage = /^data:image\/(png|jpeg|gif|webp|bmp|svg\+xml);base64,[A-Za-z0-9+/=]*$/;

export interface SnapshotOptions {
  /** The citizen agreed that the clerk sees what they typed. */
  shown: boolean;
}

export interface Snapshot {
  html: string;
  /** The size of each left-out box that keeps its space, by its data-mirror-space index. */
  spaces: { width: number; height: number }[];
  /**
   * The scroll offset of each scrolled box, in pixels: the box is marked data-mirror-scroll with
   * its index here, for the mirror (which runs no script to scroll) to shift its content by CSS.
   */
  scrolls: number[];
}

/** Scrolled boxes the mirror follows: more than this and the rest are shown unscrolled. */
const maxBoxes = 50;

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

function keptAttribute(tag: string, name: string, value: string): boolean {
  if (name === 'src') return tag === 'img' && inlineImage.test(value);
  if (name === 'value') return false; // written from the live value, masked or not
  return attributes.has(name) || name === 'data-testid' || (name.startsWith('aria-') && /^aria-[a-z]+$/.test(name));
}

function isElement(node: SnapNode): node is SnapElement {
  return node.nodeType === elementNode;
}

function attributeOf(element: SnapElement, name: string): string | null {
  for (let i = 0; i < element.attributes.length; i++) if (element.attributes[i]?.name.toLowerCase() === name) return element.attributes[i]?.value ?? null;
  return null;
}

/** What a field shows: its live value, or the mask (default-deny: every typed value is the citizen's). */
function shownValue(element: SnapElement, options: SnapshotOptions): string {
  const value = typeof element.value === 'string' ? element.value : (attributeOf(element, 'value') ?? '');
  if (value === '' || options.shown) return value;
  return maskedValue;
}

function writeElement(element: SnapElement, options: SnapshotOptions, out: string[], boxes: Omit<Snapshot, 'html'>): void {
  const tag = element.nodeName.toLowerCase();
  const skip = attributeOf(element, skipAttribute);
  if (skip === keepSpace && boxes.spaces.length < maxBoxes) {
    const index = boxes.spaces.push({ width: Math.round(element.offsetWidth ?? 0), height: Math.round(element.offsetHeight ?? 0) }) - 1;
    out.push(`<div data-mirror-space="${index}"></div>`);
  }
  if (!tags.has(tag) || skip !== null) return;
  if (!options.shown && attributeOf(element, privateAttribute) !== null) return;
  out.push(`<${tag}`);
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes[i];
    const name = attribute?.name.toLowerCase() ?? '';
    if (attribute && keptAttribute(tag, name, attribute.value)) out.push(` ${name}="${escapeAttribute(attribute.value)}"`);
  }
  const scrolled = Math.round(element.scrollTop ?? 0);
  if (scrolled > 0 && boxes.scrolls.length < maxBoxes) out.push(` data-mirror-scroll="${boxes.scrolls.push(scrolled) - 1}"`);
  const typed = tag === 'input' || tag === 'textarea' ? shownValue(element, options) : null;
  if (tag === 'input' && typed !== null) out.push(` value="${escapeAttribute(typed)}"`);
  out.push('>');
  if (voids.has(tag)) return;
  if (typed !== null) out.push(escapeText(typed));
  else writeChildren(element, options, out, boxes);
  out.push(`</${tag}>`);
}

function writeChildren(node: SnapNode, options: SnapshotOptions, out: string[], boxes: Omit<Snapshot, 'html'>): void {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (!child) continue;
    if (child.nodeType === textNode) out.push(escapeText(child.nodeValue ?? ''));
    else if (isElement(child)) writeElement(child, options, out, boxes);
  }
}

/** The element and what it holds, as inert HTML for the clerk's mirror. */
export function snapshotOf(root: SnapNode, options: SnapshotOptions): Snapshot {
  const out: string[] = [];
  const boxes: Omit<Snapshot, 'html'> = { spaces: [], scrolls: [] };
  if (isElement(root)) writeElement(root, options, out, boxes);
  return { html: out.join(''), ...boxes };
}
