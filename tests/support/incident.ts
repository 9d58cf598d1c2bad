// One incident as the domain reads it, for unit tests: an open high-risk incident reported on a
// Tuesday morning in Tokyo, with whatever a test changes.
import type { Incident } from '../../src/domain/escalation/incident';

export function incidentFixture(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'INC-0001',
    sheetRow: 2,
    reportedAt: new Date('2026-11-24T09:00:00+09:00'),
    level: 'high',
    status: 'open',
    summary: 's',
    category: undefined,
    ownerEmail: 'owner@example.com',
    managerEmails: [],
    acknowledged: false,
    holdSince: null,
    holdMinutes: 0,
    resolvedAt: null,
    records: [],
    ...overrides,
  };
}
