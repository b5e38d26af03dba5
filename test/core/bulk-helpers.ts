/** Shared builders for the bulk identifier tests. */
import type { BulkRowReport } from '../../src/core/bulk.js';
import type { HostRecord } from '../../src/core/host.js';
import type { EmployeeRecord } from '../../src/core/model.js';

export function employee(hrisId: string, core: Partial<EmployeeRecord> = {}): EmployeeRecord {
  return {
    provider: 'personio', hrisId, employeeNumber: null, firstName: null, lastName: null, preferredName: null,
    workEmail: null, personalEmail: null, birthDate: null, startDate: null, terminationDate: null, status: 'active',
    jobTitle: null, department: null, team: null, office: null, managerId: null, mobilePhone: null, payRate: null,
    employmentType: null, gender: null, costCenter: null, fields: {}, issues: [], ...core,
  };
}

export function host(id: string, values: HostRecord['values'] = {}): HostRecord {
  return { id, hrisId: null, values };
}

/** A row report as a compact tuple: [row, outcome, hostId, identifier, hrisId, reason code]. */
export function compact(row: BulkRowReport): [number, string, string | null, string | null, string | null, string | null] {
  return [row.row, row.outcome, row.hostId, row.identifier, row.hrisId, row.reason?.code ?? null];
}

export async function fixtureBytes(name: string): Promise<Uint8Array> {
  const response = await fetch(`/test/fixtures/bulk/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Deterministic bytes that are no file format (a linear congruential sequence). */
export function noiseBytes(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
