import { useState, type Dispatch, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskError, idNumberProblem, normalizeIdNumber, type IdNumberProblem } from '../../api.js';
import type { Action, TypedEntry } from '../../flow/flow.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';
import { useKiosk } from '../../transport/context.js';
import { toKioskError } from '../../transport/unavailable.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';

const problemKeys = {
  length: 'problemLength',
  characters: 'problemCharacters',
  birthDate: 'problemBirthDate',
  checkDigit: 'problemCheckDigit',
} as const satisfies Record<IdNumberProblem, string>;

/**
 * 手动输入身份证号: the number on the number pad, checked here (GB 11643, a real birth date) so a
 * slip of the finger is named before anything is sent; then the name by pinyin. Two steps, one
 * field each: a citizen who has never used a computer sees one question at a time.
 */
export function TypedIdentity({ dispatch, initial, onCancel }: { dispatch: Dispatch<Action>; initial?: TypedEntry; onCancel: () => void }) {
  const { t } = useTranslation('identify');
  const [idNumber, setIdNumber] = useState(initial?.idNumber ?? '');
  const [step, setStep] = useState<'id' | 'name'>('id');
  // Checked when 下一步 is pressed, and at once when the 18th character is typed: in landscape the
  // button may sit under the keyboard, and a citizen should hear of a slip before looking for it.
  const [asked, setAsked] = useState(false);
  const problem = asked || idNumber.length === 18 ? idNumberProblem(idNumber) : undefined;
  const type = (value: string): void => {
    setAsked(false);
    setIdNumber(normalizeIdNumber(value));
  };

  const next = (event: FormEvent): void => {
    event.preventDefault();
    setAsked(true);
    if (!idNumberProblem(idNumber)) setStep('name');
  };

  return (
    <section className="screen typed-identity">
      <h1>{t('typedTitle')}</h1>
      {step === 'id' ? (
        <form className="typed-form" onSubmit={next}>
          <p className="lead">{t('typedLead')}</p>
          <label className="field-label" htmlFor="typed-id">
            {t('idLabel')}
          </label>
          <KeyboardInput layout="id" label={t('idLabel')} id="typed-id" className="text-input case-input" testId="typed-id" value={idNumber} onChange={type} autoFocus />
          <p className="typed-count">{t('idCount', { count: idNumber.length })}</p>
          {problem && (
            <div className="error-panel" role="alert" data-testid="typed-id-error">
              <p className="error-message">{t(problemKeys[problem])}</p>
            </div>
          )}
          <button type="submit" className="primary main-action" data-testid="typed-id-next">
            {t('next')}
          </button>
        </form>
      ) : (
        <TypedName idNumber={idNumber} initialName={initial?.name ?? ''} dispatch={dispatch} />
      )}
      <button type="button" className="secondary" data-testid="typed-cancel" onClick={onCancel}>
        {t('backToCard')}
      </button>
    </section>
  );
}

type Sending = { state: 'idle' } | { state: 'sending' } | { state: 'failed'; error: KioskError };

function TypedName({ idNumber, initialName, dispatch }: { idNumber: string; initialName: string; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('identify');
  const kiosk = useKiosk();
  const [name, setName] = useState(initialName);
  const [sending, setSending] = useState<Sending>({ state: 'idle' });

  const send = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') {
      setSending({ state: 'failed', error: new KioskError({ code: 'BAD_REQUEST', message: t('nameMissing', { lng: 'zh' }), en: { message: t('nameMissing', { lng: 'en' }) } }) });
      return;
    }
    setSending({ state: 'sending' });
    try {
      const identity = await kiosk.invoke('identity.typed', { idNumber, name });
      dispatch({ type: 'identified', identity, typed: { idNumber, name: name.trim() } });
    } catch (error) {
      setSending({ state: 'failed', error: toKioskError(error) });
    }
  };

  return (
    <form className="typed-form" onSubmit={(event) => void send(event)}>
      <p className="lead">{t('nameLead')}</p>
      <label className="field-label" htmlFor="typed-name">
        {t('nameLabel')}
      </label>
      <KeyboardInput layout="pinyin" label={t('nameLabel')} id="typed-name" className="text-input" testId="typed-name" maxLength={30} value={name} onChange={setName} autoFocus />
      {sending.state === 'failed' && <ErrorPanel error={sending.error} testId="typed-error" />}
      <button type="submit" className="primary main-action" data-testid="typed-submit" disabled={sending.state === 'sending'}>
        {sending.state === 'sending' ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
