// LockService: one document lock shared by every execution. JavaScript here is single-threaded,
// so contention is modelled: `holdFor(n)` makes the lock look held by another execution for the
// next n acquisition attempts, and a wait that cannot get it throws the message Apps Script gives.
import type { CallLog } from './call-log';

type Lock = GoogleAppsScript.Lock.Lock;

export class FakeLockState {
  holder: FakeLock | null = null;
  /** Attempts that will find the lock busy (another execution holding it). */
  busyAttempts = 0;
  acquisitions = 0;

  holdFor(attempts: number): void {
    this.busyAttempts = attempts;
  }
}

export class FakeLock implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(private readonly state: FakeLockState, private readonly calls: CallLog) {}

  tryLock(_timeoutInMillis: number): boolean {
    this.calls.record('Lock.tryLock');
    return this.acquire();
  }
  waitLock(_timeoutInMillis: number): void {
    this.calls.record('Lock.waitLock');
    if (!this.acquire()) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.calls.record('Lock.releaseLock');
    if (this.state.holder === this) this.state.holder = null;
  }
  hasLock(): boolean {
    this.calls.record('Lock.hasLock');
    return this.state.holder === this;
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

export function createFakeLockService(calls: CallLog, state = new FakeLockState()) {
  const service: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> = {
    getDocumentLock: () => new FakeLock(state, calls) as unknown as Lock,
    getScriptLock: () => new FakeLock(state, calls) as unknown as Lock,
    getUserLock: () => new FakeLock(state, calls) as unknown as Lock,
  };
  return { service, state };
}
