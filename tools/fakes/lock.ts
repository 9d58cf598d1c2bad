// LockService: one document lock shared by every execution. JavaScript here is single-threaded,
// so contention is modelled: `holdFor(n)` makes the lock look held by another execution for the
// next n acquisition attempts; `holdUntil(t, onRelease)` makes another execution hold it until a
// clock time, so a wait either outlasts it (the clock moves on, the other execution's work runs,
// then the lock is taken) or times out. A wait that cannot get it throws Apps Script's message.
import type { CallLog } from './call-log';
import type { FakeClock } from './clock';
import { ExecutionContext } from './context';

type Lock = GoogleAppsScript.Lock.Lock;

export class FakeLockState {
  holder: FakeLock | null = null;
  /** Attempts that will find the lock busy (another execution holding it). */
  busyAttempts = 0;
  acquisitions = 0;

  /** Another execution holds the lock until this clock time, then runs `onRelease` (its own work). */
  heldUntilMs: number | null = null;
  onRelease: (() => void) | null = null;

  holdFor(attempts: number): void {
    this.busyAttempts = attempts;
  }

  holdUntil(releaseAtMs: number, onRelease?: () => void): void {
    this.heldUntilMs = releaseAtMs;
    this.onRelease = onRelease ?? null;
  }
}

export class FakeLock implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly state: FakeLockState,
    private readonly calls: CallLog,
    private readonly clock?: FakeClock,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.calls.record('Lock.tryLock');
    return this.waitForOther(timeoutInMillis) && this.acquire();
  }
  waitLock(timeoutInMillis: number): void {
    this.calls.record('Lock.waitLock');
    if (!this.waitForOther(timeoutInMillis) || !this.acquire()) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    this.calls.record('Lock.releaseLock');
    if (this.state.holder === this) this.state.holder = null;
  }
  hasLock(): boolean {
    this.calls.record('Lock.hasLock');
    return this.state.holder === this;
  }

  /** Waits (on the fake clock) for another execution's hold to end; false when it outlasts the timeout. */
  private waitForOther(timeoutMs: number): boolean {
    const until = this.state.heldUntilMs;
    if (until === null || !this.clock) return true;
    if (this.clock.nowMs() + timeoutMs < until) {
      this.clock.advance(timeoutMs);
      return false;
    }
    if (this.clock.nowMs() < until) this.clock.set(until);
    const release = this.state.onRelease;
    this.state.heldUntilMs = null;
    this.state.onRelease = null;
    release?.();
    return true;
  }

  private acquire(): boolean {
    if (this.state.holder === this) return true;
    if (this.state.busyAttempts > 0 || this.state.holder) {
      this.state.busyAttempts = Math.max(0, this.state.busyAttempts - 1);
      return false;
    }
    this.state.holder = this;
    this.state.acquisitions++;
    return true;
  }
}

export function createFakeLockService(
  calls: CallLog,
  state = new FakeLockState(),
  clock?: FakeClock,
  context = new ExecutionContext(),
) {
  const lock = () => new FakeLock(state, calls, clock) as unknown as Lock;
  const service: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> = {
    getDocumentLock: () => (context.activeDocument ? lock() : (null as unknown as Lock)),
    getScriptLock: lock,
    getUserLock: lock,
  };
  return { service, state };
}
