// ScriptApp: installable triggers with the add-on limits (hourly at most, one of a kind per
// document), the enums Apps Script passes in events, and a way to tell which triggers are due.
import type { CallLog } from './call-log';
import type { FakeClock } from './clock';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Trigger = GoogleAppsScript.Script.Trigger;

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK' } as const;

const HOUR = 3_600_000;

export class FakeTrigger implements Pick<
  Trigger,
  'getHandlerFunction' | 'getEventType' | 'getUniqueId' | 'getTriggerSource'
> {
  constructor(
    readonly id: string,
    readonly handler: string,
    readonly eventType: keyof typeof EventType,
    readonly periodMs: number | null,
    public nextRunMs: number | null,
    /** The user who made it: it runs as them, and only they see and delete it. */
    readonly owner = '',
  ) {}
  getHandlerFunction(): string {
    return this.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getUniqueId(): string {
    return this.id;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return (this.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS') as unknown as GoogleAppsScript.Script.TriggerSource;
  }
}

export class FakeScriptApp implements Pick<
  ScriptApp,
  'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger'
> {
  readonly triggers: FakeTrigger[] = [];
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  private nextId = 1;

  constructor(
    private readonly calls: CallLog,
    private readonly clock: FakeClock,
    /** Who is running the script now: getUserTriggers shows only their triggers. */
    private readonly currentUser: () => string = () => '',
    private readonly isAddOn = true,
  ) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.calls.record('ScriptApp.newTrigger');
    const add = (eventType: keyof typeof EventType, periodMs: number | null) =>
      this.add(functionName, eventType, periodMs);
    let periodMs = HOUR;
    const clockBuilder = {
      everyHours: (n: number) => {
        periodMs = n * HOUR;
        return clockBuilder;
      },
      everyMinutes: (n: number) => {
        periodMs = n * 60_000;
        return clockBuilder;
      },
      nearMinute: () => clockBuilder,
      create: () => add('CLOCK', periodMs),
    };
    const sheetBuilder = {
      onEdit: () => ({ create: () => add('ON_EDIT', null) }),
      onOpen: () => ({ create: () => add('ON_OPEN', null) }),
      onChange: () => ({ create: () => add('ON_CHANGE', null) }),
    };
    return {
      timeBased: () => clockBuilder,
      forSpreadsheet: () => sheetBuilder,
    } as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  getProjectTriggers(): Trigger[] {
    this.calls.record('ScriptApp.getProjectTriggers');
    return this.triggers.map((t) => t as unknown as Trigger);
  }
  /** Installable triggers belong to the user who made them: each user sees only their own. */
  getUserTriggers(_document: unknown): Trigger[] {
    this.calls.record('ScriptApp.getUserTriggers');
    return this.own().map((t) => t as unknown as Trigger);
  }
  /** Nobody can delete another user's trigger (they cannot even list it): refused here, stricter. */
  deleteTrigger(trigger: Trigger): void {
    this.calls.record('ScriptApp.deleteTrigger');
    const index = this.triggers.findIndex((t) => t.id === trigger.getUniqueId());
    if (index < 0) return;
    if (this.triggers[index]?.owner !== this.currentUser()) {
      throw new Error('Exception: You do not have permission to delete this trigger.');
    }
    this.triggers.splice(index, 1);
  }

  private own(): FakeTrigger[] {
    const user = this.currentUser();
    return this.triggers.filter((t) => t.owner === user);
  }

  /** Puts back triggers saved earlier (the playground's state file), keeping new ids unique. */
  restoreTriggers(saved: FakeTrigger[]): void {
    this.triggers.push(...saved);
    for (const t of saved) this.nextId = Math.max(this.nextId, Number(t.id.replace(/\D/g, '')) + 1);
  }

  /** Clock triggers whose time has come, each advanced to its next run: what Apps Script would fire. */
  dueTriggers(nowMs = this.clock.nowMs()): FakeTrigger[] {
    const due = this.triggers.filter((t) => t.nextRunMs !== null && t.nextRunMs <= nowMs);
    for (const t of due) {
      while ((t.nextRunMs as number) <= nowMs) t.nextRunMs = (t.nextRunMs as number) + (t.periodMs as number);
    }
    return due;
  }

  private add(handler: string, eventType: keyof typeof EventType, periodMs: number | null): Trigger {
    if (this.isAddOn && eventType === 'CLOCK' && (periodMs ?? 0) < HOUR) {
      throw new Error('Exception: Add-ons may not create time-based triggers that run more often than once per hour.');
    }
    if (this.isAddOn && this.own().some((t) => t.eventType === eventType)) {
      throw new Error(
        'Exception: This add-on has created too many time-based triggers in this document for this Google user account.',
      );
    }
    const next = periodMs === null ? null : this.clock.nowMs() + periodMs;
    const trigger = new FakeTrigger(`trigger-${this.nextId++}`, handler, eventType, periodMs, next, this.currentUser());
    this.triggers.push(trigger);
    return trigger as unknown as Trigger;
  }
}
