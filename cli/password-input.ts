import { UsageError } from './fail.js';

/** The first line of standard input, without its line ending: `--password-stdin` for scripts. */
export async function passwordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (line === '') throw new UsageError('--password-stdin read no password: give it as the first line of standard input');
  return line;
}

const enter = new Set(['\r', '\n']);
const erase = new Set(['\x7f', '\b']);
const interrupt = '\x03';
const endOfInput = '\x04';

/** Reads one line from the terminal in raw mode, so nothing typed is echoed. */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  // Raw before the prompt shows: whatever is typed after it must never be echoed.
  stdin.setRawMode(true);
  process.stderr.write(prompt);
  stdin.resume();
  stdin.setEncoding('utf8');
  let typed: string[] = [];
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed.join(''));
    };
    function onData(text: string): void {
      for (const char of text) {
        if (enter.has(char)) return done();
        if (char === interrupt || char === endOfInput) return done(new UsageError('no password given; nothing was changed'));
        typed = erase.has(char) ? typed.slice(0, -1) : [...typed, char];
      }
    }
    stdin.on('data', onData);
  });
}

/** Asks twice on the terminal, without echo, so a typo does not become the password. */
export async function passwordFromPrompt(): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError('no terminal to ask for the password on: give it as one line of standard input with --password-stdin');
  const first = await readHidden('password / 密码: ');
  const again = await readHidden('again / 再输一次: ');
  if (first !== again) throw new UsageError('the two passwords differ; nothing was changed / 两次输入的密码不一致');
  return first;
}
