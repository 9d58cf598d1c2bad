// The fakes must behave as Sheets does, or every adapter test built on them proves nothing.
import { describe, expect, it } from 'vitest';
import { FakeClock, createAppsScriptFakes, spreadsheetCalls } from '../../../tools/fakes';

function setup() {
  const fakes = createAppsScriptFakes();
  const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Data');
  return { fakes, ss, sheet };
}

describe('fake sheet values', () => {
  it('reads blanks as empty strings, numbers as numbers and dates as fresh Date objects', () => {
    const { sheet } = setup();
    const when = new Date('2026-11-24T01:00:00Z');
    sheet.getRange(1, 1, 1, 3).setValues([[42, when, 'text']]);
    const values = sheet.getRange(1, 1, 2, 4).getValues();
    expect(values).toEqual([
      [42, when, 'text', ''],
      ['', '', '', ''],
    ]);
    expect(values[0]?.[1]).not.toBe(when);
    (values[0]?.[1] as Date).setFullYear(2000);
    expect(sheet.getRange('B1').getValue()).toEqual(when);
  });

  it('interprets written strings as typed input, unless they start with an apostrophe', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 7).setValues([['=1+1', '+cmd', '-x', '123', 'TRUE', '2026-11-24', "'=1+1"]]);
    const [row] = sheet.getRange(1, 1, 1, 7).getValues();
    expect(sheet.getRange(1, 1, 1, 3).getFormulas()).toEqual([['=1+1', '=+cmd', '=-x']]);
    expect(row?.slice(3, 5)).toEqual([123, true]);
    expect(row?.[5]).toEqual(new Date('2026-11-23T15:00:00Z')); // midnight in Asia/Tokyo
    expect(row?.[6]).toBe('=1+1');
    expect(sheet.getRange('G1').getFormula()).toBe('');
  });

  it('keeps text as typed in plain-text formatted cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@');
    sheet.getRange('A1').setValue('=SUM(1)');
    expect(sheet.getRange('A1').getValue()).toBe('=SUM(1)');
  });

  it('tracks the last row and appends after it', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.appendRow(['a', 'b']);
    sheet.appendRow(['c']);
    sheet.getRange(5, 2).setValue('far');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(2);
    sheet.appendRow(['after']);
    expect(sheet.getRange(6, 1).getValue()).toBe('after');
  });

  it('rejects data whose shape does not match the range, as Sheets does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['x']])).toThrow(/data has 1 but the range has 2/);
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['x']])).toThrow(/columns/);
    expect(() => sheet.getRange(0, 1)).toThrow(/too small/);
  });

  it('refuses a cell of more than 50,000 characters, and writes nothing of that call', () => {
    const { sheet } = setup();
    const long = 'x'.repeat(50_001);
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['kept?', long]])).toThrow(/maximum of 50000 characters/);
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(() => sheet.getRange(1, 1).setValue(long)).toThrow(/maximum of 50000/);
    expect(() => sheet.appendRow([long])).toThrow(/maximum of 50000/);
    sheet.getRange(1, 1).setValue('x'.repeat(50_000));
    expect(String(sheet.getRange(1, 1).getValue())).toHaveLength(50_000);
  });

  it('makes an inserted sheet the active one, and forgets the selection, as Sheets does', () => {
    const { ss, sheet } = setup();
    ss.setActiveRange(sheet.getRange('B2'));
    const other = ss.insertSheet('Other');
    expect(ss.getActiveSheet().getName()).toBe(other.getName());
    expect(ss.getActiveRange()).toBeNull();
  });

  it('parses A1 notation including open-ended columns', () => {
    const { sheet } = setup();
    expect(sheet.getRange('B2:C4').getNumRows()).toBe(3);
    expect(sheet.getRange('A2:A').getNumRows()).toBe(999);
    expect(sheet.getRange('B2:C4').getA1Notation()).toBe('B2:C4');
  });

  it('sorts the rows below the frozen header', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 4, 1).setValues([['ID'], ['INC-0003'], ['INC-0001'], ['INC-0002']]);
    sheet.setFrozenRows(1);
    (sheet as unknown as { sort(c: number): void }).sort(1);
    expect(sheet.getRange(1, 1, 4, 1).getValues().flat()).toEqual(['ID', 'INC-0001', 'INC-0002', 'INC-0003']);
  });

  it('counts every spreadsheet call', () => {
    const { fakes, sheet } = setup();
    fakes.calls.reset();
    sheet.getRange(1, 1, 100, 5).getValues();
    expect(spreadsheetCalls(fakes.calls)).toBe(2);
    expect(fakes.calls.count('Range.getValues')).toBe(1);
  });

  it('refuses a second sheet of the same name', () => {
    const { ss } = setup();
    expect(() => ss.insertSheet('Data')).toThrow(/already exists/);
  });
});

describe('fake sheet rows', () => {
  it('deletes rows as Sheet.deleteRows does: the rows below move up with their formats', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 5, 1).setValues([['head'], ['a'], ['b'], ['c'], ['d']]);
    sheet.getRange('A5').setNumberFormat('@');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange(1, 1, 3, 1).getValues()).toEqual([['head'], ['c'], ['d']]);
    expect(sheet.getRange('A3').getNumberFormat()).toBe('@');
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(2, sheet.getMaxRows() - 1)).toThrow('not possible to delete all non-frozen rows');
    expect(() => sheet.deleteRows(0, 1)).toThrow('out of bounds');
  });
});

describe('fake services', () => {
  it('sends mail within a recipient quota and rejects bad or failing recipients', () => {
    const fakes = createAppsScriptFakes({ mailQuota: 3 });
    const mail = fakes.globals.MailApp;
    mail.sendEmail({ to: 'a@example.com, b@example.com', subject: 's', body: 'b', htmlBody: '<p>b</p>' });
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow(/Invalid email/);
    fakes.mail.failingRecipients.add('c@example.com');
    expect(() => mail.sendEmail('c@example.com', 's', 'b')).toThrow(/Failed to send/);
    expect(() => mail.sendEmail({ to: 'd@example.com, e@example.com', subject: 's', body: 'b' })).toThrow(
      /too many times/,
    );
    expect(fakes.mail.outbox).toHaveLength(1);
    expect(fakes.mail.outbox[0]).toMatchObject({ to: ['a@example.com', 'b@example.com'], htmlBody: '<p>b</p>' });
  });

  it('refills the mail quota 24 hours after the first send of its window, as Apps Script does, not at midnight', () => {
    const fakes = createAppsScriptFakes({ mailQuota: 2, clock: new FakeClock('2026-11-24T22:00:00+09:00') });
    const mail = fakes.globals.MailApp;
    mail.sendEmail('a@example.com', 's', 'b');
    fakes.clock.advance(3 * 3_600_000); // past midnight: still the same window
    mail.sendEmail('b@example.com', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    fakes.clock.set('2026-11-25T21:59:00+09:00');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    fakes.clock.set('2026-11-25T22:00:00+09:00');
    expect(mail.getRemainingDailyQuota()).toBe(2);
    mail.sendEmail('c@example.com', 's', 'b'); // opens the next window
    expect(fakes.mail.windowStartMs).toBe(new Date('2026-11-25T22:00:00+09:00').getTime());
  });

  it('allows one hourly trigger per event type, as add-ons are limited, and says when it is due', () => {
    const fakes = createAppsScriptFakes();
    const app = fakes.globals.ScriptApp;
    app.newTrigger('checkEscalations').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('checkEscalations').timeBased().everyHours(1).create()).toThrow(/too many/);
    expect(() =>
      createAppsScriptFakes().globals.ScriptApp.newTrigger('x').timeBased().everyMinutes(5).create(),
    ).toThrow(/once per hour/);
    expect(fakes.scriptApp.dueTriggers()).toEqual([]);
    fakes.clock.advance(2.5 * 3_600_000);
    expect(fakes.scriptApp.dueTriggers().map((t) => t.handler)).toEqual(['checkEscalations']);
    expect(fakes.scriptApp.dueTriggers()).toEqual([]);
    app.deleteTrigger(app.getProjectTriggers()[0] as GoogleAppsScript.Script.Trigger);
    expect(app.getProjectTriggers()).toEqual([]);
  });

  it('shares one document lock between executions and models another holder', () => {
    const fakes = createAppsScriptFakes();
    const first = fakes.globals.LockService.getDocumentLock();
    const second = fakes.globals.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    first.releaseLock();
    fakes.lock.state.holdFor(1);
    expect(() => second.waitLock(1000)).toThrow(/Lock timeout/);
    expect(second.tryLock(1000)).toBe(true);
  });

  it('keeps properties as strings', () => {
    const props = createAppsScriptFakes().globals.PropertiesService.getDocumentProperties();
    props.setProperty('n', String(5));
    expect(props.getProperty('n')).toBe('5');
    expect(props.getProperty('missing')).toBeNull();
  });
});
