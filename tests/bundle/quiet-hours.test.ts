// The quiet-hour gate on the built Code.js: an hour with nothing due and nothing touched reads no
// incidents, yet every notice still goes out in the hour it falls due, an edit through the sheet
// opens the gate at once, and an edit nobody could mark is seen within three hours.
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMN_KEYS } from '../../src/domain/incident-columns';
import { HOUR, type SeedRow, createEscalationEnv, incidentRecords } from './escalation-env';

const LONG = '顧客からの問い合わせ対応が遅れている件について、現場での確認状況を報告します。'.repeat(5);

/** 200 medium incidents reported Monday 09:00: due at the resolve-by in five business days. */
function rows(count = 200): SeedRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `INC-${String(i + 1).padStart(4, '0')}`,
    reportedAt: '2026-11-24 09:00',
    summary: `案件${i + 1} ${LONG}`,
    impact: '中',
    urgency: '中',
    status: '対応中',
    managerEmail: 'boss@example.com',
  }));
}

const run = (env: ReturnType<typeof createEscalationEnv>) => {
  env.calls.reset();
  env.bundle.call('checkEscalations');
  return env.calls.payload.read;
};

describe('the quiet-hour gate', () => {
  it('reads no incidents in an hour with nothing due and nothing touched', () => {
    const env = createEscalationEnv(rows(), { start: '2026-11-24T10:10:00+09:00' });
    const full = run(env);
    env.clock.advance(HOUR);
    const quiet = run(env);
    expect(env.mail.outbox).toHaveLength(0);
    expect(full).toBeGreaterThan(20_000);
    expect(quiet).toBeLessThan(10_000); // the settings sheet (1,000 rows × 6 cells, mostly blank) only
    expect(env.calls.count('Range.getValues')).toBeLessThanOrEqual(1);
  });

  it('still sends in the hour a deadline falls due, five business days on', () => {
    const env = createEscalationEnv(rows(20), { start: '2026-11-24T10:10:00+09:00' });
    let quietHours = 0;
    let firstMail: Date | null = null;
    for (let h = 0; h < 24 * 9 && !firstMail; h++) {
      run(env);
      if (env.calls.count('Range.getValues') <= 1) quietHours++;
      // The weekly review (Monday 30 Nov, at opening) is not an escalation: the first digest is wanted.
      const digest = env.mail.outbox.find((m) => !m.subject.startsWith('【週次レビュー】'));
      if (digest) firstMail = digest.sentAt;
      env.clock.advance(HOUR);
    }
    // Resolve-by: five business days after Tuesday 09:00 (11-24), past the weekend: 12-01 09:00.
    expect(firstMail?.toISOString()).toBe('2026-12-01T00:10:00.000Z');
    expect(quietHours).toBeGreaterThan(100); // most of the 170 hours read nothing
  });

  it('opens at once when someone edits the incidents sheet', () => {
    const env = createEscalationEnv(rows(5), { start: '2026-11-24T10:10:00+09:00' });
    run(env);
    env.clock.advance(HOUR);
    // Impact and urgency raised to 高 on INC-0001: now 非常に高リスク, to be told at once.
    const grades = env.incidents.self().getRange(2, INCIDENT_COLUMN_KEYS.indexOf('impact') + 1, 1, 2);
    grades.setValues([['高', '高']]);
    env.bundle.call('onEdit', { authMode: 'LIMITED', range: grades });
    run(env);
    expect(env.mail.outbox.map((m) => m.to.join()).sort()).toEqual(['boss@example.com', 'exec@example.com']);
    expect(String(incidentRecords(env)[0]?.notifications)).toContain('boss@example.com');
  });

  it('sees within three hours an edit no onEdit marked (a colleague in AuthMode.NONE, an import)', () => {
    const env = createEscalationEnv(rows(5), { start: '2026-11-24T10:10:00+09:00' });
    run(env);
    const grades = env.incidents.self().getRange(2, INCIDENT_COLUMN_KEYS.indexOf('impact') + 1, 1, 2);
    grades.setValues([['高', '高']]); // no onEdit: nothing marks it
    let hours = 0;
    while (env.mail.outbox.length === 0 && hours < 5) {
      env.clock.advance(HOUR);
      hours++;
      run(env);
    }
    expect(hours).toBeLessThanOrEqual(3);
    expect(env.mail.outbox.length).toBeGreaterThan(0);
  });

  it('opens when a row is added or the settings change', () => {
    const env = createEscalationEnv(rows(5), { start: '2026-11-24T10:10:00+09:00' });
    run(env);
    env.clock.advance(HOUR);
    const low: SeedRow = { ...rows(1)[0], id: 'INC-0099', impact: '低', urgency: '低' };
    env.incidents.self().appendRow(INCIDENT_COLUMN_KEYS.map((k) => low[k] ?? ''));
    run(env);
    expect(env.calls.count('Range.getValues')).toBeGreaterThan(1); // read in full
    expect(incidentRecords(env)[5]?.resolveBy).toBeInstanceOf(Date); // and decided

    env.clock.advance(HOUR);
    run(env); // quiet again
    expect(env.calls.count('Range.getValues')).toBeLessThanOrEqual(1);
    env.settingsSheet.write(1, 6, 'メモ'); // any change on the settings sheet
    env.clock.advance(HOUR);
    run(env);
    expect(env.calls.count('Range.getValues')).toBeGreaterThan(1);
    expect(env.mail.outbox).toHaveLength(0);
  });
});
