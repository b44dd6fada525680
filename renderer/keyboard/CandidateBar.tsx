import { useTranslation } from 'react-i18next';
import type { Candidate } from './pinyin/candidates.js';
import type { Page } from './pinyin/composition.js';
import { Key } from './Keys.js';

type Props = { pinyin: string; page: Page; onPick: (candidate: Candidate) => void; onTurn: (by: number) => void };

/** The typed pinyin and a page of candidates; ‹ › turn the page. */
export function CandidateBar({ pinyin, page, onPick, onTurn }: Props) {
  const { t } = useTranslation('keyboard');
  return (
    // data-screen-private: the syllables being typed are the citizen's words, hidden from a remote clerk's view.
    <div className="candidate-bar" aria-live="polite" data-screen-private="">
      <span className="composing" data-testid="composing">
        {pinyin || t('typePinyin')}
      </span>
      <div className="candidates" data-testid="candidates">
        {page.candidates.map((candidate) => (
          <button key={candidate.text} type="button" className="candidate" data-testid={`candidate-${candidate.text}`} onClick={() => onPick(candidate)}>
            {candidate.text}
          </button>
        ))}
        {pinyin && page.candidates.length === 0 && <span className="no-candidate">{t('noCandidate')}</span>}
      </div>
      {page.pages > 1 && (
        <div className="candidate-pages">
          <Key label="‹" ariaLabel={t('previousPage')} testId="candidates-previous" disabled={page.page === 0} onPress={() => onTurn(-1)} />
          <Key label="›" ariaLabel={t('nextPage')} testId="candidates-next" disabled={page.page >= page.pages - 1} onPress={() => onTurn(1)} />
        </div>
      )}
    </div>
  );
}
