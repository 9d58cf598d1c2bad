// PropertiesService: string key/value stores for the document, the script and the user.
import type { CallLog } from './call-log';

type Properties = GoogleAppsScript.Properties.Properties;

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
  getProperty(key: string): string | null {
    this.call('getProperty');
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    this.call('setProperty');
    this.store.set(key, String(value));
    return this.self();
  }
  getProperties(): Record<string, string> {
    this.call('getProperties');
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): Properties {
    this.call('setProperties');
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.store.set(key, String(value));
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

export function createFakePropertiesService(calls: CallLog) {
  const document = new FakeProperties(calls, 'document');
  const script = new FakeProperties(calls, 'script');
  const user = new FakeProperties(calls, 'user');
  const service: Pick<
    GoogleAppsScript.Properties.PropertiesService,
    'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
  > = {
    getDocumentProperties: () => document as unknown as Properties,
    getScriptProperties: () => script as unknown as Properties,
    getUserProperties: () => user as unknown as Properties,
  };
  return { service, document, script, user };
}
