import { z } from 'zod';

/**
 * The identified citizen's card photo for the remote clerk's identity check, decoded by the
 * terminal's licensed WLT decoder. The page sends it to the clerk over the call's own data
 * channel, peer to peer: the platform never receives it. Without a decoder, a card or a photo
 * the decoder takes, `photo` is null and `reason` says which.
 */
export const remoteCardPhotoRequests = {
  'remote.cardPhoto': {
    request: z.object({}).strict(),
    reply: z.object({
      photo: z.object({ mime: z.enum(['image/bmp', 'image/png', 'image/jpeg']), base64: z.string().max(200_000), decoder: z.string().max(200) }).nullable(),
      reason: z.enum(['noDecoder', 'noCard', 'undecodable']).nullable(),
    }),
  },
} as const;
