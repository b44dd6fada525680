import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { captureJpeg, closeCamera, openCamera } from './camera.js';

type CameraState = { state: 'opening' } | { state: 'live' } | { state: 'failed' };

/**
 * The live picture of the document camera and one big 拍照 button. The camera is on only while
 * this is on screen: leaving the step, or the session being wiped, turns it off.
 */
export function CameraCapture({ onCaptured, onCancel }: { onCaptured: (jpegBase64: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('materials');
  const box = useRef<HTMLDivElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>({ state: 'opening' });

  // The picture opens below the button just tapped: bring it, and its 拍照 button, into view.
  // A block body: newer Chromium returns a promise from scrollIntoView, which must not become the cleanup.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' });
  }, []);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let open = true;
    openCamera().then(
      (opened) => {
        stream = opened;
        if (!open) return closeCamera(opened);
        if (video.current) video.current.srcObject = opened;
      },
      () => open && setCamera({ state: 'failed' }),
    );
    return () => {
      open = false;
      if (stream) closeCamera(stream);
    };
  }, []);

  return (
    <div className="camera" data-testid="camera" ref={box}>
      <p className="camera-hint">{camera.state === 'failed' ? t('cameraFailed') : t('cameraHint')}</p>
      <video ref={video} className="camera-video" data-testid="camera-video" autoPlay muted playsInline onPlaying={() => setCamera({ state: 'live' })} />
      <div className="camera-actions">
        <button type="button" className="primary" data-testid="camera-shoot" disabled={camera.state !== 'live'} onClick={() => video.current && onCaptured(captureJpeg(video.current))}>
          {camera.state === 'live' ? t('shoot') : t('cameraOpening')}
        </button>
        <button type="button" className="secondary" data-testid="camera-cancel" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
