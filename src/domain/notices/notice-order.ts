// The order of a digest's items: worst level, then highest stage, then longest overdue, then ID.
import { severityRank } from '../risk-levels';
import type { Notice } from '../escalation/decide';

/** Worst level, then highest stage, then earliest deadline (longest overdue), then ID; stable. */
export function worstFirst(notices: readonly Notice[]): Notice[] {
  return [...notices].sort(compareNotices);
}

function compareNotices(a: Notice, b: Notice): number {
  return (
    rank(a) - rank(b) ||
    // An unreadable deadline (NaN) gives NaN, which || passes over to the ID.
    a.deadline.getTime() - b.deadline.getTime() ||
    (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0)
  );
}

function rank(notice: Notice): number {
  return severityRank(notice.incident.level) * 10 + (3 - notice.stage);
}
