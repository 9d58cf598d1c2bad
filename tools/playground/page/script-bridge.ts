// google.script.run and google.script.host inside the playground's sidebar and dialogs, with
// Apps Script's rules: JSON-shaped arguments only (a Date, function or element other than a lone
// form is refused), handlers called asynchronously, a failure handler gets an Error whose message
// is the server's, withUserObject's value is passed as the second argument.
type Handler = (value: unknown, userObject?: unknown) => void;
interface HostConfig { kind: 'sidebar' | 'dialog'; index: number }

declare global {
  interface Window { __playgroundHost: HostConfig; google: unknown }
}

export {};

const config = window.__playgroundHost;

function notifyPage(): void {
  window.parent.postMessage({ type: 'playground:changed' }, window.location.origin);
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
  const plain = Array.isArray(value) || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype);
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

async function invoke(name: string, args: unknown[], success?: Handler, failure?: Handler, userObject?: unknown): Promise<void> {
  let reply: { value?: unknown; error?: string };
  try {
    const response = await fetch('/api/run', { method: 'POST', body: JSON.stringify({ name, args }) });
    reply = await response.json() as typeof reply;
  } catch (error) {
    reply = { error: `NetworkError: ${String(error)}` };
  }
  notifyPage();
  if (reply.error !== undefined) {
    if (failure) failure(new Error(reply.error), userObject);
    else console.error(reply.error);
  } else success?.(reply.value ?? null, userObject);
}

function runner(success?: Handler, failure?: Handler, userObject?: unknown): unknown {
  return new Proxy({}, {
    get(_target, property) {
      if (property === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure, userObject);
      if (property === 'withFailureHandler') return (fn: Handler) => runner(success, fn, userObject);
      if (property === 'withUserObject') return (object: unknown) => runner(success, failure, object);
      if (typeof property !== 'string') return undefined;
      return (...args: unknown[]) => {
        const prepared = prepareArgs(args);
        void invoke(property, prepared, success, failure, userObject);
      };
    },
  });
}

const host = {
  close(): void {
    void fetch('/api/host/close', { method: 'POST', body: JSON.stringify(config) }).then(notifyPage);
  },
  setHeight(_height: number): void {},
  setWidth(_width: number): void {},
  origin: window.location.origin,
  editor: { focus(): void {} },
};

window.google = { script: { get run() { return runner(); }, host } };
