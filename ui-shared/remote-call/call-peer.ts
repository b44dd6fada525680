/**
 * One side of a 远程帮办 call, the kiosk's page or the clerk's console alike: the camera and
 * microphone, an RTCPeerConnection, and the signals it makes and takes. How signals travel is the
 * caller's (the kiosk through its core, the console straight to the platform).
 */
export type CallSignal =
  | { kind: 'offer' | 'answer'; sdp: string }
  | { kind: 'candidate'; candidate: string; sdpMid: string | null; sdpMLineIndex: number | null };

/** The screen view's data channel (screen-messages.ts says what travels on it). */
const screenChannelLabel = 'screen';

export interface CallPeerOptions {
  iceServers: RTCIceServer[];
  send(signal: CallSignal): Promise<void>;
  /** The other side's picture and sound, once its first track arrives. */
  onRemote(stream: MediaStream): void;
  /** The connection failed or closed under the call (not a hang-up, which the signalling says). */
  onLost(): void;
  /**
   * The screen view's data channel: the side that offers (the kiosk) opens it before its offer,
   * the other side takes it when it arrives. Absent: no channel is opened or taken.
   */
  screenChannel?: { open: boolean; onChannel(channel: RTCDataChannel): void };
}

export interface CallPeer {
  readonly connection: RTCPeerConnection;
  /** This side's camera and microphone: stopped by close(), so the light goes off with the call. */
  readonly local: MediaStream;
  /** The caller's side starts the negotiation once the other side is there. */
  offer(): Promise<void>;
  receive(signal: CallSignal): Promise<void>;
  close(): void;
}

/** Camera and microphone, asked for only now: they are on only while a call lasts. */
export async function openCallPeer(options: CallPeerOptions): Promise<CallPeer> {
  const local = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
  // max-bundle: one transport for audio, video and the screen channel, so one set of candidates
  // (each a signal through the platform, under the terminal's request budget) instead of three.
  const connection = new RTCPeerConnection({ iceServers: options.iceServers, bundlePolicy: 'max-bundle' });
  for (const track of local.getTracks()) connection.addTrack(track, local);
  const screen = options.screenChannel;
  if (screen?.open) screen.onChannel(connection.createDataChannel(screenChannelLabel, { ordered: true }));
  else if (screen) connection.addEventListener('datachannel', ({ channel }) => channel.label === screenChannelLabel && screen.onChannel(channel));
  // Candidates that arrive before the description they belong to wait for it.
  const early: RTCIceCandidateInit[] = [];
  connection.addEventListener('icecandidate', ({ candidate }) => {
    if (candidate) void options.send({ kind: 'candidate', candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex });
  });
  connection.addEventListener('track', ({ streams }) => {
    if (streams[0]) options.onRemote(streams[0]);
  });
  connection.addEventListener('connectionstatechange', () => {
    if (connection.connectionState === 'failed') options.onLost();
  });
  const describe = async (description: RTCSessionDescriptionInit) => {
    await connection.setRemoteDescription(description);
    for (const candidate of early.splice(0)) await connection.addIceCandidate(candidate);
  };
  return {
    connection,
    local,
    async offer() {
      const offer = await connection.createOffer();
      await connection.setLocalDescription(offer);
      await options.send({ kind: 'offer', sdp: offer.sdp ?? '' });
    },
    async receive(signal) {
      if (signal.kind === 'candidate') {
        const candidate = { candidate: signal.candidate, sdpMid: signal.sdpMid, sdpMLineIndex: signal.sdpMLineIndex };
        if (connection.remoteDescription) await connection.addIceCandidate(candidate);
        else early.push(candidate);
        return;
      }
      await describe({ type: signal.kind, sdp: signal.sdp });
      if (signal.kind === 'offer') {
        const answer = await connection.createAnswer();
        await connection.setLocalDescription(answer);
        await options.send({ kind: 'answer', sdp: answer.sdp ?? '' });
      }
    },
    close() {
      for (const track of local.getTracks()) track.stop();
      connection.close();
    },
  };
}
