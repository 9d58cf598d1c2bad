// The server side of google.script.run in the playground: the shared rules (../fakes/script-run)
// over the session's bundle, each call recorded as an execution.
import { callServerFunction as callWithRules } from '../fakes/script-run/server';
import type { PlaygroundSession } from './session';

export function callServerFunction(session: PlaygroundSession, name: unknown, args: unknown): unknown {
  return callWithRules(
    (fn) =>
      session.has(fn)
        ? (...list: unknown[]) => session.run('server', fn, () => session.bundle.call(fn, ...list))
        : undefined,
    name,
    args,
  );
}
