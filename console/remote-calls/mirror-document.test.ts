import { describe, expect, it } from 'vitest';
import { mirrorDocument } from './mirror-document.js';

const screen = { html: '<div class="kiosk">表单</div>', scrolls: [300], spaces: [{ width: 1080, height: 600 }], width: 1080, height: 1920 };

describe("the clerk's mirror document", () => {
  it('forbids every load but inline styles and data: images, before anything of the kiosk', () => {
    const doc = mirrorDocument(screen, '.kiosk{color:red}');
    const csp = doc.indexOf(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`);
    expect(csp).toBeGreaterThan(0);
    expect(csp).toBeLessThan(doc.indexOf('.kiosk{color:red}'));
    expect(doc).toContain('<body><div id="root"><div class="kiosk">表单</div></div></body>');
  });

  it('keeps a stylesheet that says </style> inside its <style>, so it cannot open markup of its own', () => {
    const doc = mirrorDocument(screen, 'a{}</style><img src=x onerror=alert(1)><style>');
    expect(doc).not.toContain('</style><img');
    expect(doc.match(/<\/style>/g)).toHaveLength(2);
  });

  it("draws the kiosk's viewport, its scrolled boxes and its dock's space as the kiosk has them", () => {
    const doc = mirrorDocument(screen, '');
    expect(doc).toContain('width:1080px;height:1920px');
    expect(doc).toContain('[data-mirror-scroll="0"]>*{translate:0 -300px}');
    expect(doc).toContain('[data-mirror-space="0"]{flex:none;width:1080px;height:600px');
  });
});
