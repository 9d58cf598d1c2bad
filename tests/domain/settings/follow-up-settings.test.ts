// The follow-up block of the settings sheet: four rows read back by their labels in either
// language, each bad cell named with what it allows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { settingsGrid } from '../../../src/domain/settings/settings-layout';
import { parseSettings } from '../../../src/domain/settings/settings-parse';
import { settingsProblemText } from '../../../src/domain/settings/settings-problems';

function withRow(lang: 'ja' | 'en', label: string, value: unknown) {
  const grid: unknown[][] = settingsGrid(DEFAULT_SETTINGS, lang);
  const row = grid.find((r) => String(r[0]).startsWith(label));
  if (!row) throw new Error(`no row ${label}`);
  row[1] = value;
  return parseSettings(grid, 'Asia/Tokyo');
}

describe('the follow-up settings', () => {
  it('are written under their own title in both languages and read back as they were', () => {
    for (const lang of ['ja', 'en'] as const) {
      const grid = settingsGrid(DEFAULT_SETTINGS, lang);
      expect(grid.some((r) => String(r[0]).startsWith(lang === 'ja' ? '■ フォローアップ' : '■ Follow-up'))).toBe(true);
      const reading = parseSettings(grid, 'Asia/Tokyo');
      expect(reading.problems).toEqual([]);
      expect(reading.settings.followUp).toEqual(DEFAULT_SETTINGS.followUp);
    }
    expect(settingsGrid(DEFAULT_SETTINGS, 'ja').find((r) => r[0] === '振り返りが必要なリスクレベル')?.[1]).toBe(
      '非常に高リスク,高リスク',
    );
  });

  it('reads durations and level lists in either language', () => {
    expect(withRow('ja', '期限超過の対策', '4時間').settings.followUp.measureGrace).toEqual({
      amount: 4,
      unit: 'hours',
    });
    expect(withRow('en', 'Effect check', '3 business days').settings.followUp.effectCheckAfter).toEqual({
      amount: 3,
      unit: 'days',
    });
    expect(withRow('ja', '振り返りが必要', 'Very high, 中リスク').settings.followUp.retrospectiveLevels).toEqual([
      'veryHigh',
      'medium',
    ]);
    expect(withRow('en', 'Risk levels that need', 'none').settings.followUp.retrospectiveLevels).toEqual([]);
  });

  it('names a value it cannot read, with the bound it allows, and keeps the default', () => {
    const reading = withRow('ja', '振り返りの催促', '999営業日');
    expect(reading.settings.followUp.retrospectiveAfter).toEqual(DEFAULT_SETTINGS.followUp.retrospectiveAfter);
    const text = settingsProblemText(reading.problems[0]!, 'ja');
    expect(text).toContain('999営業日');
    expect(text).toContain('250営業日まで');
    const en = withRow('en', 'Risk levels that need', 'urgent');
    expect(settingsProblemText(en.problems[0]!, 'en')).toContain('risk levels such as');
  });
});
