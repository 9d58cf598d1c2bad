import { describe, expect, it } from 'vitest';
import { type Grade, gradeLabel, parseGrade } from '../../src/domain/grades';

const SPELLINGS: [unknown, Grade, 'ja' | 'en' | null][] = [
  ['高', 'high', 'ja'],
  ['中', 'medium', 'ja'],
  ['低', 'low', 'ja'],
  ['高影響度', 'high', 'ja'],
  ['中影響度', 'medium', 'ja'],
  ['低影響度', 'low', 'ja'],
  ['高緊急度', 'high', 'ja'],
  ['中緊急度', 'medium', 'ja'],
  ['低緊急度', 'low', 'ja'],
  ['High', 'high', 'en'],
  ['HIGH', 'high', 'en'],
  ['high', 'high', 'en'],
  ['hIgH', 'high', 'en'],
  ['Medium', 'medium', 'en'],
  ['MEDIUM', 'medium', 'en'],
  ['med', 'medium', 'en'],
  ['Low', 'low', 'en'],
  ['low', 'low', 'en'],
  ['H', 'high', 'en'],
  ['m', 'medium', 'en'],
  ['L', 'low', 'en'],
  [3, 'high', null],
  [2, 'medium', null],
  [1, 'low', null],
  ['3', 'high', null],
  ['2', 'medium', null],
  ['1', 'low', null],
  ['３', 'high', null],
  ['２', 'medium', null],
  ['１', 'low', null],
  [' 高 ', 'high', 'ja'],
  ['\u3000中\u3000', 'medium', 'ja'],
  ['  Low\t', 'low', 'en'],
  ['\u3000３ ', 'high', null],
  ['Ｈｉｇｈ', 'high', 'en'],
  ['Ｌ', 'low', 'en'],
];

describe('parseGrade', () => {
  it.each(SPELLINGS)('reads %j as %s', (input, grade, lang) => {
    expect(parseGrade(input)).toEqual({ grade, lang });
  });

  it.each([['高い'], ['highest'], [''], ['4'], [0], [2.5], [true], [null], [undefined], [new Date(0)], ['高中']])(
    'rejects %j',
    (input) => {
      expect(parseGrade(input)).toBeUndefined();
    },
  );
});

describe('gradeLabel', () => {
  it('names each grade in both languages', () => {
    expect(['high', 'medium', 'low'].map((g) => gradeLabel(g as Grade, 'ja'))).toEqual(['高', '中', '低']);
    expect(['high', 'medium', 'low'].map((g) => gradeLabel(g as Grade, 'en'))).toEqual(['High', 'Medium', 'Low']);
  });
});

describe('grade lookups see only their own spellings', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%s is no grade', (word) => {
    expect(parseGrade(word)).toBeUndefined();
  });
});
