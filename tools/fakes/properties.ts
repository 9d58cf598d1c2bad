// PropertiesService: string key/value stores for the document, the script and the user.
import type { CallLog } from './call-log';
import { ExecutionContext } from './context';

type Properties = GoogleAppsScript.Properties.Properties;

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const utf8 = new TextEncoder();
const bytes = (text: string) => utf8.encode(text).length;

export class FakeProperties implements Pick<
  Properties,
  'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'getKeys'
> {
  readonly store = new Map<string, string>();

  constructor(
    private readonly calls: CallLog,
    private readonly kind: string,
  ) {}

  private call(method: string): void {
    this.calls.record(`Properties.${method}`);
  }
  private self(): Properties {
    return this as unknown as Properties;
  }
  /**
   * Apps Script's quotas: 9 KB per value and 500 KB per store. Whether the key counts toward the
   * value's 9 KB is not documented; the stricter reading (key and value together) is modelled.
   */
  private put(values: Record<string, string>, replaceAll: boolean): void {
    const next = new Map(replaceAll ? [] : this.store);
    for (const [key, value] of Object.entries(values)) {
      if (bytes(key) + bytes(String(value)) > VALUE_LIMIT)
        throw new Error(`Exception: Argument too large: value (${key})`);
      next.set(key, String(value));
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT) throw new Error('Exception: You have exceeded the property storage quota.');
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    this.call('getProperty');
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    this.call('setProperty');
    this.put({ [key]: String(value) }, false);
    return this.self();
  }
  getProperties(): Record<string, string> {
    this.call('getProperties');
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): Properties {
    this.call('setProperties');
    this.put(properties, deleteAllOthers ?? false);
    return this.self();
  }
  deleteProperty(key: string): Properties {
    this.call('deleteProperty');
    this.store.delete(key);
    return this.self();
  }
  getKeys(): string[] {
    this.call('getKeys');
    return [...this.store.keys()];
  }
  toString(): string {
    return `FakeProperties(${this.kind})`;
  }
}

/** User properties are each user's own: `user` is the current user's store, `userOf` anyone's. */
export function createFakePropertiesService(
  calls: CallLog,
  currentUser: () => string = () => '',
  context = new ExecutionContext(),
) {
  const document = new FakeProperties(calls, 'document');
  const script = new FakeProperties(calls, 'script');
  const users = new Map<string, FakeProperties>();
  const userOf = (email: string): FakeProperties => {
    let store = users.get(email);
    if (!store) users.set(email, (store = new FakeProperties(calls, `user ${email}`)));
    return store;
  };
  const service: Pick<
    GoogleAppsScript.Properties.PropertiesService,
    'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
  > = {
    getDocumentProperties: () => (context.activeDocument ? document : null) as unknown as Properties,
    getScriptProperties: () => script as unknown as Properties,
    getUserProperties: () => userOf(currentUser()) as unknown as Properties,
  };
  return {
    service,
    document,
    script,
    userOf,
    /** Every user's store by email (direct access for the playground's saved state). */
    users,
    get user(): FakeProperties {
      return userOf(currentUser());
    },
  };
}
