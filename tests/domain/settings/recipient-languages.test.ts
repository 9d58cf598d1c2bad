// Language per recipient: the settings sheet's table read in either language, bad cells named, and
// the same incidents composed into a Japanese digest for one recipient and an English one for another.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/domain/escalation/decide';
import { composeDigests } from '../../../src/domain/notices/digest';
import type { Incident } from '../../../src/domain/escalation/incident';
import { parseLanguage, recipientLang } from '../../../src/domain/settings/recipient-languages';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { settingsGrid } from '../../../src/domain/settings/settings-layout';
import { parseSettings } from '../../../src/domain/settings/settings-parse';
import { settingsProblemText } from '../../../src/domain/settings/settings-problems';

function gridWithLanguages(lang: 'ja' | 'en', rows: unknown[][]): unknown[][] {
  const grid: unknown[][] = settingsGrid(DEFAULT_SETTINGS, lang);
  return [...grid, ...rows.map((row) => [...row, '', '', '', ''].slice(0, 6))];
}

describe('parseLanguage', () => {
  it('accepts every spelling of both languages and nothing else', () => {
    expect(['日本語', '英語', 'Japanese', 'ENGLISH', ' ja ', 'En', 'ｅｎ'].map(parseLanguage)).toEqual([
      'ja',
      'en',
      'ja',
      'en',
      'ja',
      'en',
      'en',
    ]);
    expect(['French', '', 'jp?', 3, null].map(parseLanguage)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('the language table on the settings sheet', () => {
  it('writes the section in both languages and reads back no overrides by default', () => {
    expect(settingsGrid(DEFAULT_SETTINGS, 'ja').map((r) => r[0])).toContain(
      '■ 宛先ごとの言語（ここにない宛先にはスプレッドシートの言語で送ります）',
    );
    expect(settingsGrid(DEFAULT_SETTINGS, 'en').map((r) => r.slice(0, 2))).toContainEqual(['Email', 'Language']);
    expect(parseSettings(settingsGrid(DEFAULT_SETTINGS, 'en'), 'Asia/Tokyo').settings.recipientLanguages).toEqual({});
  });

  it('maps addresses (lower case, several per cell) to languages, first row winning', () => {
    const grid = gridWithLanguages('ja', [
      ['Alice@Example.com', 'English'],
      ['bob@example.com, carol@example.com', '日本語'],
      ['alice@example.com', 'ja'],
      ['メモ: 海外拠点は英語', ''],
    ]);
    const { settings, problems } = parseSettings(grid, 'Asia/Tokyo');
    expect(problems).toEqual([]);
    expect(settings.recipientLanguages).toEqual({
      'alice@example.com': 'en',
      'bob@example.com': 'ja',
      'carol@example.com': 'ja',
    });
  });

  it('round-trips settings with overrides through the grid', () => {
    const withOverrides = {
      ...DEFAULT_SETTINGS,
      recipientLanguages: { 'a@example.com': 'en', 'b@example.com': 'ja' } as const,
    };
    for (const lang of ['ja', 'en'] as const) {
      expect(parseSettings(settingsGrid(withOverrides, lang), 'Asia/Tokyo').settings).toEqual(withOverrides);
    }
  });

  it('names a bad language and a bad address by cell, with what is allowed, in the owner language', () => {
    const grid = gridWithLanguages('ja', [
      ['a@example.com', 'French'],
      ['not-an-email', '英語'],
      ['', 'English'],
    ]);
    const first = grid.length - 2;
    const problems = parseSettings(grid, 'Asia/Tokyo').problems.map((p) => settingsProblemText(p, 'ja'));
    expect(problems).toEqual([
      `設定シートのB${first}（言語）「French」は使えません。「日本語」または「英語」（ja・en、Japanese・English も可）を入力してください。`,
      `設定シートのA${first + 1}（メールアドレス）「not-an-email」は使えません。メールアドレス（複数はカンマ区切り）を入力してください。`,
      `設定シートのA${first + 2}（メールアドレス）「」は使えません。メールアドレス（複数はカンマ区切り）を入力してください。`,
    ]);
    const en = parseSettings(gridWithLanguages('en', [['a@example.com', 'Klingon']]), 'Asia/Tokyo').problems.map((p) =>
      settingsProblemText(p, 'en'),
    );
    expect(en).toEqual([
      expect.stringMatching(
        /\(Language\): "Klingon" cannot be used\. Enter "Japanese" or "English" \(or ja, en, 日本語, 英語\)\.$/,
      ),
    ]);
  });

  it('names a date typed where an address belongs once, as it is, and maps nothing to it', () => {
    const grid = gridWithLanguages('en', [
      [new Date('2026-11-25T00:00:00Z'), 'English'],
      [404, 'English'],
    ]);
    const first = grid.length - 1;
    const { problems, settings } = parseSettings(grid, 'Asia/Tokyo');
    expect(problems.map((p) => settingsProblemText(p, 'en'))).toEqual([
      `Settings sheet A${first} (Email): "2026-11-25T00:00:00.000Z" cannot be used. Enter email addresses (several: separate with commas).`,
      `Settings sheet A${first + 1} (Email): "404" cannot be used. Enter email addresses (several: separate with commas).`,
    ]);
    expect(settingsProblemText(problems[1]!, 'ja')).toBe(
      `設定シートのA${first + 1}（メールアドレス）「404」は使えません。メールアドレス（複数はカンマ区切り）を入力してください。`,
    );
    expect(settings.recipientLanguages).toEqual({});
  });

  it('has no overrides in a sheet set up before the section existed', () => {
    const old = settingsGrid(DEFAULT_SETTINGS, 'ja').slice(0, -3);
    expect(old.some((r) => String(r[0]).includes('宛先ごとの言語'))).toBe(false);
    expect(parseSettings(old, 'Asia/Tokyo')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('digests in each recipient language', () => {
  const incident = (id: string, level: Incident['level'], summary: string): Incident => ({
    id,
    sheetRow: Number(id.slice(-1)) + 1,
    reportedAt: new Date('2026-11-24T09:00:00+09:00'),
    level,
    status: 'open',
    summary,
    category: undefined,
    ownerEmail: undefined,
    managerEmails: [],
    acknowledged: false,
    holdSince: null,
    holdMinutes: 0,
    resolvedAt: null,
    records: [],
  });
  const a = incident('INC-0001', 'veryHigh', '大口解約 <b>');
  const b = incident('INC-0002', 'high', '納期遅延');
  const notices = ['ja@example.com', 'EN@example.com'].flatMap((recipient): Notice[] => [
    { incident: a, key: 'respond3', stage: 3, recipient, deadline: new Date('2026-11-24T09:00:00+09:00') },
    { incident: b, key: 'respond2', stage: 2, recipient, deadline: new Date('2026-11-24T13:00:00+09:00') },
  ]);
  const ctx = {
    lang: 'ja' as const,
    languages: { 'en@example.com': 'en' as const },
    timeZone: 'Asia/Tokyo',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/X/edit',
    sheetGid: 7,
    now: new Date('2026-11-24T15:30:00+09:00'),
  };
  const [ja, en] = composeDigests(notices, ctx)
    .sort((x, y) => x.recipient.localeCompare(y.recipient))
    .reverse();

  it('gives the unlisted recipient the spreadsheet language', () => {
    expect(ja?.recipient).toBe('ja@example.com');
    expect(ja?.subject).toBe('【エスカレーション】非常に高リスク 1件・高リスク 1件');
    expect(ja?.text).toContain('リスクレベル: 非常に高リスク');
    expect(ja?.text).toContain('段階: 第3段階');
    expect(ja?.text).toContain('お願いしたいこと: 即座にエスカレーションが必要');
    expect(ja?.text).toContain('期限: 2026-11-24 13:00 (2時間30分超過)');
  });

  it('gives the listed recipient English throughout, addresses compared without case', () => {
    expect(en?.recipient).toBe('EN@example.com');
    expect(en?.subject).toBe('[Escalation] Very high 1, High 1');
    for (const line of [
      'Risk level: Very high',
      'Stage: Stage 3',
      'What is asked of you: Escalate immediately',
      'Deadline: Tue 24 Nov 2026, 13:00 (2 h 30 min overdue)',
      'Why: Not acknowledged by its respond-by time',
      'Open the row: https://',
    ]) {
      expect(en?.text).toContain(line);
    }
    // Only the summaries people typed are Japanese.
    expect(en?.text.replace(/^Summary: .*$/gm, '')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(en?.html).toContain('<th align="left">What is asked of you</th>');
    expect(en?.html).toContain('大口解約 &#60;b&#62;');
  });
});

describe('recipientLang', () => {
  it('reads only the addresses the table holds, never an object built-in', () => {
    const table = { 'boss@example.com': 'en' } as const;
    expect(recipientLang('Boss@example.com', table, 'ja')).toBe('en');
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(recipientLang(key, table, 'ja')).toBe('ja');
      expect(parseLanguage(key)).toBeUndefined();
    }
  });
});
