import type { ReactElement } from 'react';
import { Face } from './Face.js';

type IconName = 'apply' | 'lifeEvents' | 'query' | 'guides' | 'review' | 'help' | 'results' | 'appointments' | 'queue' | 'pay' | 'ask';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/**
 * A picture beside each home tile's words, for a citizen who reads little. Drawn, not taken from
 * a font: a kiosk image may lack the symbol fonts, and a missing glyph shows as an empty box.
 */
export function TileIcon({ name }: { name: IconName }) {
  if (name === 'review') return <Face mood={2} />;
  return (
    <svg className="tile-icon" viewBox="0 0 100 100" aria-hidden="true">
      {shapes[name]}
    </svg>
  );
}

const shapes: Record<Exclude<IconName, 'review'>, ReactElement> = {
  // A form and a pen.
  apply: (
    <g {...stroke}>
      <rect x="16" y="10" width="52" height="72" rx="6" />
      <path d="M28 30h28M28 46h28M28 62h14" />
      <path d="M58 86l30-30-10-10-30 30-4 14z" />
    </g>
  ),
  // Several papers joined: one application for several items.
  lifeEvents: (
    <g {...stroke}>
      <rect x="10" y="22" width="46" height="60" rx="6" />
      <rect x="30" y="12" width="46" height="60" rx="6" />
      <rect x="50" y="30" width="40" height="60" rx="6" />
    </g>
  ),
  // A sheet coming out of a printer, a seal on it.
  results: (
    <g {...stroke}>
      <rect x="12" y="34" width="76" height="34" rx="6" />
      <path d="M26 34V12h48v22M26 58h48v32H26z" />
      <circle cx="50" cy="74" r="7" />
    </g>
  ),
  // A magnifier over a line of text.
  query: (
    <g {...stroke}>
      <circle cx="42" cy="42" r="26" />
      <path d="M61 61l27 27" />
    </g>
  ),
  // An open book.
  guides: (
    <g {...stroke}>
      <path d="M50 24c-10-8-24-10-38-8v64c14-2 28 0 38 8 10-8 24-10 38-8V16c-14-2-28 0-38 8z" />
      <path d="M50 24v64" />
    </g>
  ),
  // A question in a speech bubble.
  help: (
    <g {...stroke}>
      <path d="M14 20h72v50H44l-18 18V70H14z" />
      <path d="M40 36c0-8 20-10 20 0 0 7-10 8-10 15" />
      <circle cx="50" cy="60" r="1.5" />
    </g>
  ),
  // Two speech bubbles: the citizen asks, the terminal answers.
  ask: (
    <g {...stroke}>
      <path d="M10 16h52v34H30L18 62V50h-8z" />
      <path d="M70 36h20v34h-8v12L70 70H40V58" />
    </g>
  ),
  // A calendar page with one day ticked.
  appointments: (
    <g {...stroke}>
      <rect x="12" y="20" width="76" height="66" rx="6" />
      <path d="M12 38h76M32 12v16M68 12v16" />
      <path d="M36 62l10 10 20-20" />
    </g>
  ),
  // A ticket torn from the machine, its number in lines.
  queue: (
    <g {...stroke}>
      <path d="M22 12h56v76l-9-7-9 7-10-7-10 7-9-7-9 7z" />
      <path d="M36 34h28M36 50h28M44 66h12" />
    </g>
  ),
  // A phone with a coin: paying by phone.
  pay: (
    <g {...stroke}>
      <rect x="14" y="8" width="44" height="84" rx="8" />
      <path d="M30 80h12" />
      <circle cx="70" cy="54" r="20" />
      <path d="M62 44l8 10 8-10M70 54v14M63 58h14" />
    </g>
  ),
};
