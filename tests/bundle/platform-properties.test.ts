// A property value holds at most 9 KB (the fakes refuse more): nothing the add-on keeps may grow
// with the settings. A long table of recipients and their languages breaks neither the sweep, nor
// submitting, nor the sidebar.
import { describe, expect, it } from 'vitest';
import { FULL_FORM } from '../support/services';
import { createEscalationEnv } from './escalation-env';

const OVERDUE = {
  id: 'INC-0001',
  reportedAt: '2026-11-24 09:00',
  summary: '大口解約',
  impact: '高',
  urgency: '中',
  status: '対応中',
  managerEmail: 'recipient-0799@example.com',
};

describe('a long table of recipients and languages', () => {
  it('is kept as the last good settings in parts under 9 KB, and the sweep, submit and sidebar work', () => {
    const env = createEscalationEnv([OVERDUE], {
      start: '2026-11-24T13:10:00+09:00',
      htmlFiles: { Sidebar: '<script type="application/json" id="bootstrap">__SIDEBAR_BOOTSTRAP_JSON__</script>' },
    });
    const settings = env.settingsSheet;
    const below = settings.lastRow() + 1;
    for (let i = 0; i < 800; i++) {
      settings.write(below + i, 1, `recipient-${String(i).padStart(4, '0')}@example.com`);
      settings.write(below + i, 2, '英語');
    }
    env.bundle.call('checkEscalations');
    const digest = env.mail.outbox.find((m) => m.to.join() === 'recipient-0799@example.com');
    expect(digest?.subject).toMatch(/^\[Escalation\]/);
    const store = env.properties.document.store;
    expect(Number(store.get('escalationLastGoodSettings'))).toBeGreaterThan(1);
    expect(JSON.stringify(Object.fromEntries(store)).length).toBeGreaterThan(30_000);

    const result = env.bundle.call('submitIncident', { ...FULL_FORM, impact: '中', urgency: '中' }) as { id: string };
    expect(result.id).toBe('INC-0002');
    env.bundle.call('showSidebar');
    expect(env.ui.sidebar?.getContent()).toContain('"escalationOn":true');
  });
});
