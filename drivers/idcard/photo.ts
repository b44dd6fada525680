/**
 * The card photo is 1024 bytes of WLT, a compressed format whose decoder is licensed by the
 * Ministry of Public Security's vendors and ships only as their binaries. Tongban carries no
 * decoder: a terminal with a licence registers one here, and without one the photo stays opaque.
 */

export interface DecodedPhoto {
  /** What the decoder produced; readers' decoders give a 102x126 BMP. */
  format: 'bmp' | 'png' | 'jpeg';
  bytes: Buffer;
}

export interface WltDecoder {
  /** Names the vendor and version for technicians' diagnostics. */
  readonly name: string;
  decode(wlt: Buffer): Promise<DecodedPhoto>;
}

export class NoWltDecoderError extends Error {
  override readonly name = 'NoWltDecoderError';
  constructor() {
    super('未安装身份证照片解码库 / no licensed WLT photo decoder is registered: the photo is kept as raw WLT bytes');
  }
}

let registered: WltDecoder | undefined;

/** Installs the terminal's licensed decoder, replacing any earlier one. */
export function registerWltDecoder(decoder: WltDecoder): void {
  registered = decoder;
}

/** The registered decoder, if this terminal has one; callers show no photo when it has not. */
export function wltDecoder(): WltDecoder | undefined {
  return registered;
}

export async function decodePhoto(wlt: Buffer): Promise<DecodedPhoto> {
  if (!registered) throw new NoWltDecoderError();
  return registered.decode(wlt);
}
