import { describe, expect, it } from 'vitest';
import { maskedValue, snapshotOf, type SnapElement, type SnapNode, type SnapshotOptions } from './snapshot.js';

/** A hand-built element: the few DOM members the snapshot reads, no DOM needed. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (SnapNode | string)[]): SnapElement {
  return {
    nodeType: 1,
    nodeName: tag.toUpperCase(),
    nodeValue: null,
    attributes: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    childNodes: children.map((child) => (typeof child === 'string' ? { nodeType: 3, nodeName: '#text', nodeValue: child, childNodes: [] } : child)),
  };
}
const htmlOf = (root: SnapNode, options: SnapshotOptions): string => snapshotOf(root, options).html;
const input = (attrs: Record<string, string>, value: string) => Object.assign(el('input', attrs), { value });

describe('the screen snapshot a clerk sees', () => {
  it('keeps the text and layout classes of the screen', () => {
    const html = htmlOf(el('div', { class: 'kiosk elderly' }, el('h1', {}, '申请 <社保卡>'), el('p', { 'data-testid': 'lead', 'aria-live': 'polite' }, 'a & b')), { shown: false });
    expect(html).toBe('<div class="kiosk elderly"><h1>申请 &lt;社保卡&gt;</h1><p data-testid="lead" aria-live="polite">a &amp; b</p></div>');
  });

  it('leaves out scripts, event handlers, styles, links and javascript: or remote URLs', () => {
    const page = el(
      'div',
      { onclick: 'steal()', style: 'background:url(javascript:x)' },
      el('script', {}, 'alert(1)'),
      el('a', { href: 'javascript:alert(1)' }, 'link text'),
      el('button', { onpointerdown: 'x()', formaction: 'javascript:y()', type: 'button' }, 'OK'),
      el('img', { src: 'https://evil.example/track.png', alt: 'far' }),
      el('img', { src: 'javascript:alert(1)' }),
      el('img', { src: 'data:image/png;base64,iVBORw0=', alt: 'hall' }),
      el('iframe', { src: 'https://evil.example' }),
      el('svg', { viewBox: '0 0 1 1', onload: 'x()' }, el('script', {}, 'x()'), el('path', { d: 'M0 0' })),
    );
    const html = htmlOf(page, { shown: true });
    expect(html).not.toMatch(/script|onclick|onpointer|onload|style=|href|javascript:|evil|iframe|formaction|alert/i);
    expect(html).toContain('<button type="button">OK</button>');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0=" alt="hall">');
    expect(html).toContain('<img alt="far">');
    expect(html).toContain('<path d="M0 0"></path>');
  });

  it('masks every typed value, whatever the field, until the citizen agrees', () => {
    const form = el(
      'div',
      {},
      input({ id: 'input-phone', 'data-keyboard': 'phone' }, '13812345678'),
      input({ id: 'input-note', 'data-keyboard': 'pinyin', value: '13812345678' }, '家住江汉路1号'),
      input({ id: 'input-unknown' }, 'anything'),
      Object.assign(el('textarea', { id: 'story' }, 'old'), { value: '我的地址' }),
      input({ id: 'input-empty' }, ''),
    );
    const masked = htmlOf(form, { shown: false });
    expect(masked).not.toMatch(/138|江汉|anything|地址|old/);
    expect(masked.split(maskedValue)).toHaveLength(5);
    expect(masked).toContain('<input id="input-empty" value="">');
    const shown = htmlOf(form, { shown: true });
    expect(shown).toContain('value="13812345678"');
    expect(shown).toContain('<textarea id="story">我的地址</textarea>');
  });

  it('leaves out what is marked skipped always, and what is marked private until the citizen agrees', () => {
    const screen = el('div', {}, el('section', { 'data-screen-skip': '' }, '视频'), el('div', { 'data-screen-private': '', class: 'keyboard' }, 'zhang'), '表单');
    expect(htmlOf(screen, { shown: false })).toBe('<div>表单</div>');
    expect(htmlOf(screen, { shown: true })).toBe('<div><div class="keyboard">zhang</div>表单</div>');
  });

  it('escapes quotes in attributes, so no value opens a new attribute', () => {
    expect(htmlOf(el('p', { title: '" onmouseover="x()' }), { shown: false })).toBe('<p title="&quot; onmouseover=&quot;x()"></p>');
  });

  it('marks each scrolled box with its offset, so the mirror shows the part the citizen sees', () => {
    const scrolled = (top: number, ...children: SnapNode[]) => Object.assign(el('main', { class: 'content' }, ...children), { scrollTop: top });
    expect(snapshotOf(el('div', {}, scrolled(0), scrolled(420.4, scrolled(12))), { shown: false })).toEqual({
      html: '<div><main class="content"></main><main class="content" data-mirror-scroll="0"><main class="content" data-mirror-scroll="1"></main></main></div>',
      scrolls: [420, 12],
      spaces: [],
    });
  });

  it("keeps the space of the call's dock, empty, so the screen lies where it lies on the kiosk", () => {
    const dock = Object.assign(el('section', { 'data-screen-skip': 'space' }, '视频'), { offsetWidth: 1080, offsetHeight: 600.2 });
    expect(snapshotOf(el('div', {}, dock), { shown: true })).toEqual({ html: '<div><div data-mirror-space="0"></div></div>', scrolls: [], spaces: [{ width: 1080, height: 600 }] });
  });
});
