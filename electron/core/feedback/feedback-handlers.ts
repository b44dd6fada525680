import type { Handlers } from '../dispatch.js';
import type { ServiceHours } from '../../api/lifecycle.js';
import { callHelp, cancelHelp, helpAvailability, submitReview, type FeedbackServices } from './feedback.js';

/** 好差评 and 呼叫帮办: each recorded here and sent up like a case. */
export function feedbackHandlers(
  services: FeedbackServices & { staffedHours: ServiceHours | undefined },
): Pick<Handlers, 'review.submit' | 'help.availability' | 'help.call' | 'help.cancel'> {
  return {
    'help.availability': async () => helpAvailability(services.staffedHours, new Date()),
    'review.submit': (review) => submitReview(services, review),
    'help.call': ({ reason }) => callHelp(services, reason),
    'help.cancel': ({ callId }) => cancelHelp(services, callId),
  };
}
