import { z } from 'zod';

/** Every error reply from the platform has this shape. */
export const platformErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
});
export type PlatformError = z.infer<typeof platformErrorSchema>;
