import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyOf } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { useKeyboard } from '../../keyboard/KeyboardContext.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';
import { useKiosk, useRequest } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { Hotline } from '../../ui/Hotline.js';
import { EntryList } from './EntryList.js';
import './assist.css';

/**
 * 问一问: the citizen says what they need in their own words, typed on the pinyin keyboard, and
 * gets the items that fit, each with a line of its guide. What the catalog cannot answer is said
 * plainly and handed to 12345 and the help call: never a guess. The common situations sit above,
 * for a citizen who would rather answer a few questions than type.
 */
export function Ask({ dispatch }: { dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('assist');
  const kiosk = useKiosk();
  const keyboard = useKeyboard();
  const [question, setQuestion] = useState('');
  const send = useCallback((text: string) => kiosk.invoke('assistant.ask', { question: text }), [kiosk]);
  const [reply, ask] = useAction(send);
  const trimmed = question.trim();
  const asked = useRef<HTMLFormElement>(null);
  // Below the situations, the answer would open under the fold of a landscape screen: the question
  // goes to the top, its answer under it.
  useEffect(() => {
    if (reply.state === 'done') asked.current?.scrollIntoView({ block: 'start' });
  }, [reply.state]);
  return (
    <section className="screen assist">
      <h1>{t('title')}</h1>
      <Situations dispatch={dispatch} />
      <h2 id="ask-label">{t('askLabel')}</h2>
      <form
        ref={asked}
        className="assist-ask"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed === '') return;
          // The answer, or 12345 and 呼叫帮办, shows where the keyboard was.
          keyboard.close();
          ask(trimmed);
        }}
      >
        <KeyboardInput layout="pinyin" label={t('askLabel')} labelledBy="ask-label" className="assist-question" testId="ask-input" value={question} maxLength={100} placeholder={t('askHint')} onChange={setQuestion} />
        <button type="submit" className="primary" data-testid="ask-submit" disabled={trimmed === '' || reply.state === 'busy'}>
          {t('askButton')}
        </button>
      </form>
      <div aria-live="polite" data-testid="ask-result">
        {reply.state === 'busy' && <p className="waiting">{t('asking')}</p>}
        {reply.state === 'failed' && <ErrorPanel error={reply.error} />}
        {reply.state === 'done' && <Answer reply={reply.value} dispatch={dispatch} />}
      </div>
    </section>
  );
}

function Answer({ reply, dispatch }: { reply: ReplyOf<'assistant.ask'>; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('assist');
  if (!reply.answered) {
    return (
      <div className="assist-unknown" data-testid="ask-unknown">
        <p className="fact fact-wait">{t('unknown')}</p>
        <button type="button" className="secondary" data-testid="ask-help" onClick={() => dispatch({ type: 'help' })}>
          {t('callHelp')}
        </button>
        <Hotline />
      </div>
    );
  }
  return (
    <>
      <p className="lead">{t('found')}</p>
      <EntryList entries={reply.hits} dispatch={dispatch} testId="ask-hits" />
    </>
  );
}

function Situations({ dispatch }: { dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('assist');
  const situations = useRequest('situations.list', {});
  if (situations.state !== 'ready' || situations.value.length === 0) return null;
  return (
    <nav className="assist-situations" aria-labelledby="situations-label">
      <h2 id="situations-label">{t('situationsLabel')}</h2>
      <div className="choices">
        {situations.value.map((s) => (
          <button key={s.code} type="button" className="choice situation-choice" data-testid={`situation-${s.code}`} onClick={() => dispatch({ type: 'situation', code: s.code })}>
            <span className="situation-name">{s.name}</span>
            <span className="situation-note">{s.description}</span>
          </button>
        ))}
      </div>
    </nav>
  );
}
