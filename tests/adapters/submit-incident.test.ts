import { describe, expect, it } from 'vitest';
import { setUpWorkbook } from '../../src/adapters/set-up';
import { readSettings } from '../../src/adapters/settings-sheet';
import { sidebarBootstrap } from '../../src/adapters/sidebar';
import { submitIncidentWith } from '../../src/adapters/submit-incident';
import { columnPositions } from '../../src/domain/incident-columns';
import { type FakeSheet, spreadsheetCalls } from '../../tools/fakes';
import { FULL_FORM, fakeServices } from '../support/services';

const NOW = new Date('2026-11-24T10:00:00+09:00');

function rowOf(sheet: FakeSheet, row: number): Record<string, unknown> {
  const [header, ...rest] = sheet.valuesSnapshot();
  const positions = columnPositions(header ?? []);
  const values = rest[row - 2] ?? [];
  return Object.fromEntries(Object.entries(positions).map(([key, at]) => [key, values[at as number]]));
}

describe('submitIncident', () => {
  it('appends the report with an ID, the time, level and status open, setting up on first use (very high goes to stage 3 at once)', () => {
    const { fakes, services } = fakeServices();
    const result = submitIncidentWith(services, FULL_FORM, { now: NOW });
    expect(result).toEqual({
      id: 'INC-0001',
      riskLevel: '非常に高リスク',
      riskLevelKey: 'veryHigh',
      row: 2,
      emergencyNotified: true,
      emergencyTold: expect.arrayContaining(['manager@example.com']) as string[],
      emergencyWaiting: [],
      escalationOn: false,
      escalationBy: '',
      lastSweep: null,
    });
    const sheet = fakes.spreadsheet.sheet('インシデント') as FakeSheet;
    expect(rowOf(sheet, 2)).toMatchObject({
      id: 'INC-0001',
      reportedAt: NOW,
      summary: FULL_FORM.summary,
      impact: '高',
      urgency: '高',
      riskLevel: '非常に高リスク',
      category: '戦略的リスク',
      occurredAt: new Date('2026-11-23T23:30:00Z'),
      reporter: 'owner@example.com',
      owner: '山田 太郎',
      managerEmail: 'manager@example.com',
      status: '未対応',
      stage: '第3段階',
    });
    expect(fakes.lock.state.holder).toBeNull();
  });

  it('takes the emergency path for a very high incident only: the manager is mailed at once', () => {
    const { fakes, services } = fakeServices();
    const medium = submitIncidentWith(services, { ...FULL_FORM, impact: '中', urgency: '中' }, { now: NOW });
    expect(medium.emergencyNotified).toBe(false);
    expect(fakes.mail.outbox).toEqual([]);
    const veryHigh = submitIncidentWith(services, FULL_FORM, { now: NOW });
    expect(veryHigh.emergencyNotified).toBe(true);
    expect(fakes.mail.outbox.map((m) => m.to)).toContainEqual(['manager@example.com']);
    expect(fakes.mail.outbox.map((m) => m.subject).join()).toMatch(/【エスカレーション】非常に高リスク 1件/);
  });

  it('says truthfully who the emergency path told and who waits for the next run', () => {
    const { fakes, services } = fakeServices();
    fakes.mail.failingRecipients.add('manager@example.com');
    const result = submitIncidentWith(services, FULL_FORM, { now: NOW });
    expect(result.emergencyWaiting).toEqual(['manager@example.com']);
    expect(result.emergencyTold).not.toContain('manager@example.com');
    expect(fakes.mail.outbox.flatMap((m) => m.to)).toEqual(result.emergencyTold);
  });

  it("answers in the user's language and writes the sheet in the sheet's language", () => {
    const { fakes, services } = fakeServices({ session: { locale: 'en' } });
    const result = submitIncidentWith(
      services,
      { ...FULL_FORM, impact: 'Low', urgency: 'medium', category: 'Financial' },
      { now: NOW },
    );
    expect(result.riskLevel).toBe('Low');
    expect(rowOf(fakes.spreadsheet.sheet('インシデント') as FakeSheet, 2)).toMatchObject({
      impact: '低',
      urgency: '中',
      riskLevel: '低リスク',
      category: '財務リスク',
    });
  });

  it('stores formula-like, number-like and HTML text literally and reads it back unchanged', () => {
    const { fakes, services } = fakeServices();
    const nasty = [
      '=IMPORTXML("http://x","//a")',
      '+SUM(1)',
      '-2+3',
      '@owner',
      '\t=1',
      '\r=1',
      '2026-11-24',
      'TRUE',
      '<script>alert(1)</script>',
      "'quoted",
    ];
    const fields = ['summary', 'actionsTaken', 'assessment', 'supportRequested', 'customer', 'owner'] as const;
    for (const text of nasty) {
      const form = { ...FULL_FORM, ...Object.fromEntries(fields.map((f) => [f, text])) };
      const { row } = submitIncidentWith(services, form, { now: NOW });
      const stored = rowOf(fakes.spreadsheet.sheet('インシデント') as FakeSheet, row);
      for (const field of fields) expect(stored[field], `${field} = ${JSON.stringify(text)}`).toBe(text);
    }
    expect((fakes.spreadsheet.sheet('インシデント') as FakeSheet).cells.flat().filter((c) => c.formula)).toEqual([]);
  });

  it("rejects a bad form with every problem in the user's language, writing nothing", () => {
    const { fakes, services } = fakeServices();
    setUpWorkbook(services.spreadsheetApp);
    const bad = { ...FULL_FORM, summary: '', impact: '最悪', managerEmail: 'boss@' };
    expect(() => submitIncidentWith(services, bad, { now: NOW })).toThrow(
      '問題の概要を入力してください。\n影響度「最悪」は選べません',
    );
    const english = fakeServices({ session: { locale: 'en_GB' } });
    expect(() => submitIncidentWith(english.services, bad, { now: NOW })).toThrow(
      /Enter the summary\.\nImpact "最悪" is not a grade.*\n"boss@" is not a valid email/s,
    );
    expect((fakes.spreadsheet.sheet('インシデント') as FakeSheet).lastRow()).toBe(1);
  });

  it('fails clearly and writes nothing when the lock cannot be had in time', () => {
    const { fakes, services } = fakeServices();
    setUpWorkbook(services.spreadsheetApp);
    fakes.lock.state.holdUntil(NOW.getTime() + 60_000);
    fakes.clock.set(NOW);
    expect(() => submitIncidentWith(services, FULL_FORM, { now: NOW })).toThrow(/他の人が同時に登録しています/);
    expect((fakes.spreadsheet.sheet('インシデント') as FakeSheet).lastRow()).toBe(1);
  });

  it('never reuses an ID, even after the last row is deleted', () => {
    const { fakes, services } = fakeServices();
    submitIncidentWith(services, FULL_FORM, { now: NOW });
    submitIncidentWith(services, FULL_FORM, { now: NOW });
    const sheet = fakes.spreadsheet.sheet('インシデント') as FakeSheet;
    sheet.cells.splice(2, 1);
    expect(submitIncidentWith(services, FULL_FORM, { now: NOW }).id).toBe('INC-0003');
  });

  it('makes the same number of spreadsheet calls with 5 rows or 1,000, emergency path included', () => {
    const medium = { ...FULL_FORM, impact: '中', urgency: '中' };
    const counts = [5, 1000].map((rows) => {
      const { fakes, services } = fakeServices();
      for (let i = 0; i < rows; i++) submitIncidentWith(services, medium, { now: NOW });
      const calls = (form: typeof FULL_FORM) => {
        fakes.calls.reset();
        submitIncidentWith(services, form, { now: NOW });
        return spreadsheetCalls(fakes.calls);
      };
      return [calls(medium), calls(FULL_FORM)];
    });
    expect(counts[0]).toEqual(counts[1]);
    // 18: four more than before: the sheet's size is asked (Sheets refuses a write past its edge),
    // pending writes are flushed before the lock is released (as the Lock documentation asks), the
    // document's escalation switch is read from the file for the sidebar's status line, and the
    // header's formulas are read with it (a whole-column array formula's cells are never written).
    // 24: the report's `reported` event goes to the history sheet (found by name, its last row and
    // size asked, one write).
    expect(counts[0]?.[0]).toBeLessThanOrEqual(24);
    // The first emergency also creates the log sheet; its sweep reads its columns in three ranges and
    // the listed rows' summaries apart (the report's free text is not read for every row), and the
    // ID column again before writing (rows may have moved meanwhile); it also makes the history
    // sheet and appends the escalation to it.
    expect(counts[0]?.[1]).toBeLessThanOrEqual(91);
  });
});

describe('the owner matrix on the settings sheet', () => {
  it('decides the level of a submitted report and the sidebar preview', () => {
    const { fakes, services } = fakeServices();
    setUpWorkbook(services.spreadsheetApp);
    const settings = fakes.spreadsheet.sheet('エスカレーション設定') as FakeSheet;
    const corner = settings.valuesSnapshot().findIndex((r) => r[0] === '緊急度＼影響度') + 1;
    settings.write(corner + 3, 2, '高リスク'); // urgency low × impact low: 低リスク by default
    const result = submitIncidentWith(services, { ...FULL_FORM, impact: '低', urgency: '低' }, { now: NOW });
    expect(result).toMatchObject({ riskLevel: '高リスク', riskLevelKey: 'high' });
    const bootstrap = sidebarBootstrap(
      services,
      readSettings(
        fakes.spreadsheet.self(),
        fakes.properties.document as unknown as GoogleAppsScript.Properties.Properties,
        NOW,
      ).settings.matrix,
      NOW,
    );
    expect(bootstrap.matrix[2]?.[0]).toBe('high');
  });
});
