// The playground's two locale settings, as Sheets and a Google account set them: the spreadsheet's
// locale decides what set-up writes, each person's own locale what the add-on says to them. A new
// workbook keeps both, a restart keeps both, and a locale the playground does not offer is refused.
import { describe, expect, it } from 'vitest';
import { PlaygroundApp } from '../../../tools/playground/app';
import { PlaygroundError } from '../../../tools/playground/messages';
import { makeApp, tempDir } from './support';

const OWNER = 'you@example.com';
const COLLEAGUE = 'colleague@example.com';

const menuLabels = (app: PlaygroundApp) =>
  (app.view().menu?.entries ?? []).flatMap((e) => (e.kind === 'item' ? [e.label] : []));

function refusalOf(action: () => unknown): PlaygroundError {
  try {
    action();
  } catch (error) {
    if (error instanceof PlaygroundError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const ENGLISH_FORM = {
  summary: 'Key customer A cancelled its annual order without notice.',
  actionsTaken: 'Sales asked their purchasing team why and offered an alternative; waiting for an answer.',
  impact: 'High',
  urgency: 'High',
  assessment: '15% of annual sales; they sign with a competitor this week.',
  supportRequested: 'A visit with the department head, and approval of new price terms.',
  category: 'Strategic',
  customer: 'Customer A / annual supply',
  occurredAt: '2026-11-24T08:30:00+09:00',
  owner: 'Taro Yamada',
  managerEmail: 'manager@example.com',
};

describe('the playground locale settings', () => {
  it('makes an English workbook: English sheets, menu, notices and report, and keeps it for a new workbook', () => {
    const app = makeApp();
    expect(app.view().locales).toEqual({ spreadsheet: 'ja_JP', user: 'ja' });
    expect(menuLabels(app)[0]).toBe('インシデントを報告…');

    app.setLocale('spreadsheet', 'en_US');
    app.setLocale('user', 'en');
    // The change reloads the document: onOpen built the menu again, in English.
    expect(menuLabels(app)[0]).toBe('Report an incident…');
    app.reset(false);
    expect(app.view().locales).toEqual({ spreadsheet: 'en_US', user: 'en' });
    expect(app.view().sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(menuLabels(app)).toContain('Set up sheets');

    app.runMenuItem('setUpSheets');
    expect(app.view().sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Incidents', 'Escalation settings', 'Measures', 'History']),
    );
    expect(app.view().toasts[0]?.message).toMatch(/^Set-up complete/);
    const result = app.callServer('submitIncident', [ENGLISH_FORM]) as { id: string; riskLevel: string };
    expect(result).toMatchObject({ id: 'INC-0001', riskLevel: 'Very high' });
    const incidents = app.view().sheets.find((s) => s.name === 'Incidents');
    expect(incidents?.rows[0]?.map((c) => c.text)).toContain('Risk level');
  });

  it('gives each person their own language in the same workbook, and a trigger its owner’s', () => {
    const app = makeApp();
    app.setLocale('spreadsheet', 'en_US');
    app.setLocale('user', 'en');
    app.runMenuItem('setUpSheets');
    app.actAs(COLLEAGUE);
    // The colleague's account is Japanese: the menu speaks Japanese in the English workbook.
    expect(app.view().locales).toEqual({ spreadsheet: 'en_US', user: 'ja' });
    expect(menuLabels(app)[0]).toBe('インシデントを報告…');
    app.callServer('showSidebar', []);
    expect(app.session.fakes.ui.sidebar?.getTitle()).toBe('エスカレーション報告');
    app.actAs(OWNER);
    expect(menuLabels(app)[0]).toBe('Report an incident…');
    expect(app.session.userLocale(COLLEAGUE)).toBe('ja');
    // The locale Apps Script reports follows whoever runs the script now.
    app.session.fakes.actAs(COLLEAGUE);
    expect(app.session.fakes.globals.Session.getActiveUserLocale()).toBe('ja');
    app.session.fakes.actAs(OWNER);
    expect(app.session.fakes.globals.Session.getActiveUserLocale()).toBe('en');
  });

  it('closes the sidebar when a locale changes, as Sheets reloads the document', () => {
    const app = makeApp();
    app.callServer('showSidebar', []);
    expect(app.session.fakes.ui.sidebar?.getTitle()).toBe('エスカレーション報告');
    app.setLocale('user', 'en');
    expect(app.session.fakes.ui.sidebar).toBeNull();
    app.callServer('showSidebar', []);
    expect(app.session.fakes.ui.sidebar?.getTitle()).not.toBe('エスカレーション報告');
  });

  it('keeps both settings across a restart of the playground', async () => {
    const stateDir = tempDir();
    const options = { distDir: makeApp().options.distDir, stateDir, startAt: '2026-11-24T09:00:00+09:00' };
    const first = new PlaygroundApp(options);
    first.setLocale('spreadsheet', 'en_US');
    first.setLocale('user', 'en');
    first.actAs(COLLEAGUE);
    await first.persist();
    const second = new PlaygroundApp(options);
    expect(second.view().locales).toEqual({ spreadsheet: 'en_US', user: 'ja' });
    expect(second.session.userLocale(OWNER)).toBe('en');
    second.actAs(OWNER);
    expect(menuLabels(second)[0]).toBe('Report an incident…');
  });

  it('refuses a locale it does not offer, in both languages, changing nothing', () => {
    const app = makeApp();
    const refusal = refusalOf(() => app.setLocale('spreadsheet', 'fr_FR'));
    expect(refusal.text.ja).toContain('「fr_FR」という言語の設定はありません');
    expect(refusal.text.en).toContain('ja_JP, en_US');
    expect(refusalOf(() => app.setLocale('user', 'en_US')).text.en).toContain('ja, en');
    expect(refusalOf(() => app.setLocale('timezone', 'ja')).text.ja).toContain('「ja」');
    expect(app.view().locales).toEqual({ spreadsheet: 'ja_JP', user: 'ja' });
  });

  it('tells a clock set backwards on the spreadsheet’s clock, not in UTC', () => {
    const app = makeApp(); // 2026-11-24 09:00 in Tokyo is 00:00 UTC
    const refusal = refusalOf(() => app.advanceClock({ kind: 'to', at: '2026-11-20T09:00' }));
    expect(refusal.text.ja).toContain('現在 2026-11-24 09:00 (Asia/Tokyo)、指定 2026-11-20 09:00 (Asia/Tokyo)');
    expect(refusal.text.en).toContain('now 2026-11-24 09:00 (Asia/Tokyo)');
    expect(refusal.text.en).not.toMatch(/T00:00|Z\b/);
  });

  it("starts the demo in the workbook's language: an English workbook gets English sheets and reports", () => {
    const app = makeApp();
    app.setLocale('spreadsheet', 'en_US');
    app.reset(true);
    const incidents = app.session.fakes.spreadsheet.sheet('Incidents');
    expect(incidents).toBeTruthy();
    const [header = [], first = []] = incidents?.valuesSnapshot() ?? [];
    expect(header.slice(0, 3)).toEqual(['ID', 'Reported at', 'Summary']);
    expect(String(first[2])).toMatch(/^Key customer A Corp\. suddenly cancelled/);
    expect(first).toContain('High');
    expect(app.session.fakes.spreadsheet.sheet('Measures')?.valuesSnapshot()[1]).toContain('Done');
    expect(app.session.fakes.spreadsheet.sheet('History')).toBeTruthy();
    // No Japanese left in what the demo wrote.
    const text = ['Incidents', 'Measures', 'History']
      .flatMap((name) => app.session.fakes.spreadsheet.sheet(name)?.valuesSnapshot() ?? [])
      .flat()
      .filter((cell) => typeof cell === 'string')
      .join(' ');
    expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
