import { describe, expect, it } from 'vitest';
import { INVALID_MARKER, riskDecisionFormula, riskLevelFormula } from '../../src/domain/formulas';

describe('RISKLEVEL on single values', () => {
  it('answers in the language of the words typed', () => {
    expect(riskLevelFormula('高', '高')).toBe('非常に高リスク');
    expect(riskLevelFormula('High', 'High')).toBe('Very high');
    expect(riskLevelFormula('高影響度', '中緊急度')).toBe('高リスク');
    expect(riskLevelFormula('low', 'HIGH')).toBe('Medium');
  });

  it('gives Japanese for numbers unless English is asked for', () => {
    expect(riskLevelFormula(3, 3)).toBe('非常に高リスク');
    expect(riskLevelFormula('３', '２')).toBe('高リスク');
    expect(riskLevelFormula(3, 2, undefined, 'en')).toBe('High');
    expect(riskLevelFormula('高', '高', '', 'EN')).toBe('Very high');
    expect(riskLevelFormula('High', 'High', '', '日本語')).toBe('非常に高リスク');
  });

  it('follows the impact language when the two differ, then the urgency language', () => {
    expect(riskLevelFormula('高', 'High')).toBe('非常に高リスク');
    expect(riskLevelFormula(3, 'High')).toBe('Very high');
  });

  it('leaves a blank when either input is blank', () => {
    expect(riskLevelFormula('', '高')).toBe('');
    expect(riskLevelFormula('高', '  ')).toBe('');
    expect(riskLevelFormula(null, undefined)).toBe('');
  });

  it('throws a message naming the bad value and the accepted spellings, in the context language', () => {
    expect(() => riskLevelFormula('最高', '高')).toThrow(/影響度「最高」.*高・中・低.*High\/Medium\/Low/);
    expect(() => riskLevelFormula('High', 'urgent')).toThrow(/Cannot read urgency "urgent".*High, Medium or Low/);
    expect(() => riskLevelFormula('x', 'y')).toThrow(/影響度「x」/);
    expect(() => riskLevelFormula(4, 'High')).toThrow(/impact "4"/);
  });
});

describe('RISKLEVEL on ranges', () => {
  it('maps two same-shaped columns row by row, blanks staying blank', () => {
    const impact = [['高'], ['中'], [''], ['Low'], [3]];
    const urgency = [['高'], ['低'], [''], ['High'], [1]];
    expect(riskLevelFormula(impact, urgency)).toEqual([
      ['非常に高リスク'],
      ['低リスク'],
      [''],
      ['Medium'],
      ['中リスク'],
    ]);
  });

  it('marks a bad cell in place and keeps computing the rest of the column', () => {
    const result = riskLevelFormula([['高'], ['とても高い'], ['低']], [['高'], ['高'], ['bad']]) as string[][];
    expect(result[0]).toEqual(['非常に高リスク']);
    expect(result[1]?.[0]).toMatch(new RegExp(`^${INVALID_MARKER}影響度「とても高い」`));
    expect(result[2]?.[0]).toMatch(new RegExp(`^${INVALID_MARKER}緊急度「bad」`));
  });

  it('broadcasts a single value across a range', () => {
    expect(riskLevelFormula([['高'], ['低']], '高')).toEqual([['非常に高リスク'], ['中リスク']]);
    expect(riskLevelFormula('High', [['High', 'Low']])).toEqual([['Very high', 'Medium']]);
  });

  it('refuses ranges of different sizes, saying both sizes', () => {
    expect(() => riskLevelFormula([['高'], ['中']], [['高']])).toThrow(/影響度（2x1）と緊急度（1x1）/);
  });

  it('covers all nine cells of a whole 3x3 block at once', () => {
    const impact = [
      ['低', '中', '高'],
      ['低', '中', '高'],
      ['低', '中', '高'],
    ];
    const urgency = [
      ['高', '高', '高'],
      ['中', '中', '中'],
      ['低', '低', '低'],
    ];
    expect(riskLevelFormula(impact, urgency)).toEqual([
      ['中リスク', '高リスク', '非常に高リスク'],
      ['低リスク', '中リスク', '高リスク'],
      ['低リスク', '低リスク', '中リスク'],
    ]);
  });
});

describe('RISKLEVEL with an owner matrix', () => {
  const stricter = [
    ['高リスク', '非常に高リスク', '非常に高リスク'],
    ['中リスク', 'High', 'Very high'],
    ['Low', '中リスク', '高リスク'],
  ];

  it('uses the supplied matrix, level names in either language', () => {
    expect(riskLevelFormula('低', '高', stricter)).toBe('高リスク');
    expect(riskLevelFormula('High', 'Medium', stricter)).toBe('Very high');
    expect(riskLevelFormula([['低'], ['中']], [['低'], ['低']], stricter)).toEqual([['低リスク'], ['中リスク']]);
  });

  it('rejects a matrix of the wrong shape or with an unknown level', () => {
    expect(() => riskLevelFormula('高', '高', [['高リスク', '中リスク']])).toThrow(/3行3列.*1x2/);
    const bad = stricter.map((row) => [...row]);
    (bad[1] as string[])[2] = 'Extreme';
    expect(() => riskLevelFormula('高', '高', bad)).toThrow(/2行3列目「Extreme」/);
  });

  it('rejects an unknown language option', () => {
    expect(() => riskLevelFormula('高', '高', '', 'fr')).toThrow(/言語「fr」.*"ja" または "en"/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'names the language option %s in both languages, seeing no built-in property of an object',
    (option) => {
      const message = `言語「${option}」は指定できません。"ja" または "en" を指定してください。 / Unknown language "${option}". Use "ja" or "en".`;
      expect(() => riskLevelFormula('高', '高', '', option)).toThrow(message);
      expect(() => riskLevelFormula([['高']], [['低']], '', [[option]])).toThrow(message);
      expect(() => riskDecisionFormula('高リスク', option)).toThrow(message);
    },
  );
});

describe('RISKDECISION', () => {
  it('gives the decision in the language of the level', () => {
    expect(riskDecisionFormula('非常に高リスク')).toMatch(/^即座にエスカレーションが必要/);
    expect(riskDecisionFormula('High')).toMatch(/^Escalate promptly/);
    expect(riskDecisionFormula('低リスク', 'en')).toMatch(/^Handle on site/);
  });

  it('maps a column, blanks blank and bad cells marked', () => {
    const result = riskDecisionFormula([['中リスク'], [''], ['???']]) as string[][];
    expect(result[0]?.[0]).toMatch(/現場対応を優先/);
    expect(result[1]).toEqual(['']);
    expect(result[2]?.[0]).toMatch(new RegExp(`^${INVALID_MARKER}リスクレベル「\\?\\?\\?」`));
  });

  it('throws for a single unknown level', () => {
    expect(() => riskDecisionFormula('Extreme', 'en')).toThrow(/Cannot read risk level "Extreme"/);
  });
});
