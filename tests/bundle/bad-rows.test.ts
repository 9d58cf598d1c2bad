// One bad row never stops the run (issue: never lost, never twice, never stuck): on the built
// Code.js, a row whose values make the business calendar give up, a date typed into 保留累計, and
// two rows with the same ID are each flagged on the row, naming the value, while every other row is
// decided and notified.
import { describe, expect, it } from 'vitest';
import { createEscalationEnv, incidentRecords } from './escalation-env';
import { VERY_HIGH } from './escalation-env';

const START = '2026-11-24T10:10:00+09:00';

describe('a bad row', () => {
  it('that makes the calendar give up is flagged with its values, and the others still go out', () => {
    const env = createEscalationEnv(
      [
        { ...VERY_HIGH, id: 'INC-0001', holdHours: 1_000_000_000, managerEmail: 'bad@example.com' },
        { ...VERY_HIGH, id: 'INC-0002' },
      ],
      { start: START },
    );
    env.bundle.call('checkEscalations');
    const [bad, good] = incidentRecords(env);
    expect(String(bad?.rowProblems)).toContain('期限を計算できません');
    expect(String(bad?.rowProblems)).toContain('保留累計（時間）「1000000000」');
    expect(env.mail.outbox.map((m) => m.to.join()).sort()).toEqual(['exec@example.com', 'm1@example.com']);
    expect(String(good?.notifications)).toContain('m1@example.com');
  });

  it('with a date in 保留累計 is flagged naming the value', () => {
    const env = createEscalationEnv(
      [
        { ...VERY_HIGH, id: 'INC-0001', holdHours: new Date('2026-11-20T00:00:00Z') },
        { ...VERY_HIGH, id: 'INC-0002' },
      ],
      { start: START },
    );
    env.bundle.call('checkEscalations');
    const [bad, good] = incidentRecords(env);
    expect(String(bad?.rowProblems)).toContain('保留累計（時間）');
    expect(String(bad?.rowProblems)).toContain('数値ではありません');
    expect(String(good?.notifications)).toContain('m1@example.com');
  });
});

describe('a bad value where a date or an email belongs', () => {
  it('is named on the row: an impossible date is not rolled over, a number is not routed elsewhere', () => {
    const env = createEscalationEnv(
      [
        { ...VERY_HIGH, id: 'INC-0001', reportedAt: '2026/02/30 09:00' },
        { ...VERY_HIGH, id: 'INC-0002', managerEmail: 12345 },
        { ...VERY_HIGH, id: 'INC-0003' },
      ],
      { start: START },
    );
    env.bundle.call('checkEscalations');
    const [date, email, good] = incidentRecords(env);
    expect(String(date?.rowProblems)).toContain('「2026/02/30 09:00」は日時として読み取れません');
    expect(String(email?.rowProblems)).toContain('「12345」はメールアドレスではありません');
    // Neither went to the settings' default managers instead; the good row went out.
    expect(env.mail.outbox.flatMap((m) => m.to)).not.toContain('boss@example.com');
    expect(String(good?.notifications)).toContain('m1@example.com');
  });
});

describe('two rows with the same ID', () => {
  it('are both flagged, and both incidents are still notified and recorded', () => {
    const env = createEscalationEnv(
      [
        { ...VERY_HIGH, id: 'INC-0007', managerEmail: 'a@example.com' },
        { ...VERY_HIGH, id: 'INC-0007', summary: 'コピーした行', managerEmail: 'b@example.com' },
      ],
      { start: START },
    );
    env.bundle.call('checkEscalations');
    const rows = incidentRecords(env);
    for (const row of rows) expect(String(row.rowProblems)).toContain('ID「INC-0007」が他の行と重複しています');
    expect(env.mail.outbox.map((m) => m.to.join()).sort()).toEqual([
      'a@example.com',
      'b@example.com',
      'exec@example.com',
    ]);
    expect(String(rows[0]?.notifications)).toContain('a@example.com');
    expect(String(rows[1]?.notifications)).toContain('b@example.com');
  });
});
