// .xlsx import through the playground's server, as the page's dialog drives it: a preview, then an
// add (the file's incident rows appended and completed by the add-on's own onEdit, every other sheet
// and the document's settings kept) or a replace (the workbook becomes the file's, the old state
// backed up, and set-up afterwards says truly what it laid again). Refusals change nothing.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlaygroundApp } from '../../../tools/playground/app';
import { createPlaygroundServer, listen } from '../../../tools/playground/http-server';
import { buildPageAssets } from '../../../tools/playground/page-assets';
import { makeApp, workbookValues, xlsxOf } from './support';

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

async function serve(app: PlaygroundApp): Promise<string> {
  server = createPlaygroundServer(app, await buildPageAssets());
  return `http://127.0.0.1:${await listen(server, 0)}`;
}

type Bilingual = { ja: string; en: string };
/** What the import routes answer, all fields together (each reply has some of them). */
interface Answer {
  error: Bilingual;
  message: Bilingual;
  add: { rows?: number; sheet?: string; problem: Bilingual };
  lost: { name: string; rows: number }[];
}

async function post(base: string, path: string, file: Buffer) {
  const response = await fetch(base + path, { method: 'POST', body: new Uint8Array(file) });
  return { status: response.status, body: (await response.json()) as Answer };
}

/** The demo, set up, with escalations on and an hour passed: settings, log and history all exist. */
function workedWorkbook(): PlaygroundApp {
  const app = makeApp({ demo: true });
  app.runMenuItem('setUpSheets');
  app.runMenuItem('turnOnEscalations');
  app.advanceClock({ kind: 'hour' });
  return app;
}

const names = (app: PlaygroundApp) => app.session.fakes.spreadsheet.sheets.map((s) => s.nameNow());
const incidents = (app: PlaygroundApp) => app.session.fakes.spreadsheet.sheet('インシデント')!;
/** One row of the incidents sheet as header → shown value. */
function row(app: PlaygroundApp, r: number): Record<string, unknown> {
  const values = incidents(app).valuesSnapshot();
  return Object.fromEntries((values[0] ?? []).map((header, c) => [String(header), values[r - 1]?.[c]]));
}

describe('importing an .xlsx: add', () => {
  it("appends the file's incident rows by header (either language), completed by onEdit; every other sheet stays", async () => {
    const app = workedWorkbook();
    expect(names(app)).toEqual(
      expect.arrayContaining(['エスカレーション設定', 'エスカレーション記録', '履歴', '対策']),
    );
    // What each other sheet holds of its own: a formula's results (the check sheet reads the incidents) may grow.
    const others = () =>
      app.session.fakes.spreadsheet.sheets
        .filter((s) => s.nameNow() !== 'インシデント')
        .map((s) => {
          const spilled = new Set(app.session.recalc.spilledCells(s));
          return s.cells.flatMap((row, r) =>
            row.flatMap((cell, c) => {
              const own = cell.formula || (spilled.has(`${r + 1}:${c + 1}`) ? '' : cell.value);
              return own === '' ? [] : [[r + 1, c + 1, own]];
            }),
          );
        });
    const before = { others: others(), incidents: incidents(app).valuesSnapshot(), names: names(app) };
    const properties = structuredClone(Object.fromEntries(app.session.fakes.properties.document.store));
    const lastRow = incidents(app).lastRow();
    const base = await serve(app);
    // English headers in another order, a column of the add-on's own in Japanese, an ID already used here,
    // text that looks like a formula, and a formula cell (its value comes, not the formula).
    const file = await xlsxOf({
      Notes: [['not incidents']],
      Incidents: [
        ['Urgency', 'Summary', 'Impact', 'ID', '顧客・案件', 'Owner'],
        ['High', '=HYPERLINK("http://evil.example","click")', 'High', 'INC-0001', 'G社', 'g@example.com'],
        ['低', '倉庫の棚卸しで数量の差異', '中', '', '', ''],
        [],
        ['M', 'Third row after a blank one', 'L', 'INC-0500', '', ''],
      ],
    });

    const preview = await post(base, '/api/import/preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body.add).toEqual({ rows: 3, sheet: 'Incidents' });
    const added = await post(base, '/api/import/add', file);
    expect(added.status).toBe(200);
    expect(added.body.message.ja).toContain(`${lastRow + 1}〜${lastRow + 3} 行目に追加しました`);
    expect(added.body.message.en).toContain('ID, risk level, report time, status and stage were filled in');

    // Nothing else moved: the other sheets, the rows already there, the document's settings.
    expect(names(app)).toEqual(before.names);
    expect(others()).toEqual(before.others);
    expect(incidents(app).valuesSnapshot().slice(0, lastRow)).toEqual(before.incidents.slice(0, lastRow));
    expect(Object.fromEntries(app.session.fakes.properties.document.store)).toMatchObject(
      Object.fromEntries(Object.entries(properties).filter(([key]) => !/edit/i.test(key))),
    );

    const [first, second, third] = [row(app, lastRow + 1), row(app, lastRow + 2), row(app, lastRow + 3)];
    // Completed as typed rows are: a new ID for the one used here, the risk level, report time, status, stage.
    expect(first).toMatchObject({ 問題の概要: '=HYPERLINK("http://evil.example","click")', 顧客・案件: 'G社' });
    expect(first['ID']).toMatch(/^INC-\d{4}$/);
    expect(first['ID']).not.toBe('INC-0001');
    expect(added.body.message.en).toContain(`INC-0001 → ${first['ID']}`);
    expect(first).toMatchObject({
      リスクレベル: '非常に高リスク',
      ステータス: '未対応',
      エスカレーション段階: '第1段階',
    });
    expect(first['報告日時']).toBeInstanceOf(Date);
    expect(second).toMatchObject({ 影響度: '中', 緊急度: '低', リスクレベル: '低リスク' });
    expect(third['ID']).toBe('INC-0500');
    // Imported text is never a formula.
    const summaryColumn = (incidents(app).valuesSnapshot()[0] ?? []).indexOf('問題の概要') + 1;
    expect(incidents(app).read(lastRow + 1, summaryColumn).formula).toBe('');
    expect(app.session.executions[0]).toMatchObject({ kind: 'edit', functionName: 'onEdit', ok: true });

    // Saved: a restart carries on with the added rows.
    const saved = readFileSync(join(app.options.stateDir, 'state.json'), 'utf8');
    expect(saved).toContain('倉庫の棚卸しで数量の差異');
  });

  it('refuses rows it cannot place, saying what was wrong and how to fix it, and changes nothing', async () => {
    const app = workedWorkbook();
    const before = workbookValues(app);
    const base = await serve(app);
    const cases: [Buffer, RegExp, RegExp][] = [
      [
        await xlsxOf({ Sheet1: [['Summary'], ['x']] }),
        /「インシデント」または「Incidents」という名前のシートがありません（ファイルのシート: Sheet1）。.*名前を.*変えて/,
        /no sheet named "インシデント" or "Incidents" \(its sheets: Sheet1\)\. Rename/,
      ],
      [
        await xlsxOf({
          インシデント: [
            ['問題の概要', 'メモ', '', 'Impact'],
            ['a', 'b', 'c', 'High'],
          ],
        }),
        /見出しがあります: 「メモ」（B 列）。.*直すか.*C 列は、値があるのに見出しが空です/,
        /headers this workbook's incidents sheet does not: "メモ" \(column B\)\. Change them.*column C holds values but has no header/,
      ],
      [
        await xlsxOf({
          Incidents: [
            ['Owner', 'Customer or deal'],
            ['a@example.com', 'X'],
          ],
        }),
        /インシデントの内容の列（問題の概要・現場で行った対応・影響度・緊急度）がどれもありません/,
        /none of an incident's content columns/,
      ],
      [await xlsxOf({ Incidents: [['Summary', 'Impact']] }), /追加する行がありません/, /no rows to add/],
      [
        await xlsxOf({
          インシデント: [
            ['問題の概要', '影響度', 'Summary', 'メモ', 'メモ'],
            ['a', '高', 'b', 'c', 'd'],
          ],
        }),
        /同じ列を指す見出しが複数あります: 「問題の概要」（A 列）と「Summary」（C 列）、「メモ」（D 列）と「メモ」（E 列）。.*一方の列を消すか/,
        /more than one header for the same column: "問題の概要" \(column A\) and "Summary" \(column C\), "メモ" \(column D\) and "メモ" \(column E\)\. .*delete one/,
      ],
    ];
    for (const [file, ja, en] of cases) {
      const preview = await post(base, '/api/import/preview', file);
      expect(preview.body.add.problem.en).toMatch(en);
      const refused = await post(base, '/api/import/add', file);
      expect(refused.status).toBe(400);
      expect(refused.body.error.ja).toMatch(ja);
      expect(refused.body.error.ja).toMatch(/ブックは変更していません。$/);
      expect(refused.body.error.en).toMatch(en);
      expect(refused.body.error.en).toMatch(/The workbook was not changed\.$/);
    }
    expect(workbookValues(app)).toEqual(before);
  });

  it('tells a workbook with no incidents sheet yet to run set-up first, or to replace', async () => {
    const app = makeApp();
    const base = await serve(app);
    const refused = await post(base, '/api/import/add', await xlsxOf({ Incidents: [['Summary'], ['x']] }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.en).toMatch(/no incidents sheet yet\. Run Extensions ▸ Set up sheets first/);
    expect(refused.body.error.ja).toMatch(/初期設定（シートの準備）を実行してから追加するか/);
    expect(names(app)).toEqual(['シート1']);
  });
});

describe('importing an .xlsx: replace', () => {
  it("makes the workbook the file's, keeps the old state as the backup, and set-up then names what it laid", async () => {
    const source = makeApp({ demo: true });
    const file = await source.exportXlsx();
    const app = workedWorkbook();
    await app.persist();
    const base = await serve(app);
    const preview = await post(base, '/api/import/preview', file);
    expect(preview.body.lost).toEqual(
      expect.arrayContaining([
        { name: 'エスカレーション設定', rows: expect.any(Number) },
        { name: 'エスカレーション記録', rows: expect.any(Number) },
      ]),
    );
    expect(preview.body.lost.every((s) => s.rows > 0)).toBe(true);

    const replaced = await post(base, '/api/import/replace', file);
    expect(replaced.status).toBe(200);
    expect(replaced.body.message.en).toMatch(/^The workbook was replaced by the file \(sheets: インシデント, 対策/);
    expect(names(app)).toEqual(names(source));
    expect(readFileSync(join(app.options.stateDir, 'state.backup.json'), 'utf8')).toContain('エスカレーション記録');

    // Values only came in: set-up lays the dropdowns, date formats and colours again, and says so.
    app.runMenuItem('setUpSheets');
    expect(app.session.fakes.spreadsheet.toasts.at(-1)?.message).toMatch(
      /追加したもの：エスカレーション設定、プルダウン、日付の表示形式、リスクレベルの色分け/,
    );
    app.runMenuItem('setUpSheets');
    expect(app.session.fakes.spreadsheet.toasts.at(-1)?.message).toBe('準備はすでに完了しています。変更はありません。');
  });

  it('refuses an unknown way to import, and an unreadable file before any question', async () => {
    const app = makeApp({ demo: true });
    const before = workbookValues(app);
    const base = await serve(app);
    const odd = await post(base, '/api/import/merge', await xlsxOf({ Incidents: [['Summary'], ['x']] }));
    expect(odd.status).toBe(400);
    expect(odd.body.error.en).toContain('"merge" is not a way to import: use add or replace.');
    const broken = await post(base, '/api/import/preview', Buffer.from('not a workbook'));
    expect(broken.status).toBe(400);
    expect(broken.body.error.ja).toMatch(/読めません（壊れているか .xlsx ではありません）.*ブックは変更していません/);
    expect(workbookValues(app)).toEqual(before);
  });
});
