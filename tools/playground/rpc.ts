// The server side of google.script.run: which functions a page may call, and what comes back.
// The page side (page/script-bridge.ts) checks arguments before they leave the browser.
import type { PlaygroundSession } from './session';

/**
 * Apps Script lets a page call any top-level function except private ones (a trailing '_');
 * a missing one fails with this message.
 */
export function callServerFunction(session: PlaygroundSession, name: unknown, args: unknown): unknown {
  const functionName = typeof name === 'string' ? name : '';
  if (!/^[A-Za-z$][\w$]*$/.test(functionName) || functionName.endsWith('_') || !session.has(functionName)) {
    throw new Error(`Script function not found: ${functionName}`);
  }
  const list = Array.isArray(args) ? args : [];
  return toClientValue(session.run('server', functionName, () => session.bundle.call(functionName, ...list)));
}

/**
 * A return value crosses as JSON; one holding a Date, a function or another non-plain object
 * reaches the success handler as null, as it does from Apps Script.
 */
export function toClientValue(value: unknown): unknown {
  return isTransferable(value) ? JSON.parse(JSON.stringify(value ?? null)) : null;
}

function isTransferable(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || value === undefined) return true;
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object' || value instanceof Date || seen.has(value)) return false;
  seen.add(value);
  const isPlain = Array.isArray(value) || Object.getPrototypeOf(value)?.constructor?.name === 'Object';
  return isPlain && Object.values(value).every((v) => isTransferable(v, seen));
}
