import { useEffect, useRef } from 'react';

/** A <video> playing a call's stream; `muted` for one's own picture, so the microphone does not echo. */
export function StreamVideo({ stream, muted, testId, className }: { stream: MediaStream | null; muted: boolean; testId: string; className?: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.srcObject = stream;
  }, [stream]);
  return <video ref={ref} autoPlay playsInline muted={muted} data-testid={testId} className={className} />;
}
