import { useEffect, useReducer, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCamera, openCamera } from './camera.js';
import { nextCameraState, openingCamera, type CameraEvent } from './camera-state.js';
import { CameraFailed, type OtherWays } from './CameraFailed.js';

type CaptureProps = {
  /** What is being photographed, e.g. 拍第 2 页. */
  title: string;
  /** Handed the frame showing when 拍照 is tapped; the page is found and compressed by the caller. */
  onShot: (video: HTMLVideoElement) => void;
  onCancel: () => void;
  /** Offered when the camera cannot be used. */
  ways: OtherWays;
};

const messageKey = { opening: 'cameraOpening', live: 'cameraHint' } as const;

/**
 * The live picture of the document camera and one big 拍照 button. The camera is on only while
 * this is on screen: leaving the step, or the session being wiped, turns it off. It is in one
 * state at a time (camera-state.ts), and the screen says that state's one message.
 */
export function CameraCapture({ title, onShot, onCancel, ways }: CaptureProps) {
  const { t } = useTranslation('materials');
  const box = useRef<HTMLDivElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [camera, send] = useReducer(nextCameraState, openingCamera);
  // Each try opens the camera once; the stream stays open while live and closes when this goes.
  const [attempt, setAttempt] = useState(0);
  useCameraStream(attempt, video, send);
  const retry = (): void => {
    send({ type: 'retry' });
    setAttempt((n) => n + 1);
  };

  // The picture opens below the button just tapped: bring it, and its 拍照 button, into view.
  // A block body: newer Chromium returns a promise from scrollIntoView, which must not become the cleanup.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' });
  }, []);

  return (
    <div className="camera" data-testid="camera" data-state={camera.state} ref={box}>
      <p className="camera-title">{title}</p>
      {camera.state === 'failed' ? (
        <CameraFailed reason={camera.reason} onRetry={retry} onCancel={onCancel} ways={ways} />
      ) : (
        <>
          <p className="camera-hint" data-testid="camera-message" role="status">
            {t(messageKey[camera.state])}
          </p>
          <video ref={video} className="camera-video" data-testid="camera-video" autoPlay muted playsInline onPlaying={() => send({ type: 'playing' })} />
          <div className="camera-actions">
            <button type="button" className="primary" data-testid="camera-shoot" disabled={camera.state !== 'live'} onClick={() => video.current && onShot(video.current)}>
              {t('shoot')}
            </button>
            <button type="button" className="secondary" data-testid="camera-cancel" onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** Opens the camera for each attempt; a track that ends says the camera went. */
function useCameraStream(attempt: number, video: RefObject<HTMLVideoElement | null>, send: (event: CameraEvent) => void): void {
  useEffect(() => {
    let stream: MediaStream | undefined;
    let open = true;
    openCamera().then(
      (opened) => {
        stream = opened;
        if (!open) return closeCamera(opened);
        for (const track of opened.getVideoTracks()) track.addEventListener('ended', () => send({ type: 'ended' }));
        if (video.current) video.current.srcObject = opened;
      },
      (error: unknown) => open && send({ type: 'failed', error }),
    );
    return () => {
      open = false;
      if (stream) closeCamera(stream);
    };
  }, [attempt, video, send]);
}
