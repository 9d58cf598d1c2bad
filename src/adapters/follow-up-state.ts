// What the follow-up run keeps between runs, in one document property (split over parts by
// large-property.ts when it grows): when reporters were last told, who is still owed, and the
// retrospective reminders per incident. Written in the same phase as the run's log, before the send
// journal is cleared: a run cut off after sending is replayed from its journal (escalation-sweep.ts
// recordLeftJournal) and writes the same state, so a report's news is neither lost nor told twice.
import { EMPTY_FOLLOW_UP_STATE, type FollowUpState } from '../domain/sweep/follow-up-plan';
import type { Properties } from './escalation-services';
import { readLargeProperty, writeLargeProperty } from './large-property';

const KEY = 'escalationFollowUp';

export function readFollowUpState(props: Properties): FollowUpState {
  const text = readLargeProperty(props, KEY);
  if (!text) return EMPTY_FOLLOW_UP_STATE;
  try {
    const saved = JSON.parse(text) as Partial<FollowUpState>;
    return {
      feedbackSince: typeof saved.feedbackSince === 'number' ? saved.feedbackSince : null,
      owed: saved.owed && typeof saved.owed === 'object' ? saved.owed : {},
      retrospectives: saved.retrospectives && typeof saved.retrospectives === 'object' ? saved.retrospectives : {},
    };
  } catch {
    // A damaged value: start again from now (nothing told twice; at worst news since the damage is missed).
    return EMPTY_FOLLOW_UP_STATE;
  }
}

/** Written only when it changed: most hours the same state is kept. */
export function writeFollowUpState(props: Properties, before: FollowUpState, after: FollowUpState): void {
  const text = JSON.stringify(after);
  if (text !== JSON.stringify(before)) writeLargeProperty(props, KEY, text);
}
