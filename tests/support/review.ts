// Shared by the review's tests: the Tokyo business calendar, a time on its clock, and an incident
// as the review reads it with only what a test sets.
import { createCalendar } from '../../src/domain/calendar/business-calendar';
import type { ReviewIncident } from '../../src/domain/review/review-input';

export const tokyo = createCalendar({
  timeZone: 'Asia/Tokyo',
  startMinute: 540,
  endMinute: 1080,
  workdays: [1, 2, 3, 4, 5],
  nationalHolidays: true,
  companyDaysOff: [],
});

/** '2026-11-24T10:00' on the Tokyo clock. */
export const jst = (text: string) => new Date(`${text}:00+09:00`);

/** A high-risk incident in progress, operational, with nothing else known unless given. */
export function reviewIncident(id: string, fields: Partial<ReviewIncident>): ReviewIncident {
  return {
    id,
    level: 'high',
    impact: 'high',
    urgency: 'medium',
    status: 'inProgress',
    category: 'operational',
    customer: '',
    summary: '',
    acknowledged: false,
    occurredAt: null,
    reportedAt: null,
    respondBy: null,
    resolveBy: null,
    resolvedAt: null,
    ...fields,
  };
}
