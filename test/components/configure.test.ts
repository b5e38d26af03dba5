import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisConfigure } from '../../src/components/configure/configure.js';
import { useSnapshotStore } from '../../src/components/base/snapshot-controller.js';
import { syncConfigSchema, type SyncConfig } from '../../src/core/config.js';
import { fullName } from '../../src/core/sources.js';
import type { HrisConfigChangeEvent } from '../../src/events/config-change.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { fail, issue } from '../../src/core/result.js';
import type { HrisErrorEvent } from '../../src/events/error.js';
import { $, $$, choose, click, connectionFor, settle, storeWith, stored, TENANT, text, texts } from './configure-helpers.js';

async function ready(provider: 'personio' | 'hibob' = 'personio', extra: { config?: unknown; preset?: string } = {}) {
  const s = await stored(provider);
  const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} preset=${extra.preset ?? ''} .connection=${s.connection} .config=${extra.config}></hris-configure>`);
  await settle(el);
  return { el, ...s };
}

const count = (el: HrisConfigure) => text(el, '#match-count');
const problems = (el: HrisConfigure) => texts(el, '#save-problems li');
const saveButton = (el: HrisConfigure) => $<HTMLButtonElement>(el, '[data-action="save"]')!;

describe('<hris-configure> states', () => {
  it('without a connection, asks to connect first', async () => {
    await storeWith(null);
    const el = await fixture<HrisConfigure>(html`<hris-configure></hris-configure>`);
    await settle(el);
    expect(texts(el, '[part="notice"] p')).to.deep.equal(['Connect your HR system first.', 'The import can be configured once the HR system is connected.']);
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows loading while the cache is read', async () => {
    const store = createMemoryStore();
    useSnapshotStore({ ...store, getCurrent: () => new Promise(() => undefined) });
    const el = await fixture<HrisConfigure>(html`<hris-configure .connection=${connectionFor('personio')}></hris-configure>`);
    await settle(el);
    expect(text(el, '[part="notice"][data-state="loading"]')).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('when the cache cannot be read, shows why with Try again, and still configures', async () => {
    const store = createMemoryStore();
    let reads = 0;
    useSnapshotStore({ ...store, getCurrent: async () => (reads += 1, fail(issue('storage_unavailable'))) });
    const el = await fixture<HrisConfigure>(html`<hris-configure .connection=${connectionFor('personio')}></hris-configure>`);
    await settle(el);
    expect(texts(el, '[part="error"] p')).to.deep.equal([
      'Something unexpected happened (storage_unavailable).',
      'Try again. If it keeps happening, contact your administrator.',
    ]);
    expect($(el, 'form')).not.to.equal(null);
    await expect(el).to.be.accessible();
    await click(el, '[data-action="reload"]');
    await settle(el);
    expect(reads).to.equal(2);
  });

  it('with nothing cached, says so, points to the preview, and still configures from the provider catalog', async () => {
    await storeWith(null);
    const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connectionFor('personio')}></hris-configure>`);
    await settle(el);
    expect(texts(el, '[data-state="no-snapshot"] p')).to.deep.equal(['No employees are cached yet.', 'Retrieve them in the sync preview. Counts and example values appear here afterwards.']);
    expect($(el, '#match-count')).to.equal(null);
    expect($(el, '[data-action="retrieve"]')).to.equal(null);
    expect($<HTMLInputElement>(el, '#identifier-workEmail')!.checked).to.equal(true);
    expect(saveButton(el).disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('ready: defaults of the stakeholder preset, examples from the snapshot, special fields not mappable', async () => {
    const { el, snapshot } = await ready();
    expect($<HTMLInputElement>(el, '#identifier-workEmail')!.checked).to.equal(true);
    expect(text(el, '#identifier-note')).to.equal(
      'Existing records in this app are matched by their Work email in the “Identifier” field. Add it to records that were created without the HR system (for example with a bulk edit); otherwise they are matched by exact full name, and duplicates may be created.',
    );
    expect($<HTMLSelectElement>(el, '#primary-email')!.value).to.equal('workEmail');
    expect($$(el, '[part="mapping"]').map((r) => r.dataset['target'])).to.deep.equal([
      'personalEmail', 'birthDate', 'groupName', 'startDate', 'terminationDate', 'employmentStatus', 'payPeriod', 'payCurrency',
      'employmentType', 'team', 'payRate', 'manager', 'mobilePhone',
    ]);
    expect($<HTMLSelectElement>(el, '#map-groupName')!.value).to.equal('department');
    expect($<HTMLSelectElement>(el, '#map-manager')!.value).to.equal('');
    const depts = [...new Set(snapshot.records.map((r) => r.department).filter((d): d is string => d !== null))].slice(0, 3);
    expect(text(el, '[data-target="groupName"] .example')).to.equal(`e.g. ${depts.join(', ')}`);
    expect(texts(el, '[part="not-mappable"] li')).to.deep.equal([
      'IBAN Special-category data: bank details',
      'Konfession Special-category data: religion or belief',
    ]);
    expect(count(el)).to.equal('50 of 50 employees match');
    expect(text(el, '#no-rules')).to.equal('No rules: every employee is synced.');
    await expect(el).to.be.accessible();
  });

  it('does not offer special-category fields anywhere', async () => {
    const { el } = await ready();
    const offered = $$<HTMLOptionElement>(el, 'select option').map((o) => o.value);
    expect(offered.filter((v) => v === 'fields.dynamic_21827' || v === 'fields.dynamic_24410')).to.deep.equal([]);
  });

  it('explains an invalid config inline and disables Save until it is fixed', async () => {
    const { el } = await ready();
    await click(el, '[data-action="add-rule"]');
    expect(text(el, '#rule-0-problem')).to.equal('Choose at least one value.');
    expect(problems(el)).to.deep.equal(['Choose at least one value.']);
    expect(text(el, '#save-problems .field-error')).to.equal('Fix 1 problem to save.');
    expect(saveButton(el).disabled).to.equal(true);
    expect(text(el, '#uncounted')).to.equal('The rule with a problem is not counted.');
    await expect(el).to.be.accessible();
    await click(el, '[data-rule="0"] input[data-value="active"]');
    expect($(el, '#rule-0-problem')).to.equal(null);
    expect(saveButton(el).disabled).to.equal(false);
  });

  it('saves: persists for (tenant, connection), fires hris-config-change with a plain SyncConfig, and says so', async () => {
    const { el, store, connection } = await ready();
    await click(el, '#identifier-employeeNumber');
    await click(el, '[data-action="add-rule"]');
    await click(el, '[data-rule="0"] input[data-value="active"]');
    await choose(el, '#map-mobilePhone', 'mobilePhone');
    const change = oneEvent(el, 'hris-config-change') as Promise<HrisConfigChangeEvent<SyncConfig>>;
    saveButton(el).click();
    const { detail } = await change;
    expect(detail.source).to.equal('configure');
    expect(syncConfigSchema.parse(JSON.parse(JSON.stringify(detail.config)))).to.deep.equal(detail.config);
    expect(detail.config.identifier).to.equal('employeeNumber');
    expect(detail.config.conditions).to.deep.equal([{ field: 'status', operator: 'is', values: ['active'] }]);
    expect(detail.config.mappings.at(-1)).to.deep.equal({ source: 'mobilePhone', target: 'mobilePhone' });
    await settle(el);
    expect(text(el, '#saved')).to.equal('Configuration saved.');
    expect(text(el, '[role="status"]')).to.equal('Configuration saved.');
    const kept = await store.getConfig({ tenant: TENANT, connectionId: connection.id }, syncConfigSchema);
    expect(kept.ok && kept.value).to.deep.equal(detail.config);
    expect(el.config).to.deep.equal(detail.config);
    await expect(el).to.be.accessible();
  });
});

describe('<hris-configure> rules, count and reasons', () => {
  it('the live count follows the rules exactly', async () => {
    const { el, snapshot } = await ready();
    const records = snapshot.records;
    const active = records.filter((r) => r.status === 'active');
    await click(el, '[data-action="add-rule"]');
    expect(count(el)).to.equal('50 of 50 employees match');
    await click(el, '[data-rule="0"] input[data-value="active"]');
    expect(count(el)).to.equal(`${active.length} of 50 employees match`);
    await click(el, '[data-rule="0"] input[data-value="onboarding"]');
    const activeOrOnboarding = records.filter((r) => r.status === 'active' || r.status === 'onboarding').length;
    expect(count(el)).to.equal(`${activeOrOnboarding} of 50 employees match`);
    await click(el, '[data-action="add-rule"]');
    await choose(el, '#rule-1-field', 'department');
    await click(el, '[data-rule="1"] input[data-value="Engineering"]');
    const both = records.filter((r) => (r.status === 'active' || r.status === 'onboarding') && r.department === 'Engineering').length;
    expect(count(el)).to.equal(`${both} of 50 employees match`);
    await settle(el);
    expect(text(el, '[role="status"]')).to.equal(`${both} of 50 employees match`);
    await choose(el, '#rule-1-operator', 'is_not');
    const notEng = records.filter((r) => (r.status === 'active' || r.status === 'onboarding') && r.department !== 'Engineering').length;
    expect(count(el)).to.equal(`${notEng} of 50 employees match`);
    $<HTMLButtonElement>(el, '[data-rule="0"] [data-action="remove-rule"]')!.click();
    await el.updateComplete;
    expect(count(el)).to.equal(`${records.filter((r) => r.department !== 'Engineering').length} of 50 employees match`);
    expect(texts(el, '[part="rule"] legend.legend')).to.deep.equal(['Rule 1']);
    expect($<HTMLSelectElement>(el, '#rule-0-field')!.value).to.equal('department');
  });

  it('tells why a chosen employee is excluded, and when one is synced', async () => {
    const { el, snapshot } = await ready();
    await click(el, '[data-action="add-rule"]');
    await click(el, '[data-rule="0"] input[data-value="active"]');
    const out = snapshot.records.find((r) => r.status === 'inactive')!;
    const inn = snapshot.records.find((r) => r.status === 'active')!;
    await choose(el, '#employee', out.hrisId);
    expect(text(el, '#reason')).to.equal(`${fullName(out, 'first-last')} is excluded by rule 1 (Employment status is active): their value is inactive.`);
    await choose(el, '#employee', inn.hrisId);
    expect(text(el, '#reason')).to.equal(`${fullName(inn, 'first-last')} matches every rule and is synced.`);
    await expect(el).to.be.accessible();
  });

  it('a rule on a field the credential cannot read makes the config invalid', async () => {
    const { snapshot } = await stored('personio');
    const unreadable = snapshot.catalog.find((f) => !snapshot.readable.includes(f.id))!;
    const config = { target: 'stakeholder', conditions: [{ field: `fields.${unreadable.id}`, operator: 'is_not_empty', values: [] }] };
    const { el } = await ready('personio', { config });
    expect(text(el, '#rule-0-problem')).to.equal(`The credential cannot read ${unreadable.label}, so this rule would exclude everyone. Choose another field, or allow the credential to read it.`);
    expect($<HTMLSelectElement>(el, '#rule-0-field')!.selectedOptions[0]!.textContent).to.equal(`${unreadable.label} (not readable)`);
    expect(saveButton(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers operators that fit the field type, and a date for before/after', async () => {
    const { el } = await ready();
    await click(el, '[data-action="add-rule"]');
    await choose(el, '#rule-0-field', 'startDate');
    expect($$<HTMLOptionElement>(el, '#rule-0-operator option').map((o) => o.value)).to.deep.equal(['is', 'is_not', 'before', 'after', 'is_empty', 'is_not_empty']);
    await choose(el, '#rule-0-operator', 'before');
    await choose(el, '#rule-0-date', '2023-01-01');
    expect(el.shadowRoot!.querySelector('#rule-0-problem')).to.equal(null);
    await choose(el, '#rule-0-field', 'fields.cost_centers');
    expect($$<HTMLOptionElement>(el, '#rule-0-operator option').map((o) => o.value)).to.deep.equal(['contains', 'is_empty', 'is_not_empty']);
  });

  it('stops at five rules', async () => {
    const { el } = await ready();
    for (let i = 0; i < 5; i += 1) await click(el, '[data-action="add-rule"]');
    expect($$(el, '[part="rule"]').length).to.equal(5);
    expect(saveButton(el).disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '[data-action="add-rule"]')!.disabled).to.equal(true);
    expect(text(el, '#max-rules')).to.equal('You can add up to 5 rules.');
  });
});

describe('<hris-configure> leavers, special fields from a host config, storage failure', () => {
  it('moves leavers to a named group; an empty name is explained and blocks Save', async () => {
    const { el } = await ready();
    await click(el, '#leavers-group');
    expect($<HTMLInputElement>(el, '#leaver-name')!.value).to.equal('Ex-employees');
    await choose(el, '#leaver-name', '');
    expect(saveButton(el).disabled).to.equal(true);
    expect($<HTMLInputElement>(el, '#leaver-name')!.getAttribute('aria-invalid')).to.equal('true');
    await choose(el, '#leaver-name', 'Alumni');
    const change = oneEvent(el, 'hris-config-change') as Promise<HrisConfigChangeEvent<SyncConfig>>;
    saveButton(el).click();
    expect((await change).detail.config.leavers).to.deep.equal({ policy: 'group', group: 'Alumni' });
  });

  it('a host config mapping or filtering on a dropped special-category field says why it cannot be used', async () => {
    const config = {
      target: 'stakeholder',
      mappings: [{ source: 'fields.dynamic_21827', target: 'team' }],
      conditions: [{ field: 'fields.dynamic_24410', operator: 'is_not_empty', values: [] }],
    };
    const { el } = await ready('personio', { config });
    expect(text(el, '#map-team-problem')).to.equal('IBAN holds special-category data and cannot be mapped.');
    expect($<HTMLSelectElement>(el, '#map-team')!.selectedOptions[0]!.textContent).to.equal('IBAN (not mappable)');
    expect(text(el, '#rule-0-problem')).to.equal('Konfession holds special-category data and cannot be used in a rule.');
    expect(saveButton(el).disabled).to.equal(true);
    expect(text(el, '#save-problems .field-error')).to.equal('Fix 2 problems to save.');
    await expect(el).to.be.accessible();
  });

  it('when the browser cannot store the config, says so, fires hris-error and no config change', async () => {
    const s = await stored('personio');
    const failing = { ...s.store, saveConfig: async () => fail<null>(issue('storage_unavailable')) };
    useSnapshotStore(failing);
    const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${s.connection}></hris-configure>`);
    await settle(el);
    let changes = 0;
    el.addEventListener('hris-config-change', () => (changes += 1));
    const error = oneEvent(el, 'hris-error') as Promise<HrisErrorEvent>;
    saveButton(el).click();
    expect((await error).detail).to.deep.equal({ code: 'storage_unavailable', params: {}, operation: 'save-config' });
    await settle(el);
    expect(changes).to.equal(0);
    expect(texts(el, '[data-state="save-failed"] p')).to.deep.equal([
      'The configuration could not be stored in this browser.',
      'Try again. If it keeps failing, the browser may be out of storage space or in a private mode.',
    ]);
    expect($(el, '#saved')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
