// Two people in one playground workbook: what Apps Script keeps per user (triggers, user
// properties, the open sidebar) follows the person, what belongs to the file (the escalation
// switch) is the same for both, and all of it survives a restart of the playground.
import { describe, expect, it } from 'vitest';
import { PlaygroundApp } from '../../../tools/playground/app';
import { PlaygroundError } from '../../../tools/playground/messages';
import { makeApp, tempDir } from './support';

const OWNER = 'you@example.com';
const COLLEAGUE = 'colleague@example.com';

describe('playground people', () => {
  it("switches to a colleague: their own (empty) trigger list, the owner's run still on for both", () => {
    const app = makeApp();
    app.runMenuItem('setUpSheets');
    app.runMenuItem('turnOnEscalations');
    expect(app.session.fakes.scriptApp.triggers.map((t) => t.owner)).toEqual([OWNER]);
    app.callServer('showSidebar', []);

    app.actAs(COLLEAGUE);
    expect(app.view().user).toBe(COLLEAGUE);
    expect(app.session.fakes.ui.sidebar).toBeNull(); // the owner's sidebar is not in the colleague's browser
    expect(app.session.executions[0]).toMatchObject({ kind: 'open', functionName: 'onOpen', ok: true });
    // The colleague's turn-on makes no second hourly run: the document says it is on, run by the owner.
    app.runMenuItem('turnOnEscalations');
    expect(app.session.fakes.scriptApp.triggers.map((t) => t.owner)).toEqual([OWNER]);
    expect(app.session.fakes.ui.alerts.at(-1)?.prompt).toContain(OWNER);
    // The colleague turns it off for everyone: the owner's trigger stays (nobody may delete another's)
    // but its next run finds the switch off and removes itself, running as its owner.
    app.runMenuItem('turnOffEscalations');
    app.advanceClock({ kind: 'hour' });
    expect(app.session.fakes.scriptApp.triggers).toEqual([]);
    expect(app.session.fakes.user.email).toBe(COLLEAGUE); // the trigger ran as the owner, then back
  });

  it('keeps the person, the switch and each person’s user properties across a restart', async () => {
    const stateDir = tempDir();
    const options = { distDir: makeApp().options.distDir, stateDir, startAt: '2026-11-24T09:00:00+09:00' };
    const first = new PlaygroundApp(options);
    first.runMenuItem('setUpSheets');
    first.runMenuItem('turnOnEscalations');
    first.session.fakes.properties.user.setProperty('probe', 'owner-only');
    first.actAs(COLLEAGUE);
    await first.persist();
    const second = new PlaygroundApp(options);
    expect(second.view().user).toBe(COLLEAGUE);
    expect(second.session.fakes.spreadsheet.metadata.map((m) => m.key)).toContain('escalationSwitch');
    expect(second.session.fakes.properties.userOf(OWNER).getProperty('probe')).toBe('owner-only');
    expect(second.session.fakes.properties.user.getProperty('probe')).toBeNull();
    // The switch came back with the file, so the owner's trigger keeps running after the restart.
    second.advanceClock({ kind: 'hour' });
    expect(second.session.fakes.scriptApp.triggers.map((t) => t.owner)).toEqual([OWNER]);
    expect(second.session.executions.find((e) => e.kind === 'trigger')).toMatchObject({ ok: true });
  });

  it('refuses someone who is not a person of the playground, in both languages', () => {
    const app = makeApp();
    let refusal: unknown;
    try {
      app.actAs('mallory@example.com');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PlaygroundError);
    expect((refusal as PlaygroundError).text.ja).toContain('利用者ではありません');
    expect((refusal as PlaygroundError).text.en).toContain('colleague@example.com');
    expect(app.view().user).toBe(OWNER);
  });
});
