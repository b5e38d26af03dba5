// The headless core in Node, imported by package name from the build
// (`npm run build` first; `npm test` builds before the Node tests): a real
// Personio page → normalize → validate the config → plan → apply → re-plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  applyPlanToRecords, defaultSyncConfig, loadPhoneValidator, normalize, planSync, presets, selectFromPlan, validateConfig,
} from 'hris-kit/core';

const page = JSON.parse(readFileSync(new URL('../fixtures/personio/employees-list.json', import.meta.url), 'utf8'));
const TODAY = '2025-06-15';
const { records, catalog, readable } = normalize('personio', { employees: page.data }, { now: new Date(`${TODAY}T12:00:00Z`) });

test('plans the Personio sample into the employee directory preset, Engagedly fields included', () => {
  const config = defaultSyncConfig('directory', catalog);
  const checked = validateConfig(config, catalog, presets.directory.schema, { readable });
  assert.equal(checked.ok, true);
  assert.deepEqual(checked.issues, []);

  const plan = planSync(records, [], checked.value, { today: TODAY });
  assert.deepEqual(plan.totals, { pulled: 1, matching: 1, hostRecords: 0 });
  assert.equal(plan.create.length, 1);
  assert.deepEqual(Object.fromEntries(plan.create[0].changes.map((c) => [c.field, c.after])), {
    firstName: 'Alexander', lastName: 'Bergmann', email: 'alexander.bergmann@demo.email', gender: 'male', status: 'active',
    jobTitle: 'CTO', dateOfHire: '2014-11-09', location: 'Munich', department: 'Customer Support', businessUnit: 'Cost center 1',
    profilePicture: 'https://api.personio.de/v1/company/employees/1132888/profile-picture', employeeType: 'external', $hrisId: '1',
  });
});

test('matches an existing stakeholder by work email in another case, and a re-plan after applying changes nothing', async () => {
  const phone = await loadPhoneValidator();
  const defaults = defaultSyncConfig('stakeholder', catalog);
  const config = { ...defaults, mappings: [...defaults.mappings, { source: 'mobilePhone', target: 'mobilePhone' }] };
  const hosts = [{ id: 'sh-1', hrisId: null, values: { name: 'Alexander Bergmann', identifier: 'Alexander.Bergmann@demo.email', groupName: 'Support' } }];
  const plan = planSync(records, hosts, config, { today: TODAY, phone });
  assert.deepEqual(plan.update.map((e) => [e.hostId, e.matchedBy]), [['sh-1', 'identifier']]);
  assert.deepEqual(plan.update[0].changes, [
    { field: 'email', before: null, after: 'alexander.bergmann@demo.email' },
    { field: 'groupName', before: 'Support', after: 'Customer Support' },
    { field: 'startDate', before: null, after: '2014-11-09' },
    { field: 'employmentStatus', before: null, after: 'active' },
    { field: 'payRate', before: null, after: 3000 },
    { field: 'payPeriod', before: null, after: 'month' },
    { field: 'payCurrency', before: null, after: 'EUR' },
    { field: 'employmentType', before: null, after: 'external' },
    { field: 'team', before: null, after: 'T_X' },
    { field: '$hrisId', before: null, after: '1' },
  ]);
  const again = planSync(records, applyPlanToRecords(hosts, plan), config, { today: TODAY, phone });
  assert.deepEqual([again.create.length, again.update.length, again.unchanged.length], [0, 0, 1]);
  assert.equal(again.unchanged[0].matchedBy, 'hrisId');
});

test('a "Sync if" rule excludes with its index, and the IBAN in the raw data never reaches a plan', () => {
  const config = { ...defaultSyncConfig('stakeholder'), conditions: [{ field: 'department', operator: 'is', values: ['Sales'] }] };
  const plan = planSync(records, [], config, { today: TODAY });
  assert.deepEqual(plan.excluded.map((e) => [e.hrisId, e.excludedBy]), [['1', 0]]);
  const full = planSync(records, [], defaultSyncConfig('stakeholder'), { today: TODAY });
  const text = JSON.stringify([plan, full, selectFromPlan(full, ['1'])]);
  assert.equal(text.includes('DE98 8989'), false);
  assert.equal(text.includes('IBAN'), false);
});
