// The log rows and delivered notices of a run: a row per email and stage listing the incidents it
// told of, emails in the order they went out; the notices sent, by plan row.
import { describe, expect, it } from 'vitest';
import type { Notice, NoticeSubject } from '../../../src/domain/escalation/decide';
import type { Digest } from '../../../src/domain/notices/digest';
import type { NoticeKey } from '../../../src/domain/escalation/notification-records';
import type { FollowUpItem } from '../../../src/domain/notices/follow-up-items';
import {
  type Delivery,
  type DeliveryResult,
  deliveredByRow,
  includesNotice,
  LOG_ID_CHARS,
  logRows,
} from '../../../src/domain/sweep/sweep-log';

const NOW = new Date('2026-11-30T01:10:00Z');
const SENT: DeliveryResult = { kind: 'sent' };
const DEFERRED: DeliveryResult = { kind: 'deferred', reason: 'quota' };
const STAGE: Record<NoticeKey, 1 | 2 | 3> = {
  warnRespond: 1,
  warnResolve: 1,
  respond2: 2,
  respond3: 3,
  resolve1: 1,
  resolve2: 2,
  resolve3: 3,
  raised2: 2,
  raised3: 3,
};

const subjects = new Map<number, NoticeSubject>();
/** Plan row r is sheet row r + 2, with ID INC-r. */
function subject(row: number): NoticeSubject {
  let s = subjects.get(row);
  if (!s) subjects.set(row, (s = { id: `INC-${row}`, sheetRow: row + 2, level: 'high', summary: 's' }));
  return s;
}

function notice(row: number, key: NoticeKey, recipient: string): Notice {
  return { incident: subject(row), key, stage: STAGE[key], recipient, deadline: NOW };
}

function delivery(result: DeliveryResult, ...notices: Notice[]): Delivery {
  const digest: Digest = {
    recipient: notices[0]?.recipient ?? '',
    subject: '',
    text: '',
    html: '',
    notices,
    worst: 0,
    lastTold: -Infinity,
    waitingSince: 0,
  };
  return { digest, result };
}

/** Which outcome a log row's text tells, in English. */
const kindOf = (text: unknown) =>
  text === 'Sent'
    ? 'sent'
    : String(text).startsWith('Not sent')
      ? 'deferred'
      : String(text).startsWith('Error: ')
        ? 'failed'
        : text;

/** [IDs, stage, recipient, result] of each log row. */
function logged(deliveries: Delivery[]): unknown[][] {
  return logRows(deliveries, NOW, 'en').map(([time, ...rest]) => {
    expect(time).toBe(NOW);
    return rest;
  });
}

describe('logRows', () => {
  it('gives each email a row, listing the incidents it told of', () => {
    expect(
      logged([
        delivery(SENT, notice(0, 'respond2', 'a@x'), notice(1, 'resolve2', 'a@x')),
        delivery(SENT, notice(1, 'resolve2', 'b@x')),
      ]),
    ).toEqual([
      ['INC-0, INC-1', 'Stage 2', 'a@x', 'Sent'],
      ['INC-1', 'Stage 2', 'b@x', 'Sent'],
    ]);
  });

  it('splits an email by stage, in the order its notices come, and names an incident once per row', () => {
    const rows = logged([
      delivery(
        SENT,
        notice(5, 'respond3', 'a@x'),
        notice(3, 'respond2', 'a@x'),
        notice(4, 'resolve3', 'a@x'),
        notice(2, 'warnRespond', 'a@x'),
        notice(2, 'resolve1', 'a@x'),
      ),
    ]);
    expect(rows).toEqual([
      ['INC-5, INC-4', 'Stage 3', 'a@x', 'Sent'],
      ['INC-3', 'Stage 2', 'a@x', 'Sent'],
      ['INC-2', 'Stage 1', 'a@x', 'Sent'],
    ]);
  });

  it('tells each outcome in its own words', () => {
    const rows = logged([
      delivery(DEFERRED, notice(2, 'warnRespond', 'b@x')),
      delivery({ kind: 'failed', error: 'bad address' }, notice(2, 'resolve1', 'c@x')),
      delivery({ kind: 'deferred', reason: 'time' }, notice(3, 'respond2', 'd@x')),
    ]);
    expect(rows.map(([ids, , to, result]) => [ids, to, kindOf(result)])).toEqual([
      ['INC-2', 'b@x', 'deferred'],
      ['INC-2', 'c@x', 'failed'],
      ['INC-3', 'd@x', 'deferred'],
    ]);
    expect(rows[1]?.[3]).toBe('Error: bad address');
  });

  it('logs nothing for a run that delivered nothing', () => {
    expect(logRows([], NOW, 'ja')).toEqual([]);
  });

  it("logs an email's follow-up items in a row of their own, after its stages, each incident once", () => {
    const item = (row: number, kind: FollowUpItem['kind']): FollowUpItem => ({
      kind,
      recipient: 'a@x',
      incident: subject(row),
      deadline: NOW,
    });
    const withItems = (d: Delivery, ...items: FollowUpItem[]): Delivery => ({
      ...d,
      digest: { ...d.digest, recipient: 'a@x', followUps: items },
    });
    expect(
      logged([
        withItems(delivery(SENT, notice(1, 'respond2', 'a@x')), item(7, 'overdue'), item(8, 'effect'), item(7, 'warn')),
        withItems(delivery(DEFERRED), item(9, 'retrospective')),
      ]).map(([ids, stage, to, result]) => [ids, stage, to, kindOf(result)]),
    ).toEqual([
      ['INC-1', 'Stage 2', 'a@x', 'sent'],
      ['INC-7, INC-8', 'Follow-up', 'a@x', 'sent'],
      ['INC-9', 'Follow-up', 'a@x', 'deferred'],
    ]);
  });

  it("continues a long list in the next row, each cell within Sheets' 50,000 characters", () => {
    const count = 12_000;
    const many = Array.from({ length: count }, (_, i) => notice(i, 'respond2', 'boss@x'));
    const rows = logged([delivery(SENT, ...many)]);
    expect(rows.length).toBeGreaterThan(1);
    for (const [ids] of rows) expect(String(ids).length).toBeLessThanOrEqual(LOG_ID_CHARS);
    const listed = rows.flatMap(([ids]) => String(ids).split(', '));
    expect(listed).toEqual(many.map((n) => n.incident.id));
  });

  it('agrees with grouping by (email, stage) over many shuffled notices', () => {
    const keys: NoticeKey[] = ['warnRespond', 'resolve1', 'respond2', 'resolve3'];
    const results: DeliveryResult[] = [SENT, DEFERRED, { kind: 'failed', error: 'x' }];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const deliveries = Array.from({ length: 40 }, (_, d) => {
      const notices = Array.from({ length: next(6) }, () =>
        notice(next(30), keys[next(keys.length)] as NoticeKey, `r${d}@x`),
      );
      return delivery(results[next(results.length)] as DeliveryResult, ...notices);
    });
    const expected: unknown[][] = [];
    for (const { digest, result } of deliveries) {
      const groups = new Map<number, string[]>();
      for (const n of digest.notices) {
        const ids = groups.get(n.stage) ?? [];
        if (!ids.includes(n.incident.id)) ids.push(n.incident.id);
        groups.set(n.stage, ids);
      }
      for (const [stage, ids] of groups)
        expected.push([ids.join(', '), `Stage ${stage}`, digest.recipient, result.kind]);
    }
    expect(logged(deliveries).map(([ids, stage, to, result]) => [ids, stage, to, kindOf(result)])).toEqual(expected);
  });
});

describe('deliveredByRow', () => {
  it('holds the sent notices by plan row, none for deferred or failed ones', () => {
    const a = notice(0, 'respond2', 'a@x');
    const b = notice(0, 'respond3', 'a@x');
    const c = notice(2, 'respond2', 'c@x');
    const d = notice(1, 'respond2', 'd@x');
    const delivered = deliveredByRow([delivery(SENT, a, c), delivery(SENT, b), delivery(DEFERRED, d)], 3);
    expect(delivered).toHaveLength(3);
    expect([a, b].every((n) => includesNotice(delivered[0], n))).toBe(true);
    expect(delivered[1]).toBeUndefined();
    expect(delivered[2]).toBe(c);
    expect(includesNotice(delivered[2], d)).toBe(false);
  });
});
