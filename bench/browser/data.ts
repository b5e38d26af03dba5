/**
 * Bench data in the page: real canonical records (the mock Personio
 * population through the Personio provider's `normalize`), repeated with
 * fresh ids, emails and names up to the size asked for, so that 100,000
 * realistic records take seconds to build rather than a full mock run.
 */
import { getProvider, normalize, type EmployeeRecord, type FieldDef } from '../../src/core/index.js';
import { createMockVendors } from '../../src/testing/index.js';

export const TODAY = '2026-01-15';
const TEMPLATE_SIZE = 2000;

async function templateRecords(): Promise<{ records: EmployeeRecord[]; catalog: FieldDef[]; readable: string[] }> {
  const mocks = createMockVendors({ seed: 5, size: TEMPLATE_SIZE, today: TODAY });
  const c = mocks.credentials.personio.valid;
  const auth = await mocks.fetch('https://api.personio.de/v1/auth', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: c['clientId'], client_secret: c['clientSecret'] }),
  });
  const token = ((await auth.json()) as { data: { token: string } }).data.token;
  const spec = getProvider('personio').resources[0]!;
  const items: unknown[] = [];
  for (let offset = 0; offset < TEMPLATE_SIZE; offset += 100) {
    const response = await mocks.fetch(`https://api.personio.de/v1/company/employees?limit=100&offset=${offset}`, { headers: { authorization: `Bearer ${token}` } });
    const page = spec.extract(await response.json());
    if (!page.ok) throw new Error('bench data: a Personio page did not extract');
    items.push(...page.value.items);
  }
  const result = normalize('personio', { employees: items }, { now: new Date(`${TODAY}T09:00:00Z`) });
  return { records: result.records, catalog: result.catalog, readable: [...result.readable] };
}

/** `size` distinct records shaped like the mock population's. */
export async function benchRecords(size: number): Promise<{ records: EmployeeRecord[]; catalog: FieldDef[]; readable: string[] }> {
  const template = await templateRecords();
  const records: EmployeeRecord[] = [];
  for (let i = 0; i < size; i += 1) {
    const base = template.records[i % template.records.length]!;
    const round = Math.floor(i / template.records.length);
    if (round === 0) {
      records.push(base);
      continue;
    }
    const email = base.workEmail ? base.workEmail.replace('@', `.${round}@`) : null;
    records.push({
      ...base,
      hrisId: `${base.hrisId}-${round}`,
      employeeNumber: base.employeeNumber ? `${base.employeeNumber}-${round}` : null,
      lastName: base.lastName ? `${base.lastName} ${round}` : null,
      workEmail: email,
      fields: 'email' in base.fields ? { ...base.fields, email } : { ...base.fields },
      issues: [...base.issues],
    });
  }
  return { records, catalog: template.catalog, readable: template.readable };
}
