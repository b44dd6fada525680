import { sessionReplySchema, type LoginRequest, type SessionReply } from '../../platform/protocol/console.js';
import { ApiError, createApi } from './client.js';

/** The account signed in now, or null (401): the login page shows. */
export async function currentSession(): Promise<SessionReply | null> {
  try {
    return await createApi('').get('/v1/console/me', sessionReplySchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Throws ApiError 401 for a wrong name or password, 423 for a locked account. */
export function logIn(request: LoginRequest): Promise<SessionReply> {
  return createApi('').post('/v1/console/login', request, sessionReplySchema);
}
