import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';

/**
 * The three kinds of token a text is read as: jieba's words, which carry the meaning; single
 * Chinese characters, for words jieba cut differently in a question and in the catalog (丢了 / 丢失);
 * and letter trigrams of the pinyin, so a misspelt pinyin query ("shebaka") or a homophone picked
 * by mistake on the pinyin keyboard (设保卡) still lands near 社保卡.
 */
export interface Tokens {
  words: string[];
  chars: string[];
  pinyin: string[];
}

let jieba: Jieba | undefined;

/** The dictionary takes about 200 ms to load: once per process, on the first question. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Words that say nothing about which item is meant: particles, question words, "I want to". */
const stopWords = new Set(
  '的 了 吗 呢 吧 啊 呀 嘛 么 我 你 他 她 我们 要 想 想要 需要 办 办理 怎么 怎么办 怎样 如何 咋 咋办 啥 什么 哪里 哪儿 在哪 去 可以 能 能不能 会 该 应该 一下 个 这 那 是 有 没 没有 和 与 及 还 都 就 也 给 把 被 让 请问 请 吗 得 地 着 过 呗 哦 嗯 啦 哈 俺 咱 额 么子 搞 弄 整'.split(
    ' ',
  ),
);

const han = /\p{Script=Han}/u;
const latinRun = /[a-z]+/g;

function trigrams(letters: string): string[] {
  if (letters.length <= 3) return letters.length > 0 ? [letters] : [];
  const grams: string[] = [];
  for (let i = 0; i + 3 <= letters.length; i++) grams.push(letters.slice(i, i + 3));
  return grams;
}

function pinyinOf(word: string): string {
  return han.test(word) ? pinyin(word, { toneType: 'none', separator: '', v: true, nonZh: 'removed' }).toLowerCase() : word;
}

/** A Chinese word's toneless syllables (社保卡 → she, bao, ka); none for anything else. */
export function syllablesOf(word: string): string[] {
  return han.test(word) ? pinyin(word, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).map((s) => s.toLowerCase()) : [];
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * Whether two words sound alike: the same syllables (设保卡, 社保卡), or for three syllables or more,
 * one of them a letter off (涉芭卡 for she-ba-ka, typed for shebaoka). Two syllables with one
 * wrong are too many words of Chinese to tell anything.
 */
export function soundAlike(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const differing = a.filter((s, i) => s !== b[i]);
  if (differing.length === 0) return true;
  return a.length >= 3 && differing.length === 1 && a.some((s, i) => s !== b[i] && oneEditApart(s, b[i] ?? ''));
}

/** The tokens of one text, question or catalog entry alike. */
export function tokensOf(text: string): Tokens {
  const lower = text.toLowerCase().normalize('NFKC');
  const words = segmenter()
    .cutForSearch(lower, true)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !stopWords.has(w) && /[\p{L}\p{N}]/u.test(w));
  const chars = [...lower].filter((c) => han.test(c) && !stopWords.has(c));
  const hanWords = words.filter((w) => han.test(w));
  const spelled = [...hanWords.map(pinyinOf), ...(lower.match(latinRun) ?? [])];
  return { words, chars, pinyin: spelled.flatMap(trigrams) };
}
