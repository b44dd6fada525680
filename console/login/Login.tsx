import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import type { SessionReply } from '../../platform/protocol/console.js';
import { logIn } from '../api/session.js';
import { LanguageToggle } from '../shell/Header.js';
import { Refusal } from '../shell/Refusal.js';
import { useAction } from '../shell/use-action.js';

/** A wrong password and a locked account get words of their own; anything else, the refusal. */
function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation('login');
  if (error instanceof ApiError && (error.status === 401 || error.status === 423)) {
    return (
      <p className="refusal" role="alert" data-testid="login-error">
        {t(error.status === 423 ? 'locked' : 'badCredentials')}
      </p>
    );
  }
  return <Refusal error={error} />;
}

export function Login({ onLoggedIn }: { onLoggedIn(session: SessionReply): void }) {
  const { t } = useTranslation('login');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A refused password is cleared, so the next try starts from an empty field.
    setPassword('');
    void run(async () => onLoggedIn(await logIn({ name: name.trim(), password })));
  };

  return (
    <main className="login">
      <div className="login-top">
        <LanguageToggle />
      </div>
      <form className="panel login-form" onSubmit={submit}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <label>
          {t('name')}
          <input name="name" autoComplete="username" required value={name} onChange={(e) => setName(e.target.value)} data-testid="login-name" />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} data-testid="login-password" />
        </label>
        <LoginError error={error} />
        <button type="submit" className="primary" disabled={busy} data-testid="login-submit">
          {busy ? t('submitting') : t('submit')}
        </button>
      </form>
    </main>
  );
}
