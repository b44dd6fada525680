import { describe, expect, it } from 'vitest';
import { candidatesFor } from './candidates.js';
import { candidateBarWidth, commitAll, emptyComposition, pageOf, pick, typeLetter, type Composition } from './composition.js';
import { kioskLexicon } from './kiosk-lexicon.js';
import { lexiconData } from './lexicon-data.js';
import { segment } from './segment.js';

const lexicon = kioskLexicon();
/** The character's readings as the lexicon holds them, its usual one first. */
const readingsOf = (character: string): string[] => lexiconData.characters.find(([c]) => c === character)?.[1].split(' ') ?? [];
const top = (input: string, n = 1): string[] => candidatesFor(lexicon, input).slice(0, n).map((c) => c.text);

describe('pinyin candidates from the kiosk lexicon', () => {
  it.each([
    ['zhang', '张'],
    ['wang', '王'],
    ['li', '李'],
    ['chen', '陈'],
    ['wh', '武汉'],
    ['wuhan', '武汉'],
    ['hubei', '湖北'],
    ['hb', '湖北'],
    ['jianghanqu', '江汉区'],
    ['jhq', '江汉区'],
    ['wuhanshi', '武汉市'],
    ['chenxiaoxin', '陈'],
  ])('%s offers %s first', (input, expected) => {
    expect(top(input)).toEqual([expected]);
  });

  it('offers a common given-name character on the first page of its syllable', () => {
    expect(top('xin', 8)).toContain('欣');
    expect(top('xiao', 8)).toContain('晓');
  });

  // What citizens type here are names and addresses: the characters most of them hold must be
  // on the first page the keyboard shows for their syllable, not one tap of › away.
  const firstPage = (syllable: string): string[] => pageOf(lexicon, { pinyin: syllable, page: 0 }, candidateBarWidth).candidates.map((c) => c.text);
  it.each([
    // The most common surnames.
    ...[...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'].map((c) => [c, 'surname']),
    // Common given-name characters.
    ...[...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华兰霞平刚玉红梅鑫斌宇浩凯'].map((c) => [c, 'given name']),
    // Address parts.
    ...[...'省市区县镇乡村街路道巷号栋楼层室组社园'].map((c) => [c, 'address']),
    // Common characters citizens type in comments and addresses alike.
    ...[...'记是的不人中国大新东南北'].map((c) => [c, 'common']),
  ])('offers %s (%s) on the first page of its syllable', (character) => {
    const syllables = readingsOf(character);
    expect(syllables.some((syllable) => firstPage(syllable).includes(character)), `${character} (${syllables.join('/')}): ${syllables.map((s) => `${s} → ${firstPage(s).join('')}`).join('; ')}`).toBe(true);
  });

  it('offers characters for a syllable still being typed', () => {
    expect(top('zh', 8)).toContain('张');
    expect(top('zhan', 30)).toContain('战');
  });

  it('offers the characters of every reading of a polyphone', () => {
    expect(candidatesFor(lexicon, 'zhang').map((c) => c.text)).toContain('长');
    expect(candidatesFor(lexicon, 'chang').map((c) => c.text)).toContain('长');
  });

  it('ranks a character by its usual reading before its rare ones', () => {
    const chen = candidatesFor(lexicon, 'chen').map((c) => c.text);
    expect(chen.indexOf('沈')).toBeGreaterThan(chen.indexOf('晨'));
    expect(top('shen')).toEqual(['沈']);
  });

  it('reads v as ü', () => {
    expect(candidatesFor(lexicon, 'lv').map((c) => c.text)).toContain('绿');
  });

  it('gives nothing for letters that start no syllable', () => {
    expect(candidatesFor(lexicon, 'iii')).toEqual([]);
    expect(candidatesFor(lexicon, '')).toEqual([]);
  });
});

describe('splitting run-together pinyin', () => {
  const split = (input: string): string[] | undefined => segment(lexicon, input)?.map((t) => t.text);
  it.each([
    ['chenxiaoxin', ['chen', 'xiao', 'xin']],
    ['xian', ['xian']],
    ['wh', ['w', 'h']],
    ['jiangh', ['jiang', 'h']],
    ['hubeisheng', ['hu', 'bei', 'sheng']],
  ])('%s → %j', (input, syllables) => {
    expect(split(input)).toEqual(syllables);
  });
});

describe('a name typed by successive picks', () => {
  const typeAll = (letters: string): Composition => [...letters].reduce(typeLetter, emptyComposition);
  const pickText = (state: Composition, text: string): { state: Composition; typed: string } => {
    const candidate = candidatesFor(lexicon, state.pinyin).find((c) => c.text === text);
    if (!candidate) throw new Error(`${text} is not offered for ${state.pinyin}`);
    return pick(state, candidate);
  };

  it('chenxiaoxin becomes 陈晓欣, 陈 offered first and the rest offered after each pick', () => {
    let state = typeAll('chenxiaoxin');
    let typed = '';
    expect(pageOf(lexicon, state, 12).candidates[0]?.text).toBe('陈');
    for (const character of ['陈', '晓', '欣']) {
      const step = pickText(state, character);
      state = step.state;
      typed += step.typed;
    }
    expect(typed).toBe('陈晓欣');
    expect(state.pinyin).toBe('');
  });

  it('picking a word uses up all of its syllables', () => {
    const step = pickText(typeAll('wuhanshijianghanqu'), '武汉市');
    expect(step.state.pinyin).toBe('jianghanqu');
    expect(pageOf(lexicon, step.state, 12).candidates[0]?.text).toBe('江汉区');
  });

  it('pages through candidates, never past the last page', () => {
    const first = pageOf(lexicon, typeAll('yi'), 12);
    const far = pageOf(lexicon, { pinyin: 'yi', page: 999 }, 12);
    expect(first.pages).toBeGreaterThan(3);
    expect(far.page).toBe(first.pages - 1);
    expect(far.candidates.length).toBeGreaterThan(0);
    expect(far.candidates.map((c) => c.text)).not.toContain(first.candidates[0]?.text);
  });
});

describe('a page of candidates', () => {
  it('holds fewer candidates when they are long words, never none', () => {
    const words = pageOf(lexicon, { pinyin: 'wuhanjingjijishukaifaqu', page: 0 }, 12);
    expect(words.candidates.map((c) => c.text)).toEqual(['武汉经济技术开发区']);
    const characters = pageOf(lexicon, { pinyin: 'shi', page: 0 }, 12);
    expect(characters.candidates).toHaveLength(6);
  });
});

describe('完成 while pinyin is still typed', () => {
  const typeAll = (letters: string): Composition => [...letters].reduce(typeLetter, emptyComposition);

  it('types what the first candidates spell, so no letter is lost', () => {
    expect(commitAll(lexicon, typeAll('wuhanshi'))).toEqual({ typed: '武汉市', state: emptyComposition });
    expect(commitAll(lexicon, typeAll('chen'))).toEqual({ typed: '陈', state: emptyComposition });
  });

  it('keeps letters that spell no pinyin typed, for the citizen to correct', () => {
    expect(commitAll(lexicon, typeAll('chenvvv'))).toEqual({ typed: '', state: typeAll('chenvvv') });
  });
});
