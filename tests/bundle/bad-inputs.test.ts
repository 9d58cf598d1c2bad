// Values no sensible person means, through the built dist/Code.js: each refused by name, nothing moved.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AppsScriptFakesOptions, type FakeSheet, createAppsScriptFakes } from '../../tools/fakes';
import { loadBundle } from '../../tools/fakes/load-bundle';
import { FULL_FORM } from '../support/services';

const CODE = join(__dirname, '../../dist/Code.js');

function load(options: AppsScriptFakesOptions = {}) {
  const fakes = createAppsScriptFakes(options);
  return { fakes, bundle: loadBundle(CODE, fakes.globals, fakes.clock) };
}

describe('an impossible occurrence date from the form', () => {
  it.each([
    ['ja', /^発生日時「2026-02-30T10:00:00\+09:00」は存在しない日時です/],
    ['en', /^"2026-02-30T10:00:00\+09:00" is not a real date and time/],
  ] as const)('is refused in %s and writes no row', (locale, message) => {
    const { fakes, bundle } = load({ session: { locale } });
    bundle.call('setUpSheets');
    expect(() => bundle.call('submitIncident', { ...FULL_FORM, occurredAt: '2026-02-30T10:00:00+09:00' })).toThrow(
      message,
    );
    expect((fakes.spreadsheet.sheet('インシデント') as FakeSheet).lastRow()).toBe(1);
    expect(fakes.mail.outbox).toHaveLength(0);
  });
});
