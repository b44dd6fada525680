import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentTokenListReply, EnrollmentTokenSummary } from '../../platform/protocol/enroll.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';

/** The tokens of the last 30 days; one still waiting can be revoked, so a lost token enrolls nothing. */
export function TokenList({ list, onChanged }: { list: EnrollmentTokenListReply; onChanged(): void }) {
  const { t } = useTranslation('tokens');
  const { api } = useSession();
  const { busy, error, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const revoke = (token: EnrollmentTokenSummary) =>
    run(async () => {
      await api.post(`/v1/admin/enrollment-tokens/${token.id}/revoke`, {});
      setNotice(t('revoked', { hall: token.hallName, terminal: token.terminalName }));
      onChanged();
    });
  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('listTitle')}</h2>
      <Refusal error={error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {list.tokens.length === 0 ? (
        <p>{t('listNone')}</p>
      ) : (
        <table className="table" data-testid="token-table">
          <TableHead labels={[t('made'), t('hall'), t('terminal'), t('region'), t('expiresColumn'), t('state'), '']} />
          <tbody>
            {list.tokens.map((token) => (
              <tr key={token.id} data-testid="token-row">
                <td className="mono">{formatTime(token.createdAt)}</td>
                <td>{token.hallName}</td>
                <td>{token.terminalName}</td>
                <td className="mono">{token.regionCode}</td>
                <td className="mono">{formatTime(token.expiresAt)}</td>
                <td className={token.state === 'waiting' ? undefined : 'muted'}>{t(`state_${token.state}`)}</td>
                <td>
                  {token.state === 'waiting' && (
                    <button
                      type="button"
                      className="danger small"
                      disabled={busy}
                      aria-label={t('revokeLabel', { hall: token.hallName, terminal: token.terminalName })}
                      data-testid="token-revoke"
                      onClick={() => void revoke(token)}
                    >
                      {t('revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
