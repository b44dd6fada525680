import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidateBar } from './CandidateBar.js';
import { useKeyboard } from './KeyboardContext.js';
import { EditKeys, Key, KeyRow, LetterOrderKey, letterRowsBy } from './Keys.js';
import { candidateBarWidth, commitAll, dropLetter, emptyComposition, pageOf, pick, turnPage, typeLetter, type Composition } from './pinyin/composition.js';
import { kioskLexicon } from './pinyin/kiosk-lexicon.js';
import { segment } from './pinyin/segment.js';

type Props = { onType: (text: string) => void; onDelete: () => void; onClear: () => void; onDone: () => void };
type Mode = 'pinyin' | 'handwriting' | 'abc' | '123';

const modes: readonly Mode[] = ['pinyin', 'handwriting', 'abc', '123'];
const modeWords: Partial<Record<Mode, 'modePinyin' | 'modeHandwriting'>> = { pinyin: 'modePinyin', handwriting: 'modeHandwriting' };

/** Its own chunk, fetched when a citizen first chooses 手写: nothing of it is parsed before then. */
const HandwritingPad = lazy(() => import('./handwriting/HandwritingPad.js').then((m) => ({ default: m.HandwritingPad })));

/** Chinese by pinyin or by handwriting, with capital letters and digits (house numbers, 3栋2单元) a tap away. */
export function PinyinPad({ onType, onDelete, onClear, onDone }: Props) {
  const { t } = useTranslation('keyboard');
  const { letterOrder, setLetterOrder, chineseBy, setChineseBy } = useKeyboard();
  const [mode, setMode] = useState<Mode>(chineseBy);
  const [composition, setComposition] = useState<Composition>(emptyComposition);
  const page = useMemo(() => pageOf(kioskLexicon(), composition, candidateBarWidth), [composition]);
  const composing = mode === 'pinyin' && composition.pinyin !== '';

  const press = (key: string): void => (mode === 'pinyin' ? setComposition(typeLetter(composition, key)) : onType(key));
  const choose = (candidate: Parameters<typeof pick>[1]): void => {
    const step = pick(composition, candidate);
    setComposition(step.state);
    onType(step.typed);
  };
  const done = (): void => {
    if (!composing) return onDone();
    const step = commitAll(kioskLexicon(), composition);
    if (step.typed) onType(step.typed);
    setComposition(step.state);
    // Letters no candidate spells stay on the bar (it says so) rather than vanishing with the keyboard.
    if (step.state.pinyin === '') onDone();
  };
  const chooseMode = (m: Mode): void => {
    setMode(m);
    if (m === 'pinyin' || m === 'handwriting') setChineseBy(m);
  };
  const clear = (): void => {
    setComposition(emptyComposition);
    onClear();
  };

  return (
    <div className="letter-pad">
      {mode === 'pinyin' && <CandidateBar pinyin={spaced(composition.pinyin)} page={page} onPick={choose} onTurn={(by) => setComposition(turnPage(composition, by))} />}
      {mode === 'handwriting' && (
        <Suspense fallback={<p className="handwriting-hint">{t('handwritingHint')}</p>}>
          <HandwritingPad onType={onType} />
        </Suspense>
      )}
      {mode === '123' && <DigitRows onType={onType} />}
      {(mode === 'pinyin' || mode === 'abc') && letterRowsBy[letterOrder].map((row) => <KeyRow key={row} keys={row} onType={press} upper={mode === 'abc'} letters />)}
      <div className="key-row mode-row">
        {modes.map((m) => {
          const words = modeWords[m];
          return <Key key={m} label={words ? t(words) : m.toUpperCase()} testId={`mode-${m}`} className={m === mode ? 'key-mode key-mode-on' : 'key-mode'} onPress={() => chooseMode(m)} />;
        })}
        {(mode === 'pinyin' || mode === 'abc') && <LetterOrderKey order={letterOrder} onChange={setLetterOrder} />}
        <EditKeys onDelete={composing ? () => setComposition(dropLetter(composition)) : onDelete} onClear={clear} onDone={done} />
      </div>
    </div>
  );
}

/** "chenxiaoxin" shown as "chen xiao xin", so the citizen sees how it was read. */
function spaced(pinyin: string): string {
  return segment(kioskLexicon(), pinyin)?.map((token) => token.text).join(' ') ?? pinyin;
}

function DigitRows({ onType }: { onType: (key: string) => void }) {
  return (
    <>
      <KeyRow keys="12345" onType={onType} />
      <KeyRow keys="67890" onType={onType} />
      {/* "·" joins the parts of a name such as 买买提·艾力 */}
      <KeyRow keys="-#·()" onType={onType} />
    </>
  );
}
