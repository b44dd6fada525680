// Chromium set up for a WebRTC call on this machine alone: the e2e test and the bench of 远程帮办.

/**
 * Fake camera and microphone, granted without a prompt; host candidates on loopback (Chromium
 * leaves loopback out, and hides host addresses behind mDNS names, unless told otherwise).
 */
export const fakeMediaArgs = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/**
 * A page init script. No STUN or TURN servers are configured, so only host candidates exist;
 * this keeps just the 127.0.0.1 ones, so no packet of a call goes anywhere but loopback.
 */
export const loopbackOnly = `(() => {
  const add = RTCPeerConnection.prototype.addIceCandidate;
  RTCPeerConnection.prototype.addIceCandidate = function (candidate, ...rest) {
    if (candidate && candidate.candidate && !/ 127\\.0\\.0\\.1 /.test(candidate.candidate)) return Promise.resolve();
    return add.call(this, candidate, ...rest);
  };
})();`;

/** What of HTMLVideoElement is read (the tests' TypeScript has no DOM types). */
interface PlayingVideo {
  getVideoPlaybackQuality(): { totalVideoFrames: number };
}

/** In-page: frames decoded by a <video>: media arrived and played, whatever the clock says. */
export const framesDecoded = (video: unknown): number => (video as PlayingVideo).getVideoPlaybackQuality().totalVideoFrames;
