// Follow-up items joined to the digests: a recipient who already has incident notices gets them in
// the same email, after the notices; one who has only follow-ups gets a digest of their own, ranked
// after every digest with a notice in it when the quota is short (prioritiseDigests).
import { RISK_LEVELS, severityRank } from '../risk-levels';
import { type DigestDraft, fairly } from './digest';
import { type FollowUpItem, followUpOrder } from './follow-up-items';

export function withFollowUps(drafts: readonly DigestDraft[], items: readonly FollowUpItem[]): DigestDraft[] {
  if (items.length === 0) return [...drafts];
  const byRecipient = new Map<string, FollowUpItem[]>();
  for (const item of items) {
    const key = item.recipient.toLowerCase();
    const list = byRecipient.get(key);
    if (list) list.push(item);
    else byRecipient.set(key, [item]);
  }
  const out = drafts.map((draft) => {
    const own = byRecipient.get(draft.recipient.toLowerCase());
    if (!own) return draft;
    byRecipient.delete(draft.recipient.toLowerCase());
    return { ...draft, followUps: followUpOrder(own) };
  });
  for (const list of byRecipient.values()) {
    const sorted = followUpOrder(list);
    const first = sorted[0] as FollowUpItem;
    let lastTold = -Infinity;
    let waitingSince = Infinity;
    for (const item of sorted) {
      if (item.lastTold && item.lastTold.getTime() > lastTold) lastTold = item.lastTold.getTime();
      if (item.deadline.getTime() < waitingSince) waitingSince = item.deadline.getTime();
    }
    out.push({
      recipient: first.recipient,
      notices: [],
      // After every level of incident notice, then by the worst incident the items concern.
      worst: RISK_LEVELS.length + severityRank(first.incident.level),
      lastTold,
      waitingSince,
      followUps: sorted,
    });
  }
  return out.sort(fairly);
}
