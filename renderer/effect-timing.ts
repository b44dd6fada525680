import { options } from 'preact';

/*
 * The screens run on Preact (see vite.config.ts) but are written for React, which runs a render's
 * effects in a task right after the commit. Preact waits for the next frame, and in that gap a
 * scanner's first keys (a wedge types a code in a few milliseconds) reach a screen whose listener
 * is not yet attached. Effects run as React runs them: in a task of their own, right away.
 */
options.requestAnimationFrame = (flush) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    flush();
  };
  channel.port2.postMessage(undefined);
};
