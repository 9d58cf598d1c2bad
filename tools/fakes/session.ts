// Session: who is running the script and in which locale. An empty email is what Apps Script
// returns when the user's address cannot be shared with the script (consumer accounts, AuthMode.NONE).
export interface FakeSessionOptions {
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  locale?: string;
  scriptTimeZone?: string;
}

export function createFakeSession(
  options: FakeSessionOptions = {},
): Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale' | 'getScriptTimeZone'
> {
  const user = (email: string) => ({ getEmail: () => email }) as unknown as GoogleAppsScript.Base.User;
  return {
    getActiveUser: () => user(options.activeUserEmail ?? 'owner@example.com'),
    getEffectiveUser: () => user(options.effectiveUserEmail ?? options.activeUserEmail ?? 'owner@example.com'),
    getActiveUserLocale: () => options.locale ?? 'ja',
    getScriptTimeZone: () => options.scriptTimeZone ?? 'Asia/Tokyo',
  };
}
