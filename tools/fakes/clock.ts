// A controllable clock shared by the fakes (mail timestamps, triggers) and the bundle's `new Date()`.
export class FakeClock {
  private current: number;

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
}
