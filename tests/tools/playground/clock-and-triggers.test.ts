// The playground's clock: forward only, hour and business-day steps, and installed clock
// triggers fired once per due hour, in order, with failures recorded and later runs going ahead.
import { describe, expect, it } from 'vitest';
import { nextBusinessDay, parseTime } from '../../../tools/playground/clock-control';
import { PlaygroundError } from '../../../tools/playground/messages';
import { TRIGGER_BUNDLE, fixtureDist, makeApp, workbookValues } from './support';

const HOUR = 3_600_000;

describe('playground clock', () => {
  it('refuses to go backwards, in both languages, and leaves time and workbook as they were', () => {
    const app = makeApp();
    const before = { now: app.session.fakes.clock.nowMs(), values: workbookValues(app) };
    let refusal: unknown;
    try {
      app.advanceClock({ kind: 'to', at: '2026-11-23T09:00' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PlaygroundError);
    expect((refusal as PlaygroundError).text.ja).toContain('時計は戻せません');
    expect((refusal as PlaygroundError).text.en).toContain('The clock cannot go back');
    expect(app.session.fakes.clock.nowMs()).toBe(before.now);
    expect(workbookValues(app)).toEqual(before.values);
  });

  it('refuses text that is not a time, and a jump of more than a month', () => {
    const app = makeApp();
    expect(() => app.advanceClock({ kind: 'to', at: 'tomorrow' })).toThrow(/not a date and time/);
    expect(() => app.advanceClock({ kind: 'to', at: '2026-02-30T09:00' })).toThrow(/not a date and time/);
    expect(() => app.advanceClock({ kind: 'to', at: '2027-06-01T09:00' })).toThrow(/at most 31 days/);
    expect(() => app.advanceClock({ kind: 'sideways' } as never)).toThrow(/not a way to advance/);
  });

  it('reads a wall-clock time in the spreadsheet time zone, and honours an explicit offset', () => {
    expect(new Date(parseTime('2026-11-25T09:00', 'Asia/Tokyo')).toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(new Date(parseTime('2026-11-25T09:00Z', 'Asia/Tokyo')).toISOString()).toBe('2026-11-25T09:00:00.000Z');
  });

  it('steps a business day over weekends and Japanese public holidays', () => {
    // Friday 2026-11-20 09:00 JST; Monday 11-23 is 勤労感謝の日, so the next business day is Tuesday.
    const friday = Date.parse('2026-11-20T09:00:00+09:00');
    expect(new Date(nextBusinessDay(friday, 'Asia/Tokyo')).toISOString()).toBe('2026-11-24T00:00:00.000Z');
    const tuesday = Date.parse('2026-11-24T09:00:00+09:00');
    expect(new Date(nextBusinessDay(tuesday, 'Asia/Tokyo')).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('fires an hourly trigger once per due hour, in order, as time passes; a failed run does not stop the next', () => {
    const app = makeApp({ distDir: fixtureDist(TRIGGER_BUNDLE) });
    const start = app.session.fakes.clock.nowMs();
    app.runMenuItem('install');
    app.advanceClock({ kind: 'to', at: new Date(start + 3.5 * HOUR).toISOString() });
    const sheet = app.session.fakes.spreadsheet.sheets[0];
    const runs = sheet?.valuesSnapshot().map((row) => row[0]);
    expect(runs).toEqual([1, 2, 3].map((h) => new Date(start + h * HOUR).toISOString()));
    const triggerRuns = app.session.executions.filter((e) => e.kind === 'trigger').reverse();
    expect(triggerRuns.map((e) => [e.at, e.ok])).toEqual([
      [new Date(start + HOUR).toISOString(), true],
      [new Date(start + 2 * HOUR).toISOString(), false],
      [new Date(start + 3 * HOUR).toISOString(), true],
    ]);
    expect(triggerRuns[1]?.error).toBe('second run fails');
    expect(app.session.fakes.clock.nowMs()).toBe(start + 3.5 * HOUR);
    expect(app.session.fakes.scriptApp.triggers[0]?.nextRunMs).toBe(start + 4 * HOUR);
  });

  it('passes a time-driven event object with the trigger id and the hour it ran', () => {
    const app = makeApp({ distDir: fixtureDist(TRIGGER_BUNDLE) });
    app.runMenuItem('install');
    app.advanceClock({ kind: 'hour' });
    const [row] = app.session.fakes.spreadsheet.sheets[0]?.valuesSnapshot() ?? [];
    expect(row?.[1]).toBe(app.session.fakes.scriptApp.triggers[0]?.id);
    expect(row?.[2]).toBe(app.session.fakes.clock.now().getUTCHours());
  });

  it('records a menu handler that throws as a failed execution with its message', () => {
    const app = makeApp({ distDir: fixtureDist(TRIGGER_BUNDLE) });
    expect(() => app.runMenuItem('boom')).toThrow('menu handler failed');
    expect(app.session.executions[0]).toMatchObject({
      kind: 'menu',
      functionName: 'boom',
      ok: false,
      error: 'menu handler failed',
    });
    expect(() => app.runMenuItem('tick')).toThrow(/not an item of the add-on menu/);
  });
});
