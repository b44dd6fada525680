/**
 * The ways a real reader misbehaves in a lobby, for the simulator to reproduce on request.
 * The wire faults (noise, pieces, bad checksum, slow) reshape a correct reply here; the card
 * and port faults (no card, card removed, vanish) change what the simulator answers.
 * 'bad-checksum' garbles every reply; 'bad-checksum-once' only the first card read (text and
 * photo, the longest reply and the one line noise is likeliest to hit), as a passing spike does.
 */

export const SIM_FAULTS = ['noise', 'pieces', 'bad-checksum', 'bad-checksum-once', 'no-card', 'slow', 'card-removed', 'vanish'] as const;
export type SimFault = (typeof SIM_FAULTS)[number];

export function isSimFault(name: string): name is SimFault {
  return (SIM_FAULTS as readonly string[]).includes(name);
}

/**
 * Line noise as a long USB cable picks it up: it starts like a preamble (AA AA AA 96) but never
 * completes one, so a parser that trusts the first AA it sees loses the real reply behind it.
 */
export const NOISE = Buffer.from([0x00, 0xff, 0xaa, 0x13, 0xaa, 0xaa, 0xaa, 0x96, 0x00, 0x69, 0xaa, 0xaa]);

/** Small enough that every reply, even the 11-byte status replies, arrives in several reads. */
export const PIECE_SIZE = 5;

/** One write the simulator makes, after waiting delayMs. */
export interface Write {
  delayMs: number;
  bytes: Buffer;
}

/** The writes that carry one encoded reply frame through the wire faults asked for; `garble` spoils its checksum. */
export function shapeReply(frame: Buffer, faults: ReadonlySet<SimFault>, slowMs: number, garble = faults.has('bad-checksum')): Write[] {
  let bytes = Buffer.from(frame);
  if (garble) bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
  if (faults.has('noise')) bytes = Buffer.concat([NOISE, bytes]);
  const pieces = faults.has('pieces') ? split(bytes, PIECE_SIZE) : [bytes];
  const firstDelay = faults.has('slow') ? slowMs : 0;
  return pieces.map((piece, index) => ({ delayMs: index === 0 ? firstDelay : 0, bytes: piece }));
}

function split(bytes: Buffer, size: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) pieces.push(bytes.subarray(offset, offset + size));
  return pieces;
}
