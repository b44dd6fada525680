import { z } from 'zod';

/** The pad's coordinate box: the screen scales its canvas to 0–1000 on the longer side before sending. */
export const padUnits = 1000;
/** More strokes than any GB2312 character has (the most is 30), with room for a stray few. */
export const maxStrokes = 40;
/** Points in one stroke: a finger's pointer events thinned to one every 4 px, round a 600 px box twice over. */
export const maxPointsPerStroke = 1000;
/** Points in a whole character, so a request's size (about 10 bytes a point) is bounded whatever its shape. */
export const maxPoints = 8000;
/** Candidates a reply holds: two rows of big buttons. */
export const maxCandidates = 10;

const coordinate = z.number().finite().min(0).max(padUnits);
const strokeSchema = z.array(z.tuple([coordinate, coordinate])).min(1).max(maxPointsPerStroke);

/**
 * 手写: the strokes written on the pad so far, and the characters they most likely are. Empty
 * strokes ask for nothing but warm the recognizer (the pad sends it when it opens).
 */
export const handwritingRequests = {
  'handwriting.recognize': {
    request: z
      .object({ strokes: z.array(strokeSchema).max(maxStrokes) })
      .strict()
      .refine((r) => r.strokes.reduce((sum, stroke) => sum + stroke.length, 0) <= maxPoints, {
        message: `笔画太多，请点“重写”后再写 / too many points (at most ${maxPoints}): press 重写 and write again`,
        path: ['strokes'],
      }),
    reply: z.object({ candidates: z.array(z.string().min(1).max(2)).max(maxCandidates) }),
  },
} as const;
