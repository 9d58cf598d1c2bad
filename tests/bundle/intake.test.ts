// Incident intake through the built dist/Code.js, called as Apps Script calls it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnPositions } from '../../src/domain/incident-columns';
import { type AppsScriptFakesOptions, type FakeSheet, createAppsScriptFakes } from '../../tools/fakes';
import { loadBundle } from '../../tools/fakes/load-bundle';
import { FULL_FORM } from '../support/services';

const CODE = join(__dirname, '../../dist/Code.js');
const TEST_SIDEBAR =
  '<title>t</title><script type="application/json" id="bootstrap">__SIDEBAR_BOOTSTRAP_JSON__</script>';

function load(options: AppsScriptFakesOptions = {}) {
  const fakes = createAppsScriptFakes({ htmlFiles: { Sidebar: TEST_SIDEBAR }, ...options });
  return { fakes, bundle: loadBundle(CODE, fakes.globals, fakes.clock) };
}

function labels(menu: { entries: { kind: string; label?: string; functionName?: string }[] } | undefined) {
  return menu?.entries.map((e) => `${e.label}→${e.functionName}`);
}

describe('onOpen', () => {
  it('builds the add-on menu in AuthMode.NONE with no service but the Ui, labelled in both languages', () => {
    const fakes = createAppsScriptFakes();
    const onlyUi = { SpreadsheetApp: { getUi: fakes.globals.SpreadsheetApp.getUi } };
    const bundle = loadBundle(CODE, onlyUi);
    bundle.call('onOpen', { authMode: 'NONE' });
    expect(labels(fakes.ui.addonMenu())).toEqual([
      'インシデントを報告… / Report an incident…→showSidebar',
      'undefined→undefined',
      'エスカレーションを開始（1時間ごと） / Turn on escalations (hourly)→turnOnEscalations',
      'エスカレーションを停止 / Turn off escalations→turnOffEscalations',
      '次回の通知をプレビュー / Preview the next notices→previewEscalations',
      'ダッシュボードを更新 / Refresh the dashboard→refreshDashboard',
      'エスカレーションフローの確認とリハーサル / Check and rehearse the escalation flow→showRehearsal',
      'undefined→undefined',
      '初期設定（シートの準備） / Set up sheets→setUpSheets',
    ]);
  });

  it("speaks the user's language when the locale can be read, and every item names a real global", () => {
    const { fakes, bundle } = load({ session: { locale: 'en_US' } });
    bundle.call('onInstall', { authMode: 'FULL' });
    const menu = fakes.ui.addonMenu();
    expect(labels(menu)?.[0]).toBe('Report an incident…→showSidebar');
    for (const entry of menu?.entries ?? []) {
      if (entry.kind === 'item') expect(bundle.functionNames()).toContain(entry.functionName);
    }
  });
});

describe('showSidebar', () => {
  it('shows the sidebar with its bootstrap inside, safe against a closing script tag', () => {
    const { fakes, bundle } = load({ session: { activeUserEmail: 'a</script><b>@example.com' } });
    bundle.call('showSidebar');
    const html = fakes.ui.sidebar?.getContent() ?? '';
    expect(fakes.ui.sidebar?.getTitle()).toBe('エスカレーション報告');
    expect(html).not.toContain('__SIDEBAR_BOOTSTRAP_JSON__');
    expect(html).not.toContain('a</script>');
    const json = /id="bootstrap">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toMatchObject({
      lang: 'ja',
      owner: 'a</script><b>@example.com',
      timeZone: 'Asia/Tokyo',
      matrix: [
        ['medium', 'high', 'veryHigh'],
        ['low', 'medium', 'high'],
        ['low', 'low', 'medium'],
      ],
      openedAt: fakes.clock.now().toISOString(),
    });
  });
});

describe('submitIncident', () => {
  it('appends a row and answers plain JSON, setting the workbook up on first use', () => {
    const { fakes, bundle } = load();
    const result = bundle.call('submitIncident', FULL_FORM);
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      id: 'INC-0001',
      riskLevel: '非常に高リスク',
      riskLevelKey: 'veryHigh',
      row: 2,
      emergencyNotified: true,
      emergencyTold: [fakes.mail.outbox[0]?.to.join()],
      emergencyWaiting: [],
      escalationOn: false,
      escalationBy: '',
      lastSweep: null,
    });
    expect(fakes.mail.outbox).toHaveLength(1);
    expect((fakes.spreadsheet.sheet('インシデント') as FakeSheet).lastRow()).toBe(2);
  });

  it('fails with the validation message and writes nothing', () => {
    const { fakes, bundle } = load({ session: { locale: 'en' } });
    bundle.call('setUpSheets');
    expect(fakes.spreadsheet.toasts.at(-1)?.message).toMatch(/^Set-up complete\. Added: インシデント/);
    expect(() => bundle.call('submitIncident', { ...FULL_FORM, urgency: 'ASAP' })).toThrow(
      /Urgency "ASAP" is not a grade/,
    );
    expect((fakes.spreadsheet.sheet('インシデント') as FakeSheet).lastRow()).toBe(1);
    bundle.call('setUpSheets');
    expect(fakes.spreadsheet.toasts.at(-1)?.message).toBe('Already set up. Nothing was changed.');
  });

  it('keeps 50 submissions whose lock waits interleave: 50 rows, 50 distinct IDs, nothing overwritten', () => {
    const { fakes, bundle } = load();
    bundle.call('setUpSheets');
    const submit = (n: number) => bundle.call('submitIncident', { ...FULL_FORM, summary: `報告 ${n}` });
    const waits = [2_000, 12_000, 9_999, 500, 15_000, 10_000, 0, 11_000];
    let busy = 0;
    for (let round = 0; round < 25; round++) {
      // Another execution holds the lock for a while, and appends its own report as it finishes;
      // this one waits up to 10 s, and when that is not enough the person submits again.
      const wait = waits[round % waits.length] as number;
      fakes.lock.state.holdUntil(fakes.clock.nowMs() + wait, () => submit(2 * round));
      try {
        submit(2 * round + 1);
      } catch (error) {
        expect(String(error)).toMatch(/他の人が同時に登録しています/);
        busy++;
        submit(2 * round + 1);
      }
    }
    const sheet = fakes.spreadsheet.sheet('インシデント') as FakeSheet;
    const [header, ...rows] = sheet.valuesSnapshot();
    const at = columnPositions(header ?? []);
    const summaries = rows.map((r) => r[at.summary as number]);
    const ids = rows.map((r) => r[at.id as number]);
    expect(busy).toBeGreaterThan(0);
    expect(summaries.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `報告 ${i}`).sort());
    expect(rows).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(fakes.lock.state.holder).toBeNull();
  });
});

describe('onEdit', () => {
  it('completes a pasted row in the incidents sheet', () => {
    const { fakes, bundle } = load();
    bundle.call('setUpSheets');
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
      'インシデント',
    ) as GoogleAppsScript.Spreadsheet.Sheet;
    const at = columnPositions(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []);
    sheet.getRange(2, (at.summary as number) + 1).setValue('支払遅延');
    sheet.getRange(2, (at.impact as number) + 1).setValue('中');
    sheet.getRange(2, (at.urgency as number) + 1).setValue('高');
    bundle.call('onEdit', { range: sheet.getRange(2, 1, 1, 6), authMode: 'LIMITED' });
    expect(sheet.getRange(2, (at.id as number) + 1).getValue()).toBe('INC-0001');
    expect(sheet.getRange(2, (at.riskLevel as number) + 1).getValue()).toBe('高リスク');
  });
});
