// The weekly review's day on the settings sheet: a weekday in either language, or none.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { settingsGrid } from '../../../src/domain/settings/settings-layout';
import { parseSettings } from '../../../src/domain/settings/settings-parse';
import { settingsProblemText } from '../../../src/domain/settings/settings-problems';

function withDay(lang: 'ja' | 'en', value: unknown) {
  const grid: unknown[][] = settingsGrid(DEFAULT_SETTINGS, lang);
  const row = grid.find((r) => String(r[0]).startsWith(lang === 'ja' ? '週次レビュー' : 'Weekly review'));
  if (!row) throw new Error('no weekly review row');
  row[1] = value;
  return parseSettings(grid, 'Asia/Tokyo');
}

describe('the weekly review day', () => {
  it('is Monday by default and written as a weekday', () => {
    expect(settingsGrid(DEFAULT_SETTINGS, 'ja').find((r) => r[1] === '月')?.[0]).toMatch(/^週次レビュー/);
    expect(settingsGrid(DEFAULT_SETTINGS, 'en').find((r) => r[1] === 'Mon')?.[0]).toMatch(/^Weekly review/);
  });

  it('reads a weekday in either language, and none', () => {
    expect(withDay('ja', '水曜日').settings.weeklyReviewDay).toBe(3);
    expect(withDay('ja', 'Friday').settings.weeklyReviewDay).toBe(5);
    expect(withDay('en', 'none').settings.weeklyReviewDay).toBeNull();
    expect(withDay('ja', '').settings.weeklyReviewDay).toBeNull();
  });

  it('names a day it cannot read, saying what is allowed', () => {
    const reading = withDay('ja', '毎週');
    expect(reading.problems).toHaveLength(1);
    expect(settingsProblemText(reading.problems[0]!, 'ja')).toContain('曜日1つ、または「なし」');
  });
});
