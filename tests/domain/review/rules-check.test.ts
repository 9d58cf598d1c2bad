import { describe, expect, it } from 'vitest';
import { flowOf } from '../../../src/domain/review/flow';
import { checkRules } from '../../../src/domain/review/rules-check';
import { DEFAULT_SETTINGS, type EscalationSettings, calendarOf } from '../../../src/domain/settings/settings';

const good: EscalationSettings = {
  ...DEFAULT_SETTINGS,
  executives: ['exec@example.com'],
  managers: { default: ['boss@example.com'] },
};
const calendar = calendarOf(good, 'Asia/Tokyo');

describe('the check of the rules', () => {
  it('finds nothing in settings that reach someone at every step', () => {
    expect(checkRules(good, calendar, 'ja')).toEqual([]);
  });

  it('names the steps that reach nobody', () => {
    const findings = checkRules(
      { ...good, executives: [], managers: { financial: ['cfo@example.com'] } },
      calendar,
      'ja',
    );
    expect(findings).toEqual([
      {
        kind: 'noManager',
        categories: ['strategic', 'operational', 'legal', 'people', 'technical', 'none'],
      },
      { kind: 'noExecutives', levels: ['veryHigh', 'high'] },
    ]);
  });

  it('names a reminder that would come after its deadline, and recipients with no language in a mixed team', () => {
    const high = { ...good.levels.high, repeat: { amount: 2, unit: 'days' as const } };
    const findings = checkRules(
      { ...good, levels: { ...good.levels, high }, recipientLanguages: { 'exec@example.com': 'en' } },
      calendar,
      'ja',
    );
    expect(findings).toEqual([
      { kind: 'repeatPastDeadline', level: 'high' },
      { kind: 'noLanguage', recipients: ['boss@example.com'], lang: 'ja' },
    ]);
  });
});

describe('the flow drawn', () => {
  it('follows the settings: high goes to the manager at respond-by, to stage 3 after, and at resolve-by', () => {
    const high = flowOf(good).find((f) => f.level === 'high');
    expect(high?.steps.map((s) => `${s.stage}:${s.when}`)).toEqual([
      '1:report',
      '2:respondBy',
      '3:stage3',
      '3:resolveBy',
    ]);
    expect(
      flowOf(good)
        .find((f) => f.level === 'low')
        ?.steps.map((s) => `${s.stage}:${s.when}`),
    ).toEqual(['1:report', '1:resolveBy']);
  });
});
