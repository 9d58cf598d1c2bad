// A controllable clock shared by the fakes (mail timestamps, triggers) and the bundle's `new Date()`.
export class FakeClock {
  private current: number;
  /**
   * When the execution now running began (loadBundle's call sets it): Apps Script stops a run 6
   * minutes in with "Exceeded maximum execution time", and the fakes' calls refuse past that.
   */
  runStartedAt: number | null = null;

  constructor(start: Date | string | number = '2026-11-24T09:00:00+09:00') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  nowMs(): number {
    return this.current;
  }

  set(to: Date | string | number): void {
    const next = new Date(to).getTime();
    if (Number.isNaN(next)) throw new Error(`Not a time: ${String(to)}`);
    this.current = next;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  /** Throws as Apps Script stops a run past its 6 minutes (consumer and Workspace accounts alike). */
  checkRunTime(): void {
    if (this.runStartedAt !== null && this.current - this.runStartedAt > MAX_RUN_MS)
      throw new Error('Exceeded maximum execution time');
  }
}

/** Apps Script's limit on one execution (script runtime quota: 6 min / execution). */
export const MAX_RUN_MS = 6 * 60_000;
