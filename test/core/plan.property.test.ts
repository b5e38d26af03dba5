import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluateConditions } from '../../src/core/filters.js';
import { loadPhoneValidator, PHONE_ISSUE_CODES, type PhoneValidator } from '../../src/core/phone.js';
import { applyPlanToRecords, selectFromPlan } from '../../src/core/plan-apply.js';
import { PLAN_BUCKETS, PLAN_REASON_CODES, type SyncPlan } from '../../src/core/plan-types.js';
import { planSync } from '../../src/core/plan.js';
import { syncConfigSchema } from '../../src/core/config.js';
import { configArb, scenarioArb, SENSITIVE_MARKER, TODAY } from '../../src/testing/arbitraries.js';

const PRESETS = ['stakeholder', 'directory'] as const;
const RUNS = { numRuns: 150 };

function bucketOf(plan: SyncPlan): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const bucket of PLAN_BUCKETS) for (const e of plan[bucket]) seen.set(e.hrisId, [...(seen.get(e.hrisId) ?? []), bucket]);
  return seen;
}

describe('planSync properties', () => {
  let phone: PhoneValidator;
  before(async () => { phone = await loadPhoneValidator(); });

  for (const preset of PRESETS) {
    const scenario = fc.tuple(scenarioArb(preset), configArb(preset)).map(([s, config]) => ({ ...s, config }));

    it(`${preset}: planning twice gives equal plans, hash included`, () => {
      fc.assert(fc.property(scenario, ({ records, hosts, config }) => {
        const a = planSync(records, hosts, config, { phone, today: TODAY });
        const b = planSync(records, hosts, config, { phone, today: TODAY });
        expect(b).to.deep.equal(a);
      }), RUNS);
    });

    it(`${preset}: applying creates and updates then planning again gives zero creates and updates`, () => {
      fc.assert(fc.property(scenario, ({ records, hosts, config }) => {
        const first = planSync(records, hosts, config, { phone, today: TODAY });
        const applied = applyPlanToRecords(hosts, first);
        const second = planSync(records, applied, config, { phone, today: TODAY });
        expect(second.create, 'creates').to.deep.equal([]);
        expect(second.update, 'updates').to.deep.equal([]);
        expect(second.leavers.filter((e) => e.action !== 'none'), 'leaver actions').to.deep.equal([]);
        if (first.create.length + first.update.length > 0) expect(second.hash, 'host records changed').to.not.equal(first.hash);
      }), RUNS);
    });

    it(`${preset}: every record lands in exactly one bucket, buckets in input order`, () => {
      fc.assert(fc.property(scenario, ({ records, hosts, config }) => {
        const plan = planSync(records, hosts, config, { phone, today: TODAY });
        const buckets = bucketOf(plan);
        expect(buckets.size).to.equal(records.length);
        for (const [hrisId, list] of buckets) expect(list, hrisId).to.have.length(1);
        const known = new Set<string>([...PLAN_REASON_CODES, ...PHONE_ISSUE_CODES]);
        for (const bucket of PLAN_BUCKETS) for (const e of plan[bucket]) for (const i of [...e.reasons, ...e.warnings]) expect(known.has(i.code), i.code).to.equal(true);
        const index = new Map(records.map((r, i) => [r.hrisId, i]));
        for (const bucket of PLAN_BUCKETS) {
          const order = plan[bucket].map((e) => index.get(e.hrisId)!);
          expect(order, `${bucket} in input order`).to.deep.equal([...order].sort((x, y) => x - y));
        }
      }), RUNS);
    });

    it(`${preset}: a special-category value never appears anywhere in the plan`, () => {
      fc.assert(fc.property(scenario, ({ records, hosts, config }) => {
        const plan = planSync(records, hosts, config, { phone, today: TODAY });
        expect(JSON.stringify(plan)).to.not.include(SENSITIVE_MARKER);
      }), RUNS);
    });

    it(`${preset}: a record a rule excludes is in excluded with that rule, never in create or update`, () => {
      fc.assert(fc.property(scenario, ({ records, hosts, config }) => {
        const plan = planSync(records, hosts, config, { phone, today: TODAY });
        const conditions = syncConfigSchema.parse(config).conditions;
        // Rules on manager.* need the population; none of the generated rules use them.
        const expected = records.flatMap((r) => { const o = evaluateConditions(r, conditions); return o.matches ? [] : [[r.hrisId, o.rule]]; });
        expect(plan.excluded.map((e) => [e.hrisId, e.excludedBy])).to.deep.equal(expected);
        const acted = new Set([...plan.create, ...plan.update].map((e) => e.hrisId));
        for (const [hrisId] of expected) expect(acted.has(hrisId as string)).to.equal(false);
      }), RUNS);
    });

    it(`${preset}: a selection keeps the lineage and only the selected records`, () => {
      fc.assert(fc.property(scenario, fc.array(fc.constantFrom<string>('e0', 'e1', 'e2', 'e5'), { maxLength: 3 }), ({ records, hosts, config }, ids) => {
        const plan = planSync(records, hosts, config, { phone, today: TODAY });
        const part = selectFromPlan(plan, ids);
        expect(part.parentHash).to.equal(plan.hash);
        expect(part.rootHash).to.equal(plan.hash);
        expect(part.hash).to.not.equal(plan.hash);
        for (const bucket of PLAN_BUCKETS) {
          expect(part[bucket]).to.deep.equal(plan[bucket].filter((e) => ids.includes(e.hrisId)));
        }
      }), RUNS);
    });
  }
});
