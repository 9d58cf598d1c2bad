// Loads the built dist/Code.js into a fresh node:vm context, the way Apps Script runs it: one
// global scope holding the bundle's top-level functions, with the given services as globals.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { FakeClock } from './clock';

export interface LoadedBundle {
  /** Calls a top-level function by name, as Apps Script calls a custom function or a menu item. */
  call(name: string, ...args: unknown[]): unknown;
  /** The names of the top-level functions the file declares. */
  functionNames(): string[];
  context: vm.Context;
}

/**
 * `new Date()` inside the bundle reads the fake clock. Every Date it makes is an ordinary host Date
 * (the constructor returns one), and the prototype is the host's, so `instanceof Date` and Dates
 * crossing between the bundle and the fakes behave as in Apps Script. A subclass of Date did the
 * same but made every date the bundle touched a second kind of object, which slowed the whole
 * sweep several times over in the benchmark: a cost Apps Script, with its native Date, never pays.
 */
function clockDate(clock: FakeClock): DateConstructor {
  const HostDate = Date;
  function ClockDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new HostDate(clock.nowMs()).toString(); // Date() called as a function
    if (args.length === 0) return new HostDate(clock.nowMs());
    if (args.length === 1) return new HostDate(args[0] as number);
    return new HostDate(...(args as [number, number]));
  }
  ClockDate.prototype = HostDate.prototype;
  ClockDate.now = () => clock.nowMs();
  ClockDate.UTC = HostDate.UTC;
  ClockDate.parse = HostDate.parse;
  return ClockDate as unknown as DateConstructor;
}

export function loadBundle(codePath: string, globals: Record<string, unknown> = {}, clock?: FakeClock): LoadedBundle {
  const code = readFileSync(codePath, 'utf8');
  const context = vm.createContext({ console, ...globals, ...(clock ? { Date: clockDate(clock) } : {}) });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  const declared = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1] as string);
  return {
    context,
    functionNames: () => declared.filter((name) => typeof context[name] === 'function'),
    call: (name, ...args) => {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      // One execution: its 6 minutes run from here (nested calls keep the outer start).
      const outer = clock?.runStartedAt ?? null;
      if (clock && outer === null) clock.runStartedAt = clock.nowMs();
      try {
        return (fn as (...a: unknown[]) => unknown)(...args);
      } finally {
        if (clock) clock.runStartedAt = outer;
      }
    },
  };
}
