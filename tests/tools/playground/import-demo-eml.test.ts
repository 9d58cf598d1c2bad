// `npm start -- --demo` over an existing session: the demo's emails reach .playground/outbox/ as any
// session's do (the old session's .eml files used to be counted as already written, hiding them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { openPlayground } from '../../../tools/playground/start';
import { fixtureDist, tempDir } from './support';

/** A menu item that sends one email naming the first sheet: the demo's is インシデント. */
const MAIL_BUNDLE = `
function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Send', 'send').addToUi(); }
function send() {
  var first = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getName();
  MailApp.sendEmail('boss@example.com', 'mail from ' + first, 'body');
}
`;

describe('npm start -- --demo over an existing session', () => {
  it("writes the demo session's emails as .eml files, and keeps the old state as the backup", async () => {
    const stateDir = tempDir();
    const distDir = fixtureDist(MAIL_BUNDLE);
    const startAt = '2026-11-24T09:00:00+09:00';
    const first = await openPlayground({ distDir, stateDir, demo: false, startAt });
    first.runMenuItem('send');
    first.runMenuItem('send');
    await first.persist();
    const outbox = join(stateDir, 'outbox');
    expect(readdirSync(outbox)).toHaveLength(2);

    const demo = await openPlayground({ distDir, stateDir, demo: true, startAt });
    demo.runMenuItem('send');
    await demo.persist();
    expect(readdirSync(outbox)).toEqual(['0001-mail_from_インシデント.eml']);
    const parsed = await PostalMime.parse(readFileSync(join(outbox, '0001-mail_from_インシデント.eml')));
    expect(parsed.subject).toBe('mail from インシデント');
    expect(existsSync(join(stateDir, 'state.backup.json'))).toBe(true);
    expect(readFileSync(join(stateDir, 'state.backup.json'), 'utf8')).toContain('mail from シート1');
  });
});
