import type { Handlers } from '../dispatch.js';
import { callHelp, submitReview, type FeedbackServices } from './feedback.js';

/** 好差评 and 呼叫帮办: each recorded here and sent up like a case. */
export function feedbackHandlers(services: FeedbackServices): Pick<Handlers, 'review.submit' | 'help.call'> {
  return {
    'review.submit': (review) => submitReview(services, review),
    'help.call': ({ reason }) => callHelp(services, reason),
  };
}
