// Session: who is running the script and in which locale. An empty email is what Apps Script
// returns when the user's address cannot be shared with the script (consumer accounts, AuthMode.NONE).
export interface FakeSessionOptions {
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  locale?: string;
  scriptTimeZone?: string;
}

/** Who is using the add-on now: tests and the playground switch it to act as a second person. */
export class FakeUser {
  email: string;
  effectiveEmail: string | undefined;
  constructor(options: FakeSessionOptions = {}) {
    this.email = options.activeUserEmail ?? 'owner@example.com';
    this.effectiveEmail = options.effectiveUserEmail;
  }
}

export function createFakeSession(
  options: FakeSessionOptions = {},
  who = new FakeUser(options),
): Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale' | 'getScriptTimeZone'
> {
  const user = (email: string) => ({ getEmail: () => email }) as unknown as GoogleAppsScript.Base.User;
  return {
    getActiveUser: () => user(who.email),
    getEffectiveUser: () => user(who.effectiveEmail ?? who.email),
    getActiveUserLocale: () => options.locale ?? 'ja',
    getScriptTimeZone: () => options.scriptTimeZone ?? 'Asia/Tokyo',
  };
}
