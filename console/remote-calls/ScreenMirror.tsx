import { useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenField } from '../../ui-shared/remote-call/screen-messages.js';
import { mirrorDocument } from './mirror-document.js';
import type { ScreenChannel } from './use-screen-channel.js';
import './screen-mirror.css';

/** The mirror's box at the clerk's desk; the kiosk's screen is scaled to fit it, portrait or landscape. */
const box = { width: 540, height: 640 };

const within = (field: ScreenField, x: number, y: number): boolean =>
  x >= field.rect.x && x <= field.rect.x + field.rect.width && y >= field.rect.y && y <= field.rect.y + field.rect.height;

/**
 * The citizen's screen, one way: drawn in an iframe that runs nothing (sandbox without scripts,
 * srcdoc, its own CSP). A click points at the place on the citizen's screen and, on an input,
 * picks it to fill; a fill is only offered, and the citizen's screen asks them first.
 */
export function ScreenMirror({ view }: { view: ScreenChannel }) {
  const { t } = useTranslation('remoteScreen');
  const [picked, setPicked] = useState('');
  const [value, setValue] = useState('');
  const [mark, setMark] = useState<{ x: number; y: number; n: number } | null>(null);
  const { screen } = view;
  if (!screen) return <p data-testid="clerk-screen-waiting">{t('waiting')}</p>;
  const scale = Math.min(box.width / screen.width, box.height / screen.height);
  const field = screen.fields.find((f) => f.id === picked);

  const click = (event: MouseEvent<HTMLDivElement>) => {
    const area = event.currentTarget.getBoundingClientRect();
    const x = Math.min(1, Math.max(0, (event.clientX - area.left) / area.width));
    const y = Math.min(1, Math.max(0, (event.clientY - area.top) / area.height));
    setMark((last) => ({ x, y, n: (last?.n ?? 0) + 1 }));
    view.point(x, y);
    const hit = screen.fields.find((f) => within(f, x, y));
    if (hit) setPicked(hit.id);
  };
  const offer = (event: FormEvent) => {
    event.preventDefault();
    if (!field || value === '') return;
    view.offerFill(field.id, value);
    setValue('');
  };

  return (
    <section className="clerk-screen" data-testid="clerk-screen" data-shown={screen.shown}>
      <h3>{t('title')}</h3>
      <p className="clerk-screen-note">{t(screen.shown ? 'shown' : 'masked')}</p>
      <div className="clerk-screen-frame" style={{ width: screen.width * scale, height: screen.height * scale }}>
        <iframe
          title={t('mirror')}
          sandbox=""
          srcDoc={mirrorDocument(screen, view.css)}
          width={screen.width}
          height={screen.height}
          style={{ transform: `scale(${scale})` }}
          data-testid="clerk-screen-mirror"
        />
        {/* Clicks land here, not in the frame: the frame runs nothing and takes no input. */}
        <div className="clerk-screen-touch" data-testid="clerk-screen-touch" onClick={click} aria-hidden="true">
          {field && <span className="clerk-screen-picked" style={{ left: `${field.rect.x * 100}%`, top: `${field.rect.y * 100}%`, width: `${field.rect.width * 100}%`, height: `${field.rect.height * 100}%` }} />}
          {mark && <span key={mark.n} className="clerk-screen-mark" style={{ left: `${mark.x * 100}%`, top: `${mark.y * 100}%` }} />}
        </div>
      </div>
      <p className="clerk-screen-note">{t('pointHint')}</p>
      <form className="clerk-fill" onSubmit={offer} data-testid="clerk-fill">
        <h4>{t('fillTitle')}</h4>
        <label>
          {t('field')}
          <select value={field ? field.id : ''} onChange={(event) => setPicked(event.target.value)} data-testid="clerk-fill-field">
            <option value="">{t('pickField')}</option>
            {screen.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('value')}
          <input value={value} maxLength={200} onChange={(event) => setValue(event.target.value)} data-testid="clerk-fill-value" autoComplete="off" />
        </label>
        <button type="submit" className="primary small" disabled={!field || value === '' || view.fill === 'waiting'} data-testid="clerk-fill-send">
          {t('fillSend')}
        </button>
        {view.fill && (
          <p className={view.fill === 'agreed' ? 'fact-ok' : 'fact-wait'} data-testid="clerk-fill-outcome" data-outcome={view.fill}>
            {t(`filled_${view.fill}`)}
          </p>
        )}
      </form>
    </section>
  );
}
