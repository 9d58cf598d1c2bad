// The server half of google.script.run, shared by the sidebar tests and the playground: which
// functions a page may call, and what crosses back.

/** The server functions a page can reach, by name. */
export type ServerLookup = (name: string) => ((...args: unknown[]) => unknown) | undefined;

/**
 * Apps Script lets a page call any top-level function except private ones (a trailing '_');
 * a missing one fails with this message.
 */
export function serverFunction(lookup: ServerLookup, name: unknown): (...args: unknown[]) => unknown {
  const functionName = typeof name === 'string' ? name : '';
  const fn = /^[A-Za-z$][\w$]*$/.test(functionName) && !functionName.endsWith('_') ? lookup(functionName) : undefined;
  if (!fn) throw new Error(`Script function not found: ${functionName}`);
  return fn;
}

/** Calls a page's server function by name; the result crosses as JSON (see toClientValue). */
export function callServerFunction(lookup: ServerLookup, name: unknown, args: unknown): unknown {
  return toClientValue(serverFunction(lookup, name)(...(Array.isArray(args) ? args : [])));
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
