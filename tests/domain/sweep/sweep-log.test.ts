// The log rows and delivered notices of a run: recipients grouped per incident, notice kind and
// outcome, rows in the order of their first notice, whatever path a row takes to get there.
import { describe, expect, it } from 'vitest';
import type { Notice, NoticeSubject } from '../../../src/domain/escalation/decide';
import type { Digest } from '../../../src/domain/notices/digest';
import type { NoticeKey } from '../../../src/domain/escalation/notification-records';
import {
  type Delivery,
  type DeliveryResult,
  deliveredByRow,
  includesNotice,
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

/** [ID, stage, recipients, result] of each log row. */
function logged(deliveries: Delivery[], rowCount = 10): unknown[][] {
  return logRows(deliveries, NOW, 'en', rowCount).map(([time, ...rest]) => {
    expect(time).toBe(NOW);
    return rest;
  });
}

describe('logRows', () => {
  it('gives a notice alone on its incident a row of its own', () => {
    expect(
      logged([delivery(SENT, notice(0, 'respond2', 'a@x')), delivery(SENT, notice(1, 'resolve3', 'b@x'))]),
    ).toEqual([
      ['INC-0', 'Stage 2', 'a@x', 'Sent'],
      ['INC-1', 'Stage 3', 'b@x', 'Sent'],
    ]);
  });

  it('joins the recipients of one notice kind and outcome, across digests, in the row of the first', () => {
    const rows = logged([
      delivery(SENT, notice(3, 'respond2', 'a@x'), notice(4, 'respond2', 'a@x')),
      delivery(SENT, notice(5, 'respond3', 'b@x'), notice(3, 'respond2', 'b@x')),
      delivery(SENT, notice(3, 'respond2', 'c@x')),
    ]);
    expect(rows).toEqual([
      ['INC-3', 'Stage 2', 'a@x, b@x, c@x', 'Sent'],
      ['INC-4', 'Stage 2', 'a@x', 'Sent'],
      ['INC-5', 'Stage 3', 'b@x', 'Sent'],
    ]);
  });

  it('keeps apart the kinds of one incident, even of one stage, and the outcomes of one kind', () => {
    const rows = logged([
      delivery(SENT, notice(2, 'warnRespond', 'a@x'), notice(2, 'resolve1', 'a@x')),
      delivery(DEFERRED, notice(2, 'warnRespond', 'b@x')),
      delivery({ kind: 'failed', error: 'bad address' }, notice(2, 'resolve1', 'c@x')),
      delivery(DEFERRED, notice(2, 'warnRespond', 'd@x'), notice(2, 'resolve1', 'd@x')),
      delivery(SENT, notice(2, 'resolve1', 'e@x')),
    ]);
    expect(rows.map(([, stage, to, result]) => [stage, to, kindOf(result)])).toEqual([
      ['Stage 1', 'a@x', 'sent'],
      ['Stage 1', 'a@x, e@x', 'sent'],
      ['Stage 1', 'b@x, d@x', 'deferred'],
      ['Stage 1', 'c@x', 'failed'],
      ['Stage 1', 'd@x', 'deferred'],
    ]);
  });

  it('logs nothing for a run that delivered nothing', () => {
    expect(logRows([], NOW, 'ja', 5)).toEqual([]);
  });

  it('agrees with grouping by (incident, kind, outcome) over many shuffled notices', () => {
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
    const expected = new Map<string, unknown[]>();
    for (const { digest, result } of deliveries) {
      for (const n of digest.notices) {
        const group = `${n.incident.id} ${n.key} ${result.kind}`;
        const row = expected.get(group);
        if (row) row[2] = `${String(row[2])}, ${n.recipient}`;
        else expected.set(group, [n.incident.id, `Stage ${n.stage}`, n.recipient, result.kind]);
      }
    }
    expect(logged(deliveries, 30).map(([id, stage, to, result]) => [id, stage, to, kindOf(result)])).toEqual([
      ...expected.values(),
    ]);
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
