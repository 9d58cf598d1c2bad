// The settings sheet's grid: written in either language, read back in either, bad cells named.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { settingsGrid } from '../../../src/domain/settings/settings-layout';
import { parseSettings } from '../../../src/domain/settings/settings-parse';
import { settingsProblemText } from '../../../src/domain/settings/settings-problems';
import {
  parseCount,
  parseDuration,
  parsePercent,
  parseRepeat,
  parseStage,
} from '../../../src/domain/settings/settings-values';

function gridWith(lang: 'ja' | 'en', label: string, value: unknown): unknown[][] {
  const grid: unknown[][] = settingsGrid(DEFAULT_SETTINGS, lang);
  const row = grid.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  row[1] = value;
  return grid;
}

describe('settings grid', () => {
  it.each(['ja', 'en'] as const)('reads back the defaults written in %s', (lang) => {
    const reading = parseSettings(settingsGrid(DEFAULT_SETTINGS, lang), 'Asia/Tokyo');
    expect(reading.problems).toEqual([]);
    expect(reading.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts level names in the other language inside a Japanese sheet', () => {
    const grid: unknown[][] = settingsGrid(DEFAULT_SETTINGS, 'ja');
    const corner = grid.findIndex((r) => r[0] === '緊急度＼影響度');
    (grid[corner + 3] as unknown[])[1] = 'High';
    const reading = parseSettings(grid, 'Asia/Tokyo');
    expect(reading.problems).toEqual([]);
    expect(reading.settings.matrix.low.low).toBe('high');
  });

  it('reads lists of emails, dates from cells or text, and routing by category', () => {
    const grid: unknown[][] = settingsGrid({ ...DEFAULT_SETTINGS, executives: ['ceo@example.com'] }, 'ja');
    const daysOff = grid.find((r) => r[0] === '会社の休日') as unknown[];
    daysOff[1] = '2026-12-29, 2026-12-30';
    daysOff[2] = new Date('2026-12-31T00:00:00+09:00');
    (grid.find((r) => r[0] === '財務リスク') as unknown[])[1] = 'cfo@example.com、fin@example.com';
    const { settings, problems } = parseSettings(grid, 'Asia/Tokyo');
    expect(problems).toEqual([]);
    expect(settings.companyDaysOff).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(settings.executives).toEqual(['ceo@example.com']);
    expect(settings.managers.financial).toEqual(['cfo@example.com', 'fin@example.com']);
  });

  it('names the cell, the setting and what is allowed, in the owner language', () => {
    const grid = gridWith('ja', '事前警告（期限までの経過割合）', '150%');
    const row = grid.findIndex((r) => r[0] === '事前警告（期限までの経過割合）') + 1;
    const { problems: found, settings } = parseSettings(grid, 'Asia/Tokyo');
    const problems = found.map((p) => settingsProblemText(p, 'ja'));
    expect(problems).toEqual([
      `設定シートのB${row}（事前警告（期限までの経過割合））「150%」は使えません。1%〜99%の割合（例: 75%）を入力してください。`,
    ]);
    expect(settings.warningPoint).toBe(0.75);
  });

  it('refuses a company day off that does not exist rather than resting on the day it rolls over to', () => {
    const grid = gridWith('en', 'Company days off', '2026-02-30, 2026-03-02');
    const row = grid.findIndex((r) => r[0] === 'Company days off') + 1;
    const { problems, settings } = parseSettings(grid, 'Asia/Tokyo');
    expect(problems.map((p) => settingsProblemText(p, 'en'))).toEqual([
      `Settings sheet B${row} (Company days off): "2026-02-30" cannot be used. Enter dates such as "2026-12-29" (several: separate with commas or use the cells to the right).`,
    ]);
    expect(problems.map((p) => settingsProblemText(p, 'ja'))[0]).toBe(
      `設定シートのB${row}（会社の休日）「2026-02-30」は使えません。「2026-12-29」のような日付（複数はカンマ区切りか右のセルへ）を入力してください。`,
    );
    expect(settings.companyDaysOff).toEqual(['2026-03-02']);
  });

  it('reports settings beyond any sensible range by cell, with the bounds, and keeps the defaults', () => {
    const grid: unknown[][] = settingsGrid(DEFAULT_SETTINGS, 'ja');
    const levelRow = grid.findIndex(
      (r, i) => r[0] === '高リスク' && i > grid.findIndex((x) => x[0] === 'リスクレベル'),
    );
    const level = grid[levelRow] as unknown[];
    level[2] = '99999営業日'; // resolve by
    level[3] = -4; // repeat
    const capRow = grid.findIndex((r) => r[0] === '再通知の上限（回）');
    (grid[capRow] as unknown[])[1] = 1000000;
    const { problems, settings } = parseSettings(grid, 'Asia/Tokyo');
    expect(problems.map((p) => settingsProblemText(p, 'ja'))).toEqual([
      `設定シートのC${levelRow + 1}（高リスク / 解決期限）「99999営業日」は使えません。「4時間」「1営業日」「即時」「なし」のような期間（2000時間または250営業日まで）を入力してください。`,
      `設定シートのD${levelRow + 1}（高リスク / 再通知の間隔）「-4」は使えません。「4時間」「1営業日」「毎回」「なし」のような間隔（1〜40時間または0.5〜5営業日）を入力してください。`,
      `設定シートのB${capRow + 1}（再通知の上限（回））「1000000」は使えません。1〜100の整数を入力してください。`,
    ]);
    expect(settingsProblemText(problems[0]!, 'en')).toBe(
      `Settings sheet C${levelRow + 1} (高リスク / Resolve by): "99999営業日" cannot be used. Enter a duration such as "4 hours", "1 business day", "at once" or "none" (at most 2000 hours or 250 business days).`,
    );
    expect(settingsProblemText(problems[2]!, 'en')).toMatch(/Enter a whole number from 1 to 100\.$/);
    expect(settings.levels.high).toEqual(DEFAULT_SETTINGS.levels.high);
    expect(settings.reminderCap).toBe(DEFAULT_SETTINGS.reminderCap);
  });

  it('flags a number or a date where an email belongs, naming it, and routes nothing to it', () => {
    const grid: unknown[][] = settingsGrid(DEFAULT_SETTINGS, 'ja');
    const executives = grid.findIndex((r) => r[0] === '役員（第3段階の通知先・メール）');
    const fallback = grid.findIndex((r) => r[0] === '既定（その他）');
    (grid[executives] as unknown[])[1] = 12345;
    (grid[fallback] as unknown[])[1] = new Date('2026-11-25T00:00:00Z');
    const { problems, settings } = parseSettings(grid, 'Asia/Tokyo');
    expect(problems.map((p) => settingsProblemText(p, 'ja'))).toEqual([
      `設定シートのB${executives + 1}（役員（第3段階の通知先・メール））「12345」は使えません。メールアドレス（複数はカンマ区切りか右のセルへ）を入力してください。`,
      `設定シートのB${fallback + 1}（既定（その他））「2026-11-25T00:00:00.000Z」は使えません。メールアドレス（複数はカンマ区切りか右のセルへ）を入力してください。`,
    ]);
    expect(settingsProblemText(problems[0]!, 'en')).toBe(
      `Settings sheet B${executives + 1} (Executives (stage 3, email)): "12345" cannot be used. Enter email addresses (several: separate with commas or use the cells to the right).`,
    );
    expect(settings.executives).toEqual([]);
    expect(settings.managers).toEqual({});
  });

  it('keeps each problem as data, told in either language whatever the sheet was written in', () => {
    const grid = gridWith('ja', '事前警告（期限までの経過割合）', '150%');
    const [problem] = parseSettings(grid, 'Asia/Tokyo').problems;
    expect(problem).toMatchObject({ subject: { kind: 'key', key: 'warningPoint' }, value: '150%', allowed: 'percent' });
    expect(settingsProblemText(problem!, 'en')).toMatch(
      /^Settings sheet B\d+ \(Warning point .*\): "150%" cannot be used\. Enter /,
    );
  });

  it('reports a bad email and a bad duration in English for an English sheet', () => {
    const grid = gridWith('en', 'Executives (stage 3, email)', 'ceo@example.com, not-an-email');
    const level = grid.filter((r) => r[0] === 'High')[1] as unknown[]; // [0] is the matrix's urgency row
    level[1] = 'soon';
    const problems = parseSettings(grid, 'Asia/Tokyo').problems.map((p) => settingsProblemText(p, 'en'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^Settings sheet B\d+ \(High \/ Respond by \(to manager\)\): "soon" cannot be used\. Enter a duration/,
    );
    expect(problems[1]).toMatch(/Executives \(stage 3, email\)\): "not-an-email" cannot be used/);
  });
});

describe('settings values', () => {
  it.each([
    ['4時間', { amount: 4, unit: 'hours' }],
    ['1営業日', { amount: 1, unit: 'days' }],
    ['2 business days', { amount: 2, unit: 'days' }],
    ['4h', { amount: 4, unit: 'hours' }],
    [6, { amount: 6, unit: 'hours' }],
    ['即時', { amount: 0, unit: 'hours' }],
    ['every run', { amount: 0, unit: 'hours' }],
    ['なし', null],
    ['', null],
    ['soon', undefined],
    [-1, undefined],
  ])('duration %j', (input, expected) => {
    expect(parseDuration(input)).toEqual(expected);
  });
  it('bounds deadlines, intervals and the reminder cap', () => {
    expect(['250営業日', '2000時間', 0].map(parseDuration)).toEqual([
      { amount: 250, unit: 'days' },
      { amount: 2000, unit: 'hours' },
      { amount: 0, unit: 'hours' },
    ]);
    expect(['251営業日', 2001, Infinity, NaN, '1e999 hours'].map(parseDuration)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(
      ['毎回', 'なし', '1時間', '40時間', '0.5営業日', '5営業日'].map((v) => parseRepeat(v)?.amount ?? null),
    ).toEqual([0, null, 1, 40, 0.5, 5]);
    expect(['0.5時間', '41時間', '6営業日', -1, 99999].map(parseRepeat)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([1, '100', 0, 101, 1e6, 2.5].map(parseCount)).toEqual([1, 100, undefined, undefined, undefined, undefined]);
  });

  it('reads shares and stages in every spelling', () => {
    expect([0.75, 75, '75%', '７５％'].map(parsePercent)).toEqual([0.75, 0.75, 0.75, 0.75]);
    expect([0, 1, '100%'].map(parsePercent)).toEqual([undefined, undefined, undefined]);
    expect(['第2段階（上位管理者）', 'Stage 3 (manager and executives)', 3, '4'].map(parseStage)).toEqual([
      2,
      3,
      3,
      undefined,
    ]);
  });
});
