import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../transport/context.js';
import { Key } from '../Keys.js';
import { PadStrokes, type PadPoint } from './pad-strokes.js';
import './handwriting.css';

/** Candidates are asked for this long after the last stroke ends, so a quick second stroke asks once. */
const askAfterMs = 120;

type Reading = { candidates: readonly string[]; failed: boolean };
const nothing: Reading = { candidates: [], failed: false };

/**
 * 手写: a writing box the finger draws in, and the characters the core reads in it after each
 * stroke, biggest first; a tap on one types it and empties the box for the next character.
 * Loaded only when a citizen chooses 手写, so the keyboard's own chunk does not grow.
 */
export function HandwritingPad({ onType }: { onType: (text: string) => void }) {
  const { t } = useTranslation('keyboard');
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef(new PadStrokes());
  const [reading, setReading] = useState<Reading>(nothing);
  const [writing, setWriting] = useState(false);
  const ask = useRecognizer(setReading);

  const rewrite = useCallback(() => {
    strokes.current.clear();
    clearCanvas(canvas.current);
    setWriting(false);
    ask.cancel();
    setReading(nothing);
  }, [ask]);

  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    const point = pointIn(event);
    if (!strokes.current.begin(point)) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setWriting(true);
    ask.cancel();
    drawDot(canvas.current, point);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const point = pointIn(event);
    const from = strokes.current.extend(point);
    if (from) drawLine(canvas.current, from, point);
  };
  const up = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    event.currentTarget.releasePointerCapture(event.pointerId);
    const box = event.currentTarget.getBoundingClientRect();
    ask.after(strokes.current.scaled(box.width, box.height));
  };
  const choose = (character: string) => {
    onType(character);
    rewrite();
  };

  return (
    <div className="handwriting">
      <div className="handwriting-candidates candidate-bar" aria-live="polite" data-testid="handwriting-candidates">
        {reading.candidates.map((c) => (
          <button key={c} type="button" className="candidate" data-testid={`candidate-${c}`} onClick={() => choose(c)}>
            {c}
          </button>
        ))}
        {reading.candidates.length === 0 && <span className={reading.failed ? 'no-candidate' : 'handwriting-hint'}>{t(reading.failed ? 'handwritingFailed' : writing ? 'handwritingReading' : 'handwritingHint')}</span>}
      </div>
      <div className="handwriting-body">
        <canvas ref={canvas} className="handwriting-canvas" data-testid="handwriting-pad" aria-label={t('handwritingPad')} onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up} />
        <Key label={t('rewrite')} className="key-edit handwriting-rewrite" testId="handwriting-rewrite" onPress={rewrite} />
      </div>
    </div>
  );
}

/** Asks the core after the writer pauses; a reply to strokes since added to or cleared is dropped. */
function useRecognizer(setReading: (reading: Reading) => void) {
  const kiosk = useKiosk();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const asked = useRef(0);
  const recognizer = useRef({
    cancel: () => {
      clearTimeout(timer.current);
      asked.current++;
    },
    after: (written: PadPoint[][]) => {
      recognizer.current.cancel();
      const mine = asked.current;
      timer.current = setTimeout(() => {
        kiosk.invoke('handwriting.recognize', { strokes: written }).then(
          ({ candidates }) => mine === asked.current && setReading({ candidates, failed: false }),
          () => mine === asked.current && setReading({ candidates: [], failed: true }),
        );
      }, askAfterMs);
    },
  });
  // The first request builds the core's templates: sent as the pad opens, not at the first stroke.
  useEffect(() => {
    kiosk.invoke('handwriting.recognize', { strokes: [] }).catch(() => undefined);
    const { current } = recognizer;
    return () => current.cancel();
  }, [kiosk]);
  return recognizer.current;
}

function pointIn(event: PointerEvent<HTMLCanvasElement>): PadPoint {
  const box = event.currentTarget.getBoundingClientRect();
  return [event.clientX - box.left, event.clientY - box.top];
}

/** The canvas's 2D context, its backing store sized to its box first (the box changes with orientation). */
function ink(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  if (!canvas) return null;
  const context = canvas.getContext('2d');
  const ratio = window.devicePixelRatio || 1;
  const [width, height] = [Math.round(canvas.clientWidth * ratio), Math.round(canvas.clientHeight * ratio)];
  if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  // The ink is the canvas's CSS color (the design token), as text would be.
  const color = getComputedStyle(canvas).color;
  if (context) Object.assign(context, { lineWidth: 10, lineCap: 'round', lineJoin: 'round', strokeStyle: color, fillStyle: color });
  return context;
}

function drawDot(canvas: HTMLCanvasElement | null, [x, y]: PadPoint): void {
  const context = ink(canvas);
  context?.beginPath();
  context?.arc(x, y, 5, 0, 2 * Math.PI);
  context?.fill();
}

function drawLine(canvas: HTMLCanvasElement | null, from: PadPoint, to: PadPoint): void {
  const context = ink(canvas);
  context?.beginPath();
  context?.moveTo(from[0], from[1]);
  context?.lineTo(to[0], to[1]);
  context?.stroke();
}

function clearCanvas(canvas: HTMLCanvasElement | null): void {
  if (canvas) canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
}
