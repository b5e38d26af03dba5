/** Snapshots to store in tests: valid records built from a few fields. */
import type { EmployeeRecord } from '../../src/core/model.js';
import type { Snapshot } from '../../src/core/snapshot.js';

export function record(id: number, overrides: Partial<EmployeeRecord> = {}): EmployeeRecord {
  return {
    provider: 'personio', hrisId: String(id), employeeNumber: `E${id}`, firstName: `First${id}`, lastName: `Last${id}`, preferredName: null,
    workEmail: `p${id}@example.com`, personalEmail: null, birthDate: null, startDate: '2024-01-01', terminationDate: null, status: 'active',
    jobTitle: 'Engineer', department: 'R&D', team: null, office: 'Berlin', managerId: null, mobilePhone: null,
    payRate: { amount: 5000, currency: 'EUR', period: 'month' }, employmentType: 'full-time', gender: null, costCenter: null,
    fields: { email: `p${id}@example.com`, department: 'R&D' }, issues: [],
    ...overrides,
  };
}

export function snapshot(id: string, records: EmployeeRecord[], extra: Partial<Snapshot> = {}): Snapshot {
  return {
    id, tenant: 'acme', connectionId: 'conn-1', provider: 'personio', retrievedAt: '2026-01-15T09:00:00.000Z',
    outcome: { status: 'COMPLETE', reasons: [], pages: 1, retries: 0, durationMs: 12 },
    recordCount: records.length, records, quarantine: [],
    catalog: [{ id: 'email', label: 'Email', type: 'email', endpoint: 'GET /v1/company/employees', sensitivity: 'standard', custom: false }],
    readable: ['email'], dropped: { count: 0, fields: [] },
    ...extra,
  };
}

export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

let counter = 0;
/** A database name no other test uses. */
export const uniqueName = (): string => `hris-kit-test-${Date.now()}-${++counter}`;
