import type { Dispatch } from 'react';
import type { IdentityView } from '../api.js';
import type { Action } from '../flow/flow.js';

/** Masked on purpose: the screen faces a lobby, and the renderer never holds the full values. */
export function ConfirmIdentity({ identity, dispatch }: { identity: IdentityView; dispatch: Dispatch<Action> }) {
  return (
    <section className="screen confirm">
      <h1>已读取您的身份证</h1>
      <p className="lead">请核对是否是您本人，可以取回身份证了</p>
      <dl className="identity-card">
        <dt>姓名</dt>
        <dd data-testid="identity-name">{identity.maskedName}</dd>
        <dt>身份证号</dt>
        <dd data-testid="identity-id">{identity.maskedIdNumber}</dd>
      </dl>
      <button
        type="button"
        className="primary main-action"
        data-testid="identity-continue"
        onClick={() => dispatch({ type: 'confirmed' })}
      >
        是本人，继续
      </button>
    </section>
  );
}
