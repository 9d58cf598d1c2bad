// What a run has sent, kept as it goes: one property write after each email. A run cut off after
// sending (Apps Script's 6-minute limit, or a write that throws "Service Spreadsheets timed out")
// leaves its journal behind, and the next run records those emails in the log and the rows before
// it decides anything, so they are neither lost from the log nor sent again.
import type { Properties } from './escalation-services';

const KEY = 'escalationSendJournal';
/** Recipients per part: an address is at most 254 characters, 30 of them stay under the 9 KB limit. */
const PER_PART = 30;

interface Header {
  /** When the run that sent began: the time its notices were decided at. */
  at: number;
  /** Whether its log rows were written (then only the rows' state is left to record). */
  logged: boolean;
  parts: number;
}

export interface JournalEntry {
  readonly at: Date;
  readonly logged: boolean;
  readonly recipients: readonly string[];
}

export class SendJournal {
  private header: Header;
  private part: string[] = [];

  constructor(
    private readonly props: Properties,
    at: Date,
  ) {
    this.header = { at: at.getTime(), logged: false, parts: 0 };
  }

  /** After each send: the recipient joins the current part (a new part every PER_PART). */
  add(recipient: string): void {
    if (this.part.length === PER_PART || this.header.parts === 0) {
      this.part = [];
      this.header.parts++;
      this.props.setProperty(KEY, JSON.stringify(this.header));
    }
    this.part.push(recipient);
    this.props.setProperty(`${KEY}.${this.header.parts - 1}`, JSON.stringify(this.part));
  }

  markLogged(): void {
    if (this.header.parts === 0) return;
    this.header.logged = true;
    this.props.setProperty(KEY, JSON.stringify(this.header));
  }

  clear(): void {
    if (this.header.parts > 0) clearJournal(this.props, this.header.parts);
  }
}

/** The journal a cut-off run left, or null. An unreadable one is dropped rather than stopping every run. */
export function readJournal(props: Properties): JournalEntry | null {
  const text = props.getProperty(KEY);
  if (text === null) return null;
  try {
    const header = JSON.parse(text) as Header;
    const all = props.getProperties();
    const recipients: string[] = [];
    for (let i = 0; i < header.parts; i++) recipients.push(...(JSON.parse(all[`${KEY}.${i}`] ?? '[]') as string[]));
    return { at: new Date(header.at), logged: header.logged, recipients };
  } catch {
    props.deleteProperty(KEY);
    return null;
  }
}

export function clearJournal(props: Properties, parts?: number): void {
  const count = parts ?? (JSON.parse(props.getProperty(KEY) ?? '{"parts":0}') as Header).parts;
  for (let i = 0; i < count; i++) props.deleteProperty(`${KEY}.${i}`);
  props.deleteProperty(KEY);
}
