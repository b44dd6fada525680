export { IdCardReader } from './reader.js';
export type { CardExtras, IdCardRead, IdCardReaderOptions, ReadCardOptions, ReadCardResult } from './reader.js';
export {
  CardWaitTimeoutError, IdCardError, ReaderProtocolError, ReaderTimeoutError, isSuccess,
} from './status.js';
export { FrameChecksumError, FrameError, FrameLengthError, FrameParser, MAX_FRAME_LENGTH } from './frame.js';
export { CardTextError, checkIdNumber, decodeText, encodeText, TEXT_BLOCK_SIZE } from './text.js';
export type { CardText, DecodedText, ForeignerText, HkMoTwText, ResidentText, UnknownText } from './text.js';
export { ETHNICITY, SEX } from './codes.js';
export { IdCardSession } from './session.js';
export type { IdCardSessionEvents, IdCardSessionOptions } from './session.js';
export { cardRecord } from './record.js';
export type { IdCardRecord } from './record.js';
export { dumpFrame } from './frame-dump.js';
export { NoWltDecoderError, decodePhoto, registerWltDecoder, wltDecoder } from './photo.js';
export type { DecodedPhoto, WltDecoder } from './photo.js';
