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
 * `new Date()` inside the bundle reads the fake clock. The host's Date is handed in (rather than
 * the context's own) so dates cross between the bundle and the fakes as ordinary Date objects.
 */
function clockDate(clock: FakeClock): DateConstructor {
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.nowMs());
      else super(...(args as [string]));
    }
    static override now(): number {
      return clock.nowMs();
    }
    /** Dates made by the fakes are host Dates: `instanceof Date` in the bundle must accept them, as in Apps Script. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Date;
    }
  }
  return ClockDate as DateConstructor;
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
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}
