/**
 * How large a photographed material may be, as numbers with no schema around them: the screen
 * needs them on the materials step without loading zod, the contract's schemas enforce them.
 */

/** A photographed page as the camera step leaves it: cropped, and compressed to at most this. */
export const maxPageBytes = 500 * 1024;
/** A contract of several sheets fits; the whole request stays inside the host's body limit. */
export const maxPagesPerMaterial = 8;
