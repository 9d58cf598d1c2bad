// An incident as the escalation rules see it: read from its row (sheet/incident-row.ts), decided on
// (decide.ts), never written back as a whole.
import type { RiskLevel } from '../risk-levels';
import type { Category, Status } from '../vocabulary';
import type { NotificationRecord } from './notification-records';

export interface Incident {
  readonly id: string;
  /** The row in the sheet (1-based), for the link in a digest; never used as a key. */
  readonly sheetRow: number;
  readonly reportedAt: Date;
  readonly level: RiskLevel;
  readonly status: Status;
  readonly summary: string;
  readonly category: Category | undefined;
  readonly ownerEmail: string | undefined;
  readonly managerEmails: readonly string[];
  readonly acknowledged: boolean;
  readonly holdSince: Date | null;
  readonly holdMinutes: number;
  readonly resolvedAt: Date | null;
  readonly records: readonly NotificationRecord[];
}
