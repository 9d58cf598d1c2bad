// Apps Script stops an execution 6 minutes in ("Exceeded maximum execution time"): the fakes refuse
// every service call past that, so a run that would be cut off on Google's side is cut off here too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeClock, createAppsScriptFakes } from '../../../tools/fakes';
import { loadBundle } from '../../../tools/fakes/load-bundle';

const dir = mkdtempSync(join(tmpdir(), 'fakes-run-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CODE = `
function sendTen() {
  for (var i = 0; i < 10; i++) MailApp.sendEmail('a@example.com', 'Subject ' + i, 'Body');
}
`;

describe('the 6-minute execution limit', () => {
  it('stops a run past 6 minutes, and gives the next execution its own 6 minutes', () => {
    const clock = new FakeClock('2026-11-24T09:00:00+09:00');
    const fakes = createAppsScriptFakes({ clock, mailQuota: 100 });
    const path = join(dir, 'Code.js');
    writeFileSync(path, CODE);
    const bundle = loadBundle(path, fakes.globals, clock);
    fakes.mail.sendTakesMs = 50_000; // each send 50 s: the eighth starts at 5 min 50, the ninth past 6
    expect(() => bundle.call('sendTen')).toThrow('Exceeded maximum execution time');
    expect(fakes.mail.outbox).toHaveLength(8);
    fakes.mail.sendTakesMs = 0;
    expect(() => bundle.call('sendTen')).not.toThrow(); // a new execution, a new 6 minutes
    expect(fakes.mail.outbox).toHaveLength(18);
  });
});
