import { z } from 'zod';
import { HttpError } from './http-error.js';

/**
 * The value checked against schema, or a 400 whose message names each wrong field and why (then
 * `expected`, when given). For bodies, paths and queries alike.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, error = 'bad_request', expected?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const wrong = z.prettifyError(result.error);
  throw new HttpError(400, error, expected ? `${wrong}\n${expected}` : wrong);
}
