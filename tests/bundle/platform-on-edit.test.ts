// An add-on's onEdit may run with no authorization (AuthMode.NONE), and runs on every edit of every
// sheet: it touches nothing then, checks which sheet was edited before reading anything else, and
// never throws at the person typing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppsScriptFakes, spreadsheetCalls } from '../../tools/fakes';
import { unauthorizedGlobals } from '../../tools/fakes/auth-mode';
import { loadBundle } from '../../tools/fakes/load-bundle';

const CODE = join(__dirname, '../../dist/Code.js');

function workbook() {
  const fakes = createAppsScriptFakes();
  const bundle = loadBundle(CODE, fakes.globals, fakes.clock);
  bundle.call('setUpSheets');
  return { fakes, bundle, incidents: fakes.spreadsheet.sheet('インシデント')! };
}

describe('onEdit', () => {
  it('in AuthMode.NONE touches no service and does not throw, and the row waits for the sweep', () => {
    const { fakes, incidents } = workbook();
    incidents.write(2, 3, '納期遅延');
    const none = loadBundle(CODE, unauthorizedGlobals(fakes.globals), fakes.clock);
    fakes.calls.reset();
    expect(() => none.call('onEdit', { authMode: 'NONE', range: incidents.self().getRange('C2') })).not.toThrow();
    expect(fakes.calls.total('Properties.')).toBe(0);
    expect(incidents.read(2, 1).value).toBe('');
  });

  it('with services refusing mid-way (authorization revoked), still does not throw', () => {
    const { fakes, incidents } = workbook();
    incidents.write(2, 3, '納期遅延');
    const refusing = loadBundle(CODE, unauthorizedGlobals(fakes.globals), fakes.clock);
    expect(() =>
      refusing.call('onEdit', { authMode: 'LIMITED', range: incidents.self().getRange('C2') }),
    ).not.toThrow();
  });

  it('on another sheet, reads neither the settings nor the properties', () => {
    const { fakes, bundle } = workbook();
    const notes = fakes.spreadsheet.sheet(fakes.spreadsheet.insertSheet('メモ').getName())!;
    notes.write(1, 1, '自由なメモ');
    fakes.calls.reset();
    bundle.call('onEdit', { authMode: 'LIMITED', range: notes.self().getRange('A1') });
    expect(fakes.calls.total('Properties.')).toBe(0);
    // 7: the sheet's name is asked once more, to tell the measures sheet (whose edits open the gate).
    expect(spreadsheetCalls(fakes.calls)).toBeLessThanOrEqual(7);
    expect(fakes.calls.count('Spreadsheet.getRange')).toBe(0); // the settings sheet was not read
  });

  it('on the incidents sheet, completes the typed row', () => {
    const { incidents, bundle } = workbook();
    incidents.write(2, 3, '納期遅延');
    incidents.write(2, 5, '中');
    incidents.write(2, 6, '低');
    bundle.call('onEdit', { authMode: 'LIMITED', range: incidents.self().getRange('C2:F2') });
    expect(incidents.read(2, 1).value).toBe('INC-0001');
  });
});
