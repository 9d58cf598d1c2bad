// Digests: one per recipient, worst first, the article's subject style, escaped user text, the row link.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/domain/escalation/decide';
import { composeDigests, prioritiseDigests } from '../../../src/domain/escalation/digest';
import type { Incident } from '../../../src/domain/escalation/incident-row';
import type { RiskLevel } from '../../../src/domain/risk-levels';

const ctx = { lang: 'ja' as const, timeZone: 'Asia/Tokyo', spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/X/edit', sheetGid: 42, now: new Date('2026-11-24T15:30:00+09:00') };

function notice(id: string, level: RiskLevel, recipient: string, summary = 'summary'): Notice {
  const incident: Incident = {
    id, sheetRow: Number(id.slice(-1)) + 1, reportedAt: new Date('2026-11-24T09:00:00+09:00'), level, status: 'open', summary,
    category: undefined, ownerEmail: undefined, managerEmails: [], acknowledged: false, holdSince: null, holdMinutes: 0, resolvedAt: null, records: [],
  };
  const key = level === 'veryHigh' ? 'respond3' : 'respond2';
  return { incident, key, stage: level === 'veryHigh' ? 3 : 2, recipient, deadline: new Date('2026-11-24T13:00:00+09:00') };
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

describe('prioritiseDigests', () => {
  it('sends the most severe digests within the quota and defers the rest', () => {
    const digests = composeDigests([notice('INC-0001', 'high', 'a@example.com'), notice('INC-0002', 'veryHigh', 'b@example.com')], ctx);
    const { send, deferred } = prioritiseDigests(digests, 1);
    expect(send.map((d) => d.recipient)).toEqual(['b@example.com']);
    expect(deferred.map((d) => d.recipient)).toEqual(['a@example.com']);
    expect(prioritiseDigests(digests, 0).send).toEqual([]);
  });
});
