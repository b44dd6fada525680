import type { CommandAck, CommandKind, RemoteCommand } from '../../../platform/protocol/commands.js';
import { PlatformRefusedError } from '../uplink/platform-client.js';
import type { CommandRecord, Outcome } from './command-record.js';

/** What running a command came to; `afterAck` runs once its outcome has gone up (a restart must not cut the acknowledgement off). */
export interface Ran extends Outcome {
  afterAck?: () => void;
}

export type CommandActions = Record<CommandKind, () => Promise<Ran>>;

export interface CommandRunnerOptions {
  record: CommandRecord;
  actions: CommandActions;
  /** The signed POST /v1/command-acks. */
  acknowledge: (ack: CommandAck) => Promise<void>;
  log: (line: string) => void;
  clock?: () => Date;
}

const expired: Outcome = { outcome: 'expired', detail: '指令到达终端时已过期，未执行 / the command had expired when it reached the terminal; not run' };

/** Bilingual words of whatever an action threw, for the operator's list. */
function failure(error: unknown): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  const en = typeof error === 'object' && error !== null && 'en' in error ? (error as { en: { message: string } }).en.message : undefined;
  return { outcome: 'failed', detail: (en === undefined || message.includes(en) ? message : `${message} / ${en}`).slice(0, 500) };
}

/**
 * Runs what the heartbeat reply brings, one batch at a time and each command at most once (the
 * record is written before it runs), then sends every outcome the platform has not acknowledged.
 */
export class CommandRunner {
  private chain: Promise<void> = Promise.resolve();
  private readonly clock: () => Date;

  constructor(private readonly options: CommandRunnerOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  /**
   * Resolves when these commands have run and the outcomes were offered to the platform. Expiry is
   * judged by the platform's time in the same reply: the terminal's own clock may be off.
   */
  receive(commands: readonly RemoteCommand[], platformTime: Date): Promise<void> {
    this.chain = this.chain.then(() => this.runAll(commands, platformTime));
    return this.chain;
  }

  private async runAll(commands: readonly RemoteCommand[], platformTime: Date): Promise<void> {
    const after: Array<() => void> = [];
    for (const command of commands) {
      // Taken before: the platform sends it again only while it lacks the outcome, so that goes up again.
      if (!this.options.record.claim(command, this.clock())) {
        this.options.record.unacknowledge(command.id);
        continue;
      }
      const ran: Ran = Date.parse(command.expiresAt) <= platformTime.getTime() ? expired : await this.run(command);
      const { afterAck, ...outcome } = ran;
      this.options.record.settle(command.id, outcome);
      this.options.log(`command ${command.kind} ${command.id}: ${outcome.outcome}`);
      if (afterAck) after.push(afterAck);
    }
    await this.sendOutcomes();
    for (const then of after) then();
  }

  private async run(command: RemoteCommand): Promise<Ran> {
    try {
      return await this.options.actions[command.kind]();
    } catch (error) {
      return failure(error);
    }
  }

  /** Stops at the first that cannot be sent: the line is down, the next heartbeat tries again. */
  private async sendOutcomes(): Promise<void> {
    for (const ack of this.options.record.unacknowledged()) {
      try {
        await this.options.acknowledge(ack);
      } catch (error) {
        // The platform refused it for good (a command it no longer has): sending again will not help.
        if (!(error instanceof PlatformRefusedError)) return;
        this.options.log(`command ${ack.id}: acknowledgement refused (${error.reason})`);
      }
      this.options.record.acknowledged(ack.id, this.clock());
    }
  }
}
