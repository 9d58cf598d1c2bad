// The document lock around a write: taken with a wait, and released only after the spreadsheet's
// pending writes are flushed (the Lock documentation asks for flush before releaseLock, or another
// execution may read the sheet before this one's writes land).
import type { AddOnServices } from './services';

type LockServices = Pick<AddOnServices, 'lockService' | 'spreadsheetApp'>;

/**
 * Runs `work` holding the document lock; `busy` when another execution kept it for `waitMs`.
 * getDocumentLock gives null where there is no document (a time-driven run that Apps Script gives no
 * active document): the script lock stands in then, stricter, since it also serialises other
 * documents' runs. A lock that could not be had is never dereferenced.
 */
export function withDocumentLock<T>(services: LockServices, waitMs: number, work: () => T): { done: T } | 'busy' {
  const lock = services.lockService.getDocumentLock() ?? services.lockService.getScriptLock();
  if (!lock || !lock.tryLock(waitMs)) return 'busy';
  try {
    return { done: work() };
  } finally {
    try {
      services.spreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
