// MailApp: an outbox with a daily recipient quota, address checks and injectable failures.
import type { CallLog } from './call-log';
import type { FakeClock } from './clock';

type MailApp = GoogleAppsScript.Mail.MailApp;
type MailAdvancedParameters = GoogleAppsScript.Mail.MailAdvancedParameters;

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  replyTo: string;
  sentAt: Date;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

const QUOTA_WINDOW_MS = 24 * 3_600_000;

function addresses(list: unknown): string[] {
  return typeof list === 'string'
    ? list
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean)
    : [];
}

export class FakeMailApp implements Pick<MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  readonly outbox: SentMail[] = [];
  /** Sends to these addresses throw, as a bounced or rejected recipient would. */
  readonly failingRecipients = new Set<string>();

  /**
   * When the current quota window began (the first send after a reset), or null before any send.
   * Apps Script's quotas "reset 24 hours after the first request", not at midnight.
   */
  windowStartMs: number | null = null;
  /** The recipients allowed per window; `quota` is what is left of them now. */
  readonly dailyLimit: number;
  /**
   * How long a send takes on the fake clock. Google documents none; a send is a network call of
   * hundreds of ms, so tests of the run's time budget set this rather than assume sends are free.
   */
  sendTakesMs = 0;
  /** Runs after each send, as if people worked on the sheet meanwhile (tests sort or insert rows). */
  afterSend: (() => void) | null = null;

  constructor(
    private readonly calls: CallLog,
    private readonly clock: FakeClock,
    public quota = 100,
  ) {
    this.dailyLimit = quota;
  }

  getRemainingDailyQuota(): number {
    this.calls.record('MailApp.getRemainingDailyQuota');
    return this.remaining();
  }

  /** What is left, with the quota refilled once its window has passed (not a service call). */
  remaining(): number {
    if (this.windowStartMs !== null && this.clock.nowMs() >= this.windowStartMs + QUOTA_WINDOW_MS) {
      this.quota = this.dailyLimit;
      this.windowStartMs = null;
    }
    return this.quota;
  }

  sendEmail(...args: unknown[]): MailApp {
    this.calls.record('MailApp.sendEmail');
    const message = normalizeArgs(args);
    const all = [...message.to, ...message.cc, ...message.bcc];
    if (all.length === 0) throw new Error('Exception: Failed to send email: no recipient');
    const invalid = all.find((a) => !EMAIL.test(a));
    if (invalid) throw new Error(`Exception: Invalid email: ${invalid}`);
    if (all.length > this.remaining()) throw new Error('Exception: Service invoked too many times for one day: email.');
    const failing = all.find((a) => this.failingRecipients.has(a));
    if (failing) throw new Error(`Exception: Failed to send email to ${failing}`);
    this.quota -= all.length;
    this.windowStartMs ??= this.clock.nowMs();
    this.outbox.push({ ...message, sentAt: this.clock.now() });
    if (this.sendTakesMs > 0) this.clock.advance(this.sendTakesMs);
    this.afterSend?.();
    return this as unknown as MailApp;
  }
}

function normalizeArgs(args: unknown[]): Omit<SentMail, 'sentAt'> {
  const [first, subject, body, options] = args;
  const params = (
    typeof first === 'object' && first !== null
      ? first
      : { ...(options as MailAdvancedParameters | undefined), to: first, subject, body }
  ) as Record<string, unknown>;
  const text = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : '');
  return {
    to: addresses(params.to),
    cc: addresses(params.cc),
    bcc: addresses(params.bcc),
    subject: text('subject'),
    body: text('body'),
    htmlBody: text('htmlBody'),
    name: text('name'),
    replyTo: text('replyTo'),
  };
}
