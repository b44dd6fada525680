import { skipAttribute } from './snapshot.js';

export interface PointerMark {
  id: number;
  /** Where the clerk tapped, as fractions of the viewport: the clerk's scale does not matter. */
  x: number;
  y: number;
}

/**
 * The clerk's pointer: a big ring at the place, fading in a few seconds (screen.css). Decoration
 * for the eye only (aria-hidden): the clerk says aloud what they point at.
 */
export function PointerMarks({ marks, onFaded }: { marks: PointerMark[]; onFaded(id: number): void }) {
  return (
    <div className="remote-pointer-layer" aria-hidden="true" {...{ [skipAttribute]: '' }}>
      {marks.map((mark) => (
        <span
          key={mark.id}
          className="remote-pointer"
          data-testid="remote-pointer"
          data-x={mark.x.toFixed(3)}
          data-y={mark.y.toFixed(3)}
          style={{ left: `${mark.x * 100}vw`, top: `${mark.y * 100}vh` }}
          onAnimationEnd={() => onFaded(mark.id)}
        />
      ))}
    </div>
  );
}
