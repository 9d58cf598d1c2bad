// AuthMode.NONE: an add-on installed by a user but not yet used in this file runs onOpen and onEdit
// with no authorization. Apps Script then refuses every service but building the menu; these globals
// throw the way it does, so a bundle test proves such a run touches nothing.
type Globals = Record<string, unknown>;

/** The services a run without authorization may still use. */
const ALLOWED = new Set(['SpreadsheetApp.getUi']);

export function unauthorizedGlobals(globals: Globals): Globals {
  return Object.fromEntries(
    Object.entries(globals).map(([service, value]) => [
      service,
      new Proxy(value as object, {
        get(target, member) {
          const name = `${service}.${String(member)}`;
          const real = Reflect.get(target, member, target) as unknown;
          if (ALLOWED.has(name) || typeof real !== 'function') return real;
          return () => {
            throw new Error(
              `Exception: You do not have permission to call ${name}. Required permissions: (none granted: AuthMode.NONE)`,
            );
          };
        },
      }),
    ]),
  );
}
