import { UsageError } from './fail.js';

/**
 * One node of the `tongban` command tree. A node with subcommands hands the rest of the line to
 * the one named next; `--help` anywhere in a node's own arguments prints its usage instead of
 * running it, so every command answers --help the same way.
 */
export interface Command {
  /** How to call it, a line per form, each starting `tongban …`. */
  usage: string;
  /** One line for the list of commands a level up. */
  summary?: string;
  run?: (argv: string[]) => Promise<void>;
  subcommands?: Readonly<Record<string, Command>>;
}

function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** `path` is the words already read (`['device']`), for the refusal of an unknown word. */
export async function dispatch(command: Command, argv: string[], path: readonly string[] = []): Promise<void> {
  const [word, ...rest] = argv;
  const sub = word === undefined ? undefined : command.subcommands?.[word];
  if (sub && word !== undefined) return dispatch(sub, rest, [...path, word]);
  if (wantsHelp(argv)) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return;
  }
  if (command.run) return command.run(argv);
  const what = word === undefined ? `"tongban ${path.join(' ')}" needs one of: ${Object.keys(command.subcommands ?? {}).join(', ')}` : `unknown command "${[...path, word].join(' ')}"`;
  throw new UsageError(`${what}\nusage: ${command.usage}`);
}

/** Every command line the tree answers, as the words that reach it: for tests and for listings. */
export function commandPaths(command: Command, path: readonly string[] = []): string[][] {
  const below = Object.entries(command.subcommands ?? {}).flatMap(([word, sub]) => commandPaths(sub, [...path, word]));
  return [[...path], ...below];
}

/** A parent's usage: its children's forms, one a line. */
export function usageOf(subcommands: Readonly<Record<string, Command>>): string {
  return Object.values(subcommands)
    .map((sub) => sub.usage)
    .join('\n  ');
}
