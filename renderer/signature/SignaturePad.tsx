import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dataUrlBase64 } from '../camera/data-url.js';
import { canvasPoint, minimumInkLength, strokeLength, type Point } from './signature.js';

const width = 1200;
const height = 400;

/** A signature written with a finger (or the mouse); 确认 hands it on as a PNG in base64. */
export function SignaturePad({ onSigned }: { onSigned: (pngBase64: string) => void }) {
  const { t } = useTranslation('materials');
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<Point | null>(null);
  const [ink, setInk] = useState(0);

  const context = (): CanvasRenderingContext2D | null => canvas.current?.getContext('2d') ?? null;

  const down = (event: PointerEvent<HTMLCanvasElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = canvasPoint(event.currentTarget, event);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>): void => {
    const from = last.current;
    const draw = context();
    if (!from || !draw) return;
    const to = canvasPoint(event.currentTarget, event);
    draw.lineWidth = 8;
    draw.lineCap = 'round';
    draw.strokeStyle = '#101418';
    draw.beginPath();
    draw.moveTo(from.x, from.y);
    draw.lineTo(to.x, to.y);
    draw.stroke();
    last.current = to;
    setInk((length) => length + strokeLength(from, to));
  };
  const up = (): void => {
    last.current = null;
  };
  const clear = (): void => {
    context()?.clearRect(0, 0, width, height);
    setInk(0);
  };
  const confirm = (): void => {
    if (canvas.current) onSigned(dataUrlBase64(canvas.current.toDataURL('image/png')));
  };

  return (
    <div className="signature">
      <canvas
        ref={canvas}
        className="signature-canvas"
        data-testid="signature-canvas"
        width={width}
        height={height}
        aria-label={t('signatureArea')}
        role="img"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div className="signature-actions">
        <button type="button" className="secondary" data-testid="signature-clear" onClick={clear}>
          {t('clear')}
        </button>
        <button type="button" className="primary" data-testid="signature-confirm" disabled={ink < minimumInkLength} onClick={confirm}>
          {t('confirmSignature')}
        </button>
      </div>
    </div>
  );
}
