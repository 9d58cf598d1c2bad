// Installable triggers belong to the user who made them. Whether escalations are on, and who runs
// them, is the document's: every user sees the same truth, anyone can turn them off, and two users'
// triggers never both work the same hour.
import { describe, expect, it } from 'vitest';
import { ESCALATION_STATUS } from '../../src/domain/notices/escalation-status';
import { createEscalationEnv, runHours } from './escalation-env';

const OVERDUE = {
  id: 'INC-0001',
  reportedAt: '2026-11-24 09:00',
  summary: '大口解約',
  impact: '高',
  urgency: '中',
  status: '対応中',
  managerEmail: 'm1@example.com',
};

function statusShown(env: ReturnType<typeof createEscalationEnv>): string {
  env.bundle.call('previewEscalations');
  const html = env.ui.dialogs.at(-1)?.html.getContent() ?? '';
  return /<strong>(.*?)<\/strong>/.exec(html)?.[1] ?? '';
}

describe('two users and one document', () => {
  it('shows both who runs escalations, makes no second hourly run, and lets either turn them off', () => {
    const env = createEscalationEnv([OVERDUE], { start: '2026-11-24T09:10:00+09:00', off: true });
    env.actAs('a@example.com');
    env.bundle.call('turnOnEscalations');
    env.actAs('b@example.com');
    expect(statusShown(env)).toBe(ESCALATION_STATUS.ja.on + ESCALATION_STATUS.ja.runsAs('a@example.com'));
    env.bundle.call('turnOnEscalations');
    expect(env.ui.alerts.at(-1)?.prompt).toContain('a@example.com さんのアカウントで実行されています');
    expect(env.scriptApp.triggers.map((t) => t.owner)).toEqual(['a@example.com']);

    runHours(env, 4); // 13:10: past respond-by, the manager is told once, by a's trigger
    expect(env.mail.outbox.map((m) => m.to.join())).toEqual(['m1@example.com']);

    env.bundle.call('turnOffEscalations'); // b cannot delete a's trigger, but the switch is the document's
    expect(env.ui.alerts.at(-1)?.prompt).toContain(
      'a@example.com さんのアカウントの定期実行は、次の実行時に自動で削除されます',
    );
    expect(statusShown(env)).toBe(ESCALATION_STATUS.ja.off);
    env.actAs('a@example.com');
    expect(statusShown(env)).toBe(ESCALATION_STATUS.ja.off);

    runHours(env, 30); // a's trigger fires, sees the switch off, sends nothing and removes itself
    expect(env.mail.outbox).toHaveLength(1);
    expect(env.scriptApp.triggers).toEqual([]);
  });

  it('hands the hourly run to a second user who turns it on after it was turned off, and the first stops', () => {
    const env = createEscalationEnv([OVERDUE], { start: '2026-11-24T09:10:00+09:00', off: true });
    env.actAs('a@example.com');
    env.bundle.call('turnOnEscalations');
    env.actAs('b@example.com');
    env.bundle.call('turnOffEscalations');
    env.bundle.call('turnOnEscalations');
    expect(statusShown(env)).toBe(ESCALATION_STATUS.ja.on + ESCALATION_STATUS.ja.runsAs('b@example.com'));
    runHours(env, 4);
    // Both triggers fired this hour; only b's (the operator's) swept, and a's removed itself.
    expect(env.mail.outbox.map((m) => m.to.join())).toEqual(['m1@example.com']);
    expect(env.scriptApp.triggers.map((t) => t.owner)).toEqual(['b@example.com']);
  });
});

describe('an hourly run that Apps Script gives no active document', () => {
  it('opens its spreadsheet by the ID saved with the trigger, and notifies, records and logs as usual', () => {
    const env = createEscalationEnv([OVERDUE], { start: '2026-11-24T09:10:00+09:00', off: true });
    env.actAs('lead@example.com');
    env.bundle.call('turnOnEscalations');
    env.context.activeDocument = false; // from here on, executions have no active document
    runHours(env, 4); // 13:10: past respond-by
    expect(env.failures).toEqual([]);
    expect(env.mail.outbox.map((m) => m.to.join())).toEqual(['m1@example.com']);
    expect(env.calls.count('SpreadsheetApp.openById')).toBeGreaterThan(0);
    const log = env.spreadsheet.sheet('エスカレーション記録')!.valuesSnapshot();
    expect(log.length).toBe(2);
    runHours(env, 1); // nothing new is due: nothing is sent twice
    expect(env.mail.outbox).toHaveLength(1);
    env.context.activeDocument = true;
    expect(statusShown(env)).toBe(ESCALATION_STATUS.ja.on + ESCALATION_STATUS.ja.runsAs('lead@example.com'));
    expect(env.ui.dialogs.at(-1)?.html.getContent()).toContain(ESCALATION_STATUS.ja.lastOk('2026-11-24 14:10'));
  });
});
