// One measure as the measures sheet is read into, for unit tests: an interim measure in progress,
// with whatever a test changes.
import type { Measure } from '../../src/domain/measures/measure-row';

export function measureFixture(overrides: Partial<Measure> = {}): Measure {
  return {
    sheetRow: 2,
    incidentId: 'INC-0001',
    measure: '代替品の手配',
    kind: 'interim',
    owner: '',
    dueAt: null,
    status: 'doing',
    doneAt: null,
    effectResult: '',
    effectCheckedAt: null,
    effectCheckedBy: '',
    notifications: '',
    unreadable: [],
    ...overrides,
  };
}
