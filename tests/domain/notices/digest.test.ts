// Digests: one per recipient, worst first, the article's subject style, escaped user text, the row link.
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../src/domain/measures/measure-row';
import { openMeasureLines } from '../../../src/domain/notices/open-measures';
import type { Notice } from '../../../src/domain/escalation/decide';
import {
  DIGEST_BYTE_LIMIT,
  SUMMARY_CHARS,
  composeDigests,
  prioritiseDigests,
} from '../../../src/domain/notices/digest';
import { utf8Bytes } from '../../../src/domain/text';
import type { Incident } from '../../../src/domain/escalation/incident';
import type { RiskLevel } from '../../../src/domain/risk-levels';
import { measureFixture } from '../../support/measure';

const ctx = {
  lang: 'ja' as const,
  timeZone: 'Asia/Tokyo',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/X/edit',
  sheetGid: 42,
  now: new Date('2026-11-24T15:30:00+09:00'),
};

function notice(id: string, level: RiskLevel, recipient: string, summary = 'summary'): Notice {
  const incident: Incident = {
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
  };
  const key = level === 'veryHigh' ? 'respond3' : 'respond2';
  return {
    incident,
    key,
    stage: level === 'veryHigh' ? 3 : 2,
    recipient,
    deadline: new Date('2026-11-24T13:00:00+09:00'),
  };
}

describe('composeDigests', () => {
  const notices = [
    notice('INC-0002', 'high', 'boss@example.com'),
    notice('INC-0001', 'veryHigh', 'boss@example.com', '<script>alert("x")</script> & 顧客A'),
    notice('INC-0003', 'high', 'Boss@Example.com'),
    notice('INC-0001', 'veryHigh', 'exec@example.com'),
  ];
  const digests = composeDigests(notices, ctx);

  it('makes one digest per recipient, addresses compared without case', () => {
    expect(digests.map((d) => d.recipient)).toEqual(['boss@example.com', 'exec@example.com']);
  });
  it('counts per level in the subject, worst first', () => {
    expect(digests[0]?.subject).toBe('【エスカレーション】非常に高リスク 1件・高リスク 2件');
    expect(digests[1]?.subject).toBe('【エスカレーション】非常に高リスク 1件');
  });
  it('lists items worst first with what is asked and how late, and links to the row', () => {
    const text = digests[0]?.text ?? '';
    expect(text.indexOf('INC-0001')).toBeLessThan(text.indexOf('INC-0002'));
    expect(text).toContain('即座にエスカレーションが必要');
    expect(text).toContain('2026-11-24 13:00 (2時間30分超過)');
    expect(text).toContain('https://docs.google.com/spreadsheets/d/X/edit#gid=42&range=A2');
  });
  it('escapes user text in the HTML', () => {
    const html = digests[0]?.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; 顧客A');
  });
  it('writes English digests for English spreadsheets', () => {
    const [en] = composeDigests([notice('INC-0002', 'high', 'a@example.com')], { ...ctx, lang: 'en' });
    expect(en?.subject).toBe('[Escalation] High 1');
    expect(en?.text).toContain('2 h 30 min overdue');
  });
});

describe('composeDigests with many tied items', () => {
  // 120 notices for one recipient in 6 levels × stages and 2 deadlines, IDs out of order, and an
  // incident listed twice: the order is worst level, highest stage, earliest deadline, ID, as given.
  const levels: RiskLevel[] = ['low', 'high', 'veryHigh', 'medium'];
  const early = new Date('2026-11-24T11:00:00+09:00');
  const late = new Date('2026-11-24T13:00:00+09:00');
  const many: Notice[] = Array.from({ length: 120 }, (_, i) => {
    const base = notice(
      `INC-${String((i * 37) % 101).padStart(4, '0')}`,
      levels[i % 4] as RiskLevel,
      'boss@example.com',
    );
    return { ...base, stage: ((i % 3) + 1) as 1 | 2 | 3, deadline: i % 5 === 0 ? early : late };
  });
  const rank = (n: Notice) => ['veryHigh', 'high', 'medium', 'low'].indexOf(n.incident.level);
  const expected = many
    .map((n, given) => ({ n, given }))
    .sort(
      (a, b) =>
        rank(a.n) - rank(b.n) ||
        b.n.stage - a.n.stage ||
        a.n.deadline.getTime() - b.n.deadline.getTime() ||
        (a.n.incident.id < b.n.incident.id ? -1 : a.n.incident.id > b.n.incident.id ? 1 : 0) ||
        a.given - b.given,
    )
    .map(({ n }) => n);

  it('sorts ties by ID and then as given, whatever the spread of deadlines', () => {
    expect(composeDigests(many, ctx)[0]?.notices).toEqual(expected);
    expect(composeDigests(many, ctx)[0]?.notices.every((n, i) => n === expected[i])).toBe(true);
    // Deadlines 3,000 years apart cannot share one exact sort number with the position: same order.
    const far = many.map((n, i) => (i % 7 === 0 ? { ...n, deadline: new Date(Date.UTC(4900, 0, 1)) } : n));
    const farExpected = [...expected].sort((a, b) => rank(a) - rank(b) || b.stage - a.stage);
    const farDigest = composeDigests(far, ctx)[0];
    expect(farDigest?.notices.map((n) => rank(n) * 10 - n.stage)).toEqual(
      farExpected.map((n) => rank(n) * 10 - n.stage),
    );
    expect(farDigest?.notices.filter((n) => n.deadline.getUTCFullYear() === 4900)).toHaveLength(18);
  });
  it('lists the first 15 in full, counts the rest, and counts each incident once per level', () => {
    const [digest] = composeDigests(many, ctx);
    expect(digest?.text.split('\n\nリスクレベル: ')).toHaveLength(16);
    expect(
      digest?.text.endsWith(
        '\n\nほか105件はシートで確認してください: https://docs.google.com/spreadsheets/d/X/edit#gid=42',
      ),
    ).toBe(true);
    const distinct = (level: RiskLevel) =>
      new Set(many.filter((n) => n.incident.level === level).map((n) => n.incident.id)).size;
    expect(digest?.subject).toBe(
      `【エスカレーション】非常に高リスク ${distinct('veryHigh')}件・高リスク ${distinct('high')}件・中リスク ${distinct('medium')}件・低リスク ${distinct('low')}件`,
    );
    const twice = composeDigests([...many.slice(0, 2), many[0] as Notice], ctx)[0];
    expect(twice?.subject).toBe('【エスカレーション】高リスク 1件・低リスク 1件');
  });
  it('writes each item exactly so, in HTML and text', () => {
    const [digest] = composeDigests([notice('INC-0007', 'veryHigh', 'a@example.com', 'A & <B>')], {
      ...ctx,
      spreadsheetUrl: 'https://x/?a=1&b=2#gid=0',
    });
    expect(digest?.html).toBe(
      '<p>対応が必要なインシデントがあります（リスクの高い順）。</p><table>' +
        '<tr><th align="left">リスクレベル</th><td>非常に高リスク</td></tr><tr><th align="left">ID</th><td>INC-0007</td></tr>' +
        '<tr><th align="left">問題の概要</th><td>A &#38; &#60;B&#62;</td></tr><tr><th align="left">段階</th><td>第3段階</td></tr>' +
        '<tr><th align="left">理由</th><td>初動期限を過ぎても確認されないため組織全体へ報告します（第3段階）</td></tr>' +
        '<tr><th align="left">期限</th><td>2026-11-24 13:00 (緊急報告（即時エスカレーション）)</td></tr>' +
        '<tr><th align="left">お願いしたいこと</th><td>即座にエスカレーションが必要。上位管理者に報告し、リソースを集中させて緩和策を迅速に講じる</td></tr>' +
        '</table><p><a href="https://x/?a=1&#38;b=2#gid=42&#38;range=A8">行を開く</a></p>',
    );
    expect(digest?.text).toBe(
      '対応が必要なインシデントがあります（リスクの高い順）。\n\nリスクレベル: 非常に高リスク\nID: INC-0007\n問題の概要: A & <B>' +
        '\n段階: 第3段階\n理由: 初動期限を過ぎても確認されないため組織全体へ報告します（第3段階）\n期限: 2026-11-24 13:00 (緊急報告（即時エスカレーション）)' +
        '\nお願いしたいこと: 即座にエスカレーションが必要。上位管理者に報告し、リソースを集中させて緩和策を迅速に講じる\n行を開く: https://x/?a=1&b=2#gid=42&range=A8',
    );
  });
});

describe('what a manager decides from', () => {
  const details = {
    actionsTaken: '代替品を提案したが<不可>',
    impact: '高',
    urgency: '高',
    assessment: '年間売上の15%',
    supportRequested: '部長から先方役員へ連絡',
    customer: '株式会社A',
    owner: '山田',
    reporter: 'yamada@example.com',
    instruction: '',
  };

  it('lists the report’s four points, who is involved and the latest direction, escaped and shortened', () => {
    const long = { ...details, instruction: `値引きの検討を許可。${'あ'.repeat(200)}` };
    const [digest] = composeDigests([notice('INC-0007', 'high', 'a@example.com')], {
      ...ctx,
      details: new Map([[8, long]]),
    });
    expect(digest?.text).toContain(
      '問題の概要: summary\n現場で行った対応: 代替品を提案したが<不可>\n影響度と緊急度の評価: 影響度 高・緊急度 高：年間売上の15%' +
        '\n求めるサポートと提案: 部長から先方役員へ連絡\n顧客・案件: 株式会社A\n担当者: 山田\n報告者: yamada@example.com' +
        '\n上位者の判断・指示（最新）: 値引きの検討を許可。',
    );
    expect(digest?.text).toContain('…\n段階:');
    expect(digest?.html).toContain('代替品を提案したが&#60;不可&#62;');
    expect(digest?.html).not.toContain('<不可>');
  });

  it('lists the incident’s open measures from the measures sheet', () => {
    const measure = (fields: Partial<Measure>): Measure =>
      measureFixture({
        incidentId: 'INC-0007',
        measure: '出荷前検査の見直し',
        kind: 'permanent',
        owner: 'suzuki@example.com',
        dueAt: new Date('2026-12-10T00:00:00+09:00'),
        ...fields,
      });
    const openMeasures = openMeasureLines(
      [measure({}), measure({ measure: '代替品の手配', status: 'done' }), measure({ incidentId: 'INC-0001' })],
      'ja',
      'Asia/Tokyo',
    );
    const [digest] = composeDigests([notice('INC-0007', 'high', 'a@example.com')], {
      ...ctx,
      details: new Map([[8, details]]),
      openMeasures,
    });
    expect(digest?.text).toContain('\n未完了の対策: 恒久対策: 出荷前検査の見直し（suzuki@example.com、2026-12-10）\n');
    expect(digest?.text).not.toContain('代替品の手配');
  });

  it('leaves out what the row does not hold, and writes English labels for an English reader', () => {
    const [digest] = composeDigests([notice('INC-0007', 'high', 'a@example.com')], {
      ...ctx,
      languages: { 'a@example.com': 'en' },
      details: new Map([[8, { ...details, customer: '', instruction: '' }]]),
    });
    expect(digest?.text).toContain('Impact and urgency: Impact 高, urgency 高: 年間売上の15%');
    expect(digest?.text).not.toContain('Customer or deal');
    expect(digest?.text).not.toContain('direction');
  });

  it('says when a stage raised by hand was raised, not how overdue it is', () => {
    const raised = { ...notice('INC-0007', 'high', 'a@example.com'), key: 'raised3' as const };
    expect(composeDigests([raised], ctx)[0]?.text).toContain('(この時刻に今すぐエスカレーションされました)');
  });

  it('calls a very-high incident’s first notice an emergency report, and its repeats overdue', () => {
    const first = notice('INC-0007', 'veryHigh', 'a@example.com');
    const repeat = { ...first, lastTold: new Date('2026-11-24T14:30:00+09:00') };
    expect(composeDigests([first], ctx)[0]?.text).toContain('(緊急報告（即時エスカレーション）)');
    expect(composeDigests([repeat], ctx)[0]?.text).toContain('(2時間30分超過)');
  });
});

describe('prioritiseDigests', () => {
  it('sends the most severe digests within the quota and defers the rest', () => {
    const digests = composeDigests(
      [notice('INC-0001', 'high', 'a@example.com'), notice('INC-0002', 'veryHigh', 'b@example.com')],
      ctx,
    );
    const { send, deferred } = prioritiseDigests(digests, 1);
    expect(send.map((d) => d.recipient)).toEqual(['b@example.com']);
    expect(deferred.map((d) => d.recipient)).toEqual(['a@example.com']);
    expect(prioritiseDigests(digests, 0).send).toEqual([]);
  });
});

describe('digest size', () => {
  it('counts UTF-8 bytes as Gmail does: 1 for ASCII, 3 for kana and kanji, 4 for a surrogate pair', () => {
    expect(utf8Bytes('INC-1')).toBe(5);
    expect(utf8Bytes('大口解約')).toBe(12);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('𠮷')).toBe(4);
    expect(utf8Bytes('a大𠮷')).toBe(Buffer.byteLength('a大𠮷'));
  });

  it('shortens long summaries with an ellipsis and stops listing before the byte limit', () => {
    const long = '重要顧客の発注キャンセル。'.repeat(400);
    const many = Array.from({ length: 50 }, (_, i) =>
      notice(`INC-${String(i + 1).padStart(4, '0')}`, 'high', 'a@example.com', long),
    );
    const [digest] = composeDigests(many, ctx);
    expect(digest?.text).toContain(`${long.slice(0, SUMMARY_CHARS - 1)}…`);
    expect(digest?.text).not.toContain(long.slice(0, SUMMARY_CHARS + 1));
    expect(utf8Bytes(digest?.html ?? '') + utf8Bytes(digest?.text ?? '')).toBeLessThan(DIGEST_BYTE_LIMIT + 5_000);
    expect(digest?.notices).toHaveLength(50); // all are still the digest's, counted in its subject
  });
});
