// The page half of google.script.run and google.script.host, held to Apps Script's rules, shared
// by the sidebar tests in Chromium and the playground page (one emulation, one set of rules):
// - arguments must be JSON-shaped: a Date, function or element other than a lone form makes the
//   call throw at once ("Failed due to illegal value in property: N"), before anything is sent;
// - a lone form becomes an object of its named fields;
// - handlers run asynchronously; a failure handler gets an Error with the server's message;
// - withUserObject's value reaches either handler as its second argument.
type Handler = (value: unknown, userObject?: unknown) => void;

/** What the server answered: a value, or the message of the error it threw. */
export interface Reply {
  value?: unknown;
  error?: string;
}

export type Transport = (name: string, args: unknown[]) => Promise<Reply>;

export interface Host {
  close(): void;
}

/** A form as the only argument becomes an object of its named fields, as Apps Script sends it. */
function formFields(form: HTMLFormElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') result[name] = value;
  return result;
}

/** Checks and copies an argument; throws Apps Script's message for a value it would refuse. */
function transferable(value: unknown, path: string): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (value === undefined) return null;
  const plain =
    Array.isArray(value) || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype);
  if (!plain) throw new Error(`Failed due to illegal value in property: ${path}`);
  if (Array.isArray(value)) return value.map((v, i) => transferable(v, String(i)));
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as object)) if (v !== undefined) copy[key] = transferable(v, key);
  return copy;
}

function prepareArgs(args: unknown[]): unknown[] {
  if (args.length === 1 && args[0] instanceof HTMLFormElement) return [formFields(args[0])];
  return args.map((arg, i) => transferable(arg, String(i)));
}

async function invoke(transport: Transport, name: string, args: unknown[], handlers: Handlers): Promise<void> {
  let reply: Reply;
  try {
    reply = await transport(name, args);
  } catch (error) {
    reply = { error: `NetworkError: ${String(error)}` };
  }
  if (reply.error !== undefined) {
    if (handlers.failure) handlers.failure(new Error(reply.error), handlers.userObject);
    else console.error(reply.error);
  } else handlers.success?.(reply.value ?? null, handlers.userObject);
}

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

function runner(transport: Transport, handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'withSuccessHandler') return (fn: Handler) => runner(transport, { ...handlers, success: fn });
        if (property === 'withFailureHandler') return (fn: Handler) => runner(transport, { ...handlers, failure: fn });
        if (property === 'withUserObject')
          return (object: unknown) => runner(transport, { ...handlers, userObject: object });
        if (typeof property !== 'string') return undefined;
        return (...args: unknown[]) => void invoke(transport, property, prepareArgs(args), handlers);
      },
    },
  );
}

/** Installs window.google.script before the page's own scripts run, as Apps Script does. */
export function installGoogleScript(transport: Transport, host: Host): void {
  const fullHost = {
    close: () => host.close(),
    setHeight(_height: number): void {},
    setWidth(_width: number): void {},
    origin: window.location.origin,
    editor: { focus(): void {} },
  };
  (window as unknown as { google: unknown }).google = {
    script: {
      get run() {
        return runner(transport, {});
      },
      host: fullHost,
    },
  };
}
