import { describe, expect, it } from 'vitest';
import { type IncidentForm, validateIncidentForm } from '../../../src/domain/intake/incident-form';

const NOW = new Date('2026-11-24T10:00:00+09:00');

function form(overrides: Partial<IncidentForm> = {}): IncidentForm {
  return {
    summary: '重要顧客Aからの発注が突然キャンセルされました',
    actionsTaken: '担当営業が先方に確認中',
    impact: '高',
    urgency: '高',
    assessment: '年間売上の15%に相当',
    supportRequested: '部長同行での訪問',
    category: '戦略的リスク',
    customer: 'A社',
    occurredAt: '2026-11-24T09:30:00+09:00',
    owner: '山田',
    managerEmail: 'boss@example.com, head@example.com',
    ...overrides,
  };
}

describe('validateIncidentForm', () => {
  it('accepts a full report and reads grades, category, time and emails', () => {
    const result = validateIncidentForm(form(), 'ja', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.incident).toMatchObject({
      impact: 'high',
      urgency: 'high',
      category: 'strategic',
      owner: '山田',
      managerEmails: ['boss@example.com', 'head@example.com'],
    });
    expect(result.incident.occurredAt.toISOString()).toBe('2026-11-24T00:30:00.000Z');
  });

  it('accepts English spellings and leaves optional fields blank', () => {
    const result = validateIncidentForm(
      { summary: 'Late payment', impact: 'Medium', urgency: 'low', category: '', occurredAt: '', managerEmail: '' },
      'en',
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      incident: { impact: 'medium', urgency: 'low', category: null, managerEmails: [] },
    });
    if (result.ok) expect(result.incident.occurredAt).toEqual(NOW);
  });

  it('names every problem next to its field, in the language asked for', () => {
    const result = validateIncidentForm(
      form({
        summary: '  ',
        impact: 'very',
        urgency: '',
        category: 'Weather',
        occurredAt: 'yesterday',
        managerEmail: 'boss@, ok@example.com',
      }),
      'ja',
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.summary).toBe('問題の概要を入力してください。');
    expect(result.errors.impact).toMatch(/影響度「very」は選べません/);
    expect(result.errors.urgency).toBe('緊急度を入力してください。');
    expect(result.errors.category).toMatch(/「Weather」/);
    expect(result.errors.occurredAt).toMatch(/「yesterday」.*2026-11-24T10:30\+09:00/);
    expect(result.errors.managerEmail).toMatch(/「boss@」/);
    const en = validateIncidentForm(form({ summary: '' }), 'en', NOW);
    expect(en.ok === false && en.errors.summary).toBe('Enter the summary.');
  });

  it('refuses a time in the future but allows a few minutes of clock skew', () => {
    expect(validateIncidentForm(form({ occurredAt: '2026-11-24T01:04:00Z' }), 'en', NOW).ok).toBe(true);
    const late = validateIncidentForm(form({ occurredAt: '2026-11-24T02:00:00Z' }), 'en', NOW);
    expect(late.ok === false && late.errors.occurredAt).toMatch(/in the future/);
  });

  it('refuses an impossible date with a clear message in either language, never rolling it over', () => {
    const ja = validateIncidentForm(form({ occurredAt: '2026-02-30T10:00:00+09:00' }), 'ja', NOW);
    expect(ja).toEqual({
      ok: false,
      errors: {
        occurredAt:
          '発生日時「2026-02-30T10:00:00+09:00」は存在しない日時です（2月30日、4月31日、24時などは指定できません）。日付と時刻を確認して入力し直してください。',
      },
    });
    const en = validateIncidentForm(form({ occurredAt: '2026-04-31T10:00+09:00' }), 'en', NOW);
    expect(en.ok === false && en.errors.occurredAt).toBe(
      '"2026-04-31T10:00+09:00" is not a real date and time (there is no 30 February, 31 April or 24:00). Check the date and time and enter them again.',
    );
    // The sidebar sends a wall time it could not read as typed: the same message, not "cannot read".
    const wall = validateIncidentForm(form({ occurredAt: '2026-02-30T10:00' }), 'en', NOW);
    expect(wall.ok === false && wall.errors.occurredAt).toMatch(/^"2026-02-30T10:00" is not a real date/);
    const midnight = validateIncidentForm(form({ occurredAt: '2026-02-28T24:00Z' }), 'en', NOW);
    expect(midnight.ok === false && midnight.errors.occurredAt).toMatch(/is not a real date/);
    expect(validateIncidentForm(form({ occurredAt: '2024-02-29T10:00+09:00' }), 'en', NOW).ok).toBe(true);
  });

  it('refuses times without a zone, non-text fields and over-long text', () => {
    const noZone = validateIncidentForm(form({ occurredAt: '2026-11-24T09:00' }), 'en', NOW);
    expect(noZone.ok === false && noZone.errors.occurredAt).toMatch(/Cannot read the time/);
    const wrongType = validateIncidentForm({ ...form(), summary: 42 }, 'en', NOW);
    expect(wrongType.ok === false && wrongType.errors.summary).toBe('Summary must be text.');
    const long = validateIncidentForm(form({ summary: 'x'.repeat(1001) }), 'en', NOW);
    expect(long.ok === false && long.errors.summary).toMatch(/1000 characters/);
  });

  it('refuses something that is not a form at all', () => {
    for (const input of [null, 'text', [1, 2], 3]) {
      expect(validateIncidentForm(input, 'ja', NOW)).toMatchObject({
        ok: false,
        errors: { summary: expect.stringMatching(/フォームから送信/) },
      });
    }
  });

  it("keeps formula-like and HTML text exactly as typed (escaping is the writer's job)", () => {
    const result = validateIncidentForm(
      form({ summary: '=HYPERLINK("x")', actionsTaken: '<script>alert(1)</script>' }),
      'ja',
      NOW,
    );
    expect(result.ok && result.incident.summary).toBe('=HYPERLINK("x")');
    expect(result.ok && result.incident.actionsTaken).toBe('<script>alert(1)</script>');
  });
});
