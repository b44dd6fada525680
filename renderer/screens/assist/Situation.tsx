import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyOf } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { useRequest } from '../../transport/context.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { EntryList } from './EntryList.js';
import './assist.css';

type SituationView = ReplyOf<'situations.get'>;
type Outcome = Extract<SituationView['nodes'][string], { kind: 'outcome' }>;

/**
 * 情景式导办: one plain question at a time, then the items to apply for and one list of what to
 * bring for all of them. The whole tree came in one reply, so each answer shows the next question
 * at once; 上一步 goes back one answer.
 */
export function Situation({ code, dispatch }: { code: string; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('assist');
  const [attempt, setAttempt] = useState(0);
  const situation = useRequest('situations.get', { code }, attempt);
  return (
    <section className="screen assist situation">
      {situation.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {situation.state === 'failed' && <ErrorPanel error={situation.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {situation.state === 'ready' && <Walk situation={situation.value} dispatch={dispatch} />}
    </section>
  );
}

function Walk({ situation, dispatch }: { situation: SituationView; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('assist');
  const [path, setPath] = useState<string[]>([situation.start]);
  const here = path[path.length - 1] ?? situation.start;
  const node = situation.nodes[here];
  return (
    <>
      <h1>{situation.name}</h1>
      {node?.kind === 'question' && (
        <div className="situation-question" data-testid="situation-question">
          <p className="situation-step">{t('step', { n: path.length })}</p>
          <h2 id={`q-${here}`}>{node.text}</h2>
          <div className="choices situation-answers" role="group" aria-labelledby={`q-${here}`}>
            {node.answers.map((answer, i) => (
              <button key={answer.next} type="button" className="choice" data-testid={`answer-${i}`} onClick={() => setPath([...path, answer.next])}>
                {answer.label}
              </button>
            ))}
          </div>
        </div>
      )}
      {node?.kind === 'outcome' && <OutcomePanel outcome={node} dispatch={dispatch} />}
      <div className="assist-actions">
        {path.length > 1 && (
          <button type="button" className="secondary" data-testid="situation-prev" onClick={() => setPath(path.slice(0, -1))}>
            {t('previous')}
          </button>
        )}
        <button type="button" className="secondary" data-testid="situation-back" onClick={() => dispatch({ type: 'ask' })}>
          {t('backToAsk')}
        </button>
      </div>
    </>
  );
}

const necessityKey = { required: 'required', optional: 'optional', owed: 'owed' } as const;

function OutcomePanel({ outcome, dispatch }: { outcome: Outcome; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('assist');
  return (
    <div className="situation-outcome" data-testid="situation-outcome">
      <p className="fact fact-ok">{outcome.text}</p>
      <h2>{t('itemsTitle')}</h2>
      <EntryList entries={outcome.items} dispatch={dispatch} testId="situation-items" />
      <h2>{t('materialsTitle')}</h2>
      <ul className="situation-materials" data-testid="situation-materials">
        {outcome.materials.map((m) => (
          <li key={m.name}>
            <span className="material-name">{m.name}</span>
            <span className="material-how">
              {/* A paper the terminal fetches is not one to bring, whether required or not. */}
              {(m.electronic ? [t('electronic')] : [t(necessityKey[m.necessity]), m.original ? t('original') : '', m.paperCopies > 0 ? t('copies', { count: m.paperCopies }) : ''])
                .filter((s) => s !== '')
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
