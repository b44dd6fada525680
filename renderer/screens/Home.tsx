import type { Dispatch } from 'react';
import type { KioskStatus } from '../api.js';
import type { Action } from '../flow/flow.js';
import { Clock } from '../ui/Clock.js';

/** Only what works today is offered: a tile that says 即将开放 is a dead end for a citizen. */
interface HomeProps {
  status: KioskStatus | null;
  dispatch: Dispatch<Action>;
  elderly: boolean;
  onElderly: (on: boolean) => void;
}

export function Home({ status, dispatch, elderly, onElderly }: HomeProps) {
  return (
    <div className="home">
      <header className="home-header">
        <div className="home-place">
          <p className="hall-name">{status?.hallName ?? ' '}</p>
          <p className="terminal-name">{status ? `${status.terminalName}${status.demo ? '（演示）' : ''}` : ' '}</p>
        </div>
        <Clock />
      </header>
      <h1 className="home-title">政务服务自助终端</h1>
      <p className="home-subtitle">24小时为您服务，请点击您要办的事</p>
      <div className="tiles">
        <button type="button" className="tile tile-main" data-testid="home-apply" onClick={() => dispatch({ type: 'apply' })}>
          <span className="tile-name">我要办</span>
          <span className="tile-note">刷身份证，申请办理事项</span>
        </button>
        <button type="button" className="tile" data-testid="home-query" onClick={() => dispatch({ type: 'query' })}>
          <span className="tile-name">查询办件</span>
          <span className="tile-note">输入办件编号，查看办理进度</span>
        </button>
      </div>
      <button
        type="button"
        className={elderly ? 'elderly-toggle on' : 'elderly-toggle'}
        aria-pressed={elderly}
        data-testid="home-elderly"
        onClick={() => onElderly(!elderly)}
      >
        {elderly ? '长者模式已开启：字更大，时间更宽裕（点此关闭）' : '长者模式：字更大，时间更宽裕'}
      </button>
    </div>
  );
}
