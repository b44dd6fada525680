import { useTranslation } from 'react-i18next';
import { languageOf } from '../../ui-shared/i18n/language.js';
import { ApiError, UnreachableError } from '../api/client.js';

/**
 * The platform's messages say Chinese, then English, split by " / ": the half in the page's
 * language, or all of it when a message has no such split.
 */
function inLanguage(message: string, english: boolean): string {
  const halves = message.split(' / ');
  if (halves.length !== 2) return message;
  return (english ? halves[1] : halves[0]) ?? message;
}

/** What went wrong with a request, in the words an admin can act on; null shows nothing. */
export function Refusal({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (error === null || error === undefined) return null;
  let text: string;
  if (error instanceof UnreachableError) text = t('unreachable');
  else if (error instanceof ApiError && error.status === 403) text = t('forbidden');
  else if (error instanceof ApiError && error.status === 401) text = t('sessionEnded');
  else if (error instanceof ApiError) text = t('failed', { message: inLanguage(error.message, languageOf(i18n.language) === 'en') });
  else text = t('failed', { message: String(error) });
  return (
    <p className="refusal" role="alert" data-testid="refusal">
      {text}
    </p>
  );
}
