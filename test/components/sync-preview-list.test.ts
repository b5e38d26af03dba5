/** `<hris-sync-preview>` list: buckets with counts and reasons, diff, since-marks, search, sort, selection, keyboard, languages, 100,000 rows. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import type { SyncConfigInput } from '../../src/core/config.js';
import type { EmployeeRecord } from '../../src/core/model.js';
import type { Snapshot } from '../../src/core/snapshot.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { useSnapshotStore } from '../../src/components/base/snapshot-controller.js';
import { hostRecord, person } from '../../src/testing/records.js';
import { MemoryHost, TENANT, $, $$, click, connectionFor, mockSnapshot, openTab, planShown, rowIds, text, texts } from './sync-preview-helpers.js';

const config: SyncConfigInput = { target: 'stakeholder', mappings: [], conditions: [{ field: 'department', operator: 'is_not', values: ['Legal'] }] };

function people(): EmployeeRecord[] {
  return [
    person('1', 'Anna', 'Zeller'),
    person('2', 'Bruno', 'Albers'),
    person('3', 'Élodie', 'Martin'),
    person('4', 'Lea', 'Vogel', { status: 'inactive' }),
    person('5', 'Carl', 'Oh', { workEmail: null }),
    person('6', 'Dup', 'One', { workEmail: 'shared@example.com' }),
    person('7', 'Dup', 'Two', { workEmail: 'shared@example.com' }),
    person('8', 'Ulla', 'Same'),
    person('9', 'Lex', 'Law', { department: 'Legal' }),
  ];
}

const hosts = () => [
  hostRecord('h1', { name: 'Anna Z.', identifier: 'anna.zeller@example.com', email: 'anna.zeller@example.com' }),
  hostRecord('h8', { name: 'Ulla Same', identifier: 'ulla.same@example.com', email: 'ulla.same@example.com' }, { hrisId: '8' }),
];

async function snapshotOf(records: EmployeeRecord[], id: string, hoursAgo: number): Promise<Snapshot> {
  const base = await mockSnapshot('personio');
  return { ...base, id, connectionId: 'conn-personio', records, recordCount: records.length, retrievedAt: new Date(Date.now() - hoursAgo * 3600_000).toISOString() };
}

async function open(records = people(), previous: EmployeeRecord[] | null = null): Promise<{ el: HrisSyncPreview; host: MemoryHost }> {
  const store = createMemoryStore();
  if (previous) await store.putSnapshot(await snapshotOf(previous, 'prev', 5));
  await store.putSnapshot(await snapshotOf(records, 'cur', 1));
  useSnapshotStore(store);
  const host = new MemoryHost(hosts());
  const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${host} .config=${config}></hris-sync-preview>`);
  await planShown(el);
  return { el, host };
}

const names = (el: HrisSyncPreview) => texts(el, '.scroller [role="row"] .person');
const details = (el: HrisSyncPreview) => texts(el, '.scroller [role="row"] .details .reasons');

describe('<hris-sync-preview> list', () => {
  it('shows every bucket with its count and each entry with its reason', async () => {
    const { el } = await open();
    expect(text(el, '#totals')).to.equal('9 employees pulled, 8 match the “Sync if” rules · 2 records in this app');
    expect(texts(el, '[role="tab"]')).to.deep.equal(['Create 2', 'Update 1', 'Unchanged 1', 'Leavers 1', 'Conflicts 2', 'Invalid 1', 'Excluded 1']);
    expect([names(el), texts(el, '.scroller .identifier')]).to.deep.equal([['Bruno Albers', 'Élodie Martin'], ['bruno.albers@example.com', 'elodie.martin@example.com']]);
    await expect(el).to.be.accessible();
    const expected: Record<string, [string[], string[]]> = {
      unchanged: [['Ulla Same'], ['']],
      leavers: [['Lea Vogel'], ['Left as it is Inactive in the HR system.']],
      conflicts: [['Dup One', 'Dup Two'], ['2 employees share this work email.', '2 employees share this work email.']],
      invalid: [['Carl Oh'], ['The work email is missing.']],
      excluded: [['Lex Law'], ['Excluded by “Sync if” rule 1']],
    };
    for (const [bucket, [who, why]] of Object.entries(expected)) {
      await openTab(el, bucket);
      expect($(el, `#tab-${bucket}`)!.getAttribute('aria-selected')).to.equal('true');
      expect([names(el), details(el)]).to.deep.equal([who, why]);
      await expect(el).to.be.accessible();
    }
  });

  it('expands an update row to its per-field old → new diff, by click and by Enter', async () => {
    const { el } = await open();
    await openTab(el, 'update');
    expect(texts(el, '.scroller .details .muted')).to.deep.equal(['2 fields change']);
    await click(el, '.scroller [aria-expanded="false"]');
    expect(texts(el, '[part="diff"] li')).to.deep.equal(['Name Anna Z. → Anna Zeller', 'Link to the HR system (empty) → 1']);
    expect($(el, '[part="diff"]')!.getAttribute('aria-label')).to.equal('Changes for Anna Zeller');
    await expect(el).to.be.accessible();
    $(el, '.scroller [role="row"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="diff"]')).to.equal(null);
  });

  it('marks what is new or changed since the previous retrieval', async () => {
    const before = [person('1', 'Anna', 'Zeller', { jobTitle: 'Engineer' }), person('8', 'Ulla', 'Same')];
    const { el } = await open(people(), before);
    await waitUntil(() => $(el, '[part="since"]') !== null, 'no since marks');
    expect(texts(el, '.scroller .since')).to.deep.equal(['New since the last retrieval', 'New since the last retrieval']);
    await openTab(el, 'update');
    expect(texts(el, '.scroller .since')).to.deep.equal(['Changed since the last retrieval']);
    await openTab(el, 'unchanged');
    expect($$(el, '.scroller .since')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('searches by name or identifier, ignoring case and accents', async () => {
    const { el } = await open();
    const search = $<HTMLInputElement>(el, '#search')!;
    search.value = 'ELO';
    search.dispatchEvent(new Event('input'));
    await planShown(el);
    expect([names(el), text(el, '#shown')]).to.deep.equal([['Élodie Martin'], '1 of 2 shown']);
    search.value = 'bruno.albers@';
    search.dispatchEvent(new Event('input'));
    await planShown(el);
    expect(names(el)).to.deep.equal(['Bruno Albers']);
    search.value = 'nobody';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([text(el, '[part="empty"]'), text(el, '#shown')]).to.deep.equal(['No employee matches the search.', '0 of 2 shown']);
    await expect(el).to.be.accessible();
  });

  it('sorts by name and reverses the order', async () => {
    const { el } = await open();
    await openTab(el, 'conflicts');
    const sort = $<HTMLSelectElement>(el, '#sort')!;
    sort.value = 'name';
    sort.dispatchEvent(new Event('change'));
    await planShown(el);
    expect(names(el)).to.deep.equal(['Dup One', 'Dup Two']);
    await click(el, '#descending');
    await planShown(el);
    expect(names(el)).to.deep.equal(['Dup Two', 'Dup One']);
  });

  it('keyboard: tabs by arrow keys, rows by arrow keys with one tab stop, selection by Space', async () => {
    const { el } = await open();
    $(el, '#tab-create')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await planShown(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-update');
    expect($(el, '#tab-update')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowLeft' });
    await planShown(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-create');
    expect($$(el, '.scroller [role="row"]').map((r) => r.tabIndex)).to.deep.equal([0, -1]);
    $(el, '.scroller [role="row"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['hrisId']).to.equal('3');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect($(el, '[data-hris-id="3"]')!.getAttribute('aria-selected')).to.equal('true');
    expect(text(el, '#selected-count')).to.equal('1 selected');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['hrisId']).to.equal('2');
    expect($$(el, '.scroller [role="row"]').map((r) => r.tabIndex)).to.deep.equal([0, -1]);
    await expect(el).to.be.accessible();
  });

  it('switches language: German and French', async () => {
    const { el } = await open();
    el.setAttribute('lang', 'de');
    await planShown(el);
    expect(texts(el, '[role="tab"]')).to.deep.equal(['Neu 2', 'Ändern 1', 'Unverändert 1', 'Ausgetreten 1', 'Konflikte 2', 'Ungültig 1', 'Ausgeschlossen 1']);
    expect(text(el, '#totals')).to.equal('9 Mitarbeitende abgerufen, 8 erfüllen die „Synchronisieren, wenn“-Regeln · 2 Datensätze in dieser Anwendung');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'fr');
    await planShown(el);
    expect(text(el, '[data-action="sync-now"]')).to.equal('Synchroniser maintenant');
    await openTab(el, 'invalid');
    expect(details(el)).to.deep.equal(['L’identifiant (e-mail professionnel) manque.']);
    await expect(el).to.be.accessible();
  });

  it('lists possible matches to check, without applying them', async () => {
    const store = createMemoryStore();
    await store.putSnapshot(await snapshotOf(people(), 'cur', 1));
    useSnapshotStore(store);
    const host = new MemoryHost([...hosts(), hostRecord('h9', { name: 'Martin Élodie' })]);
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${host} .config=${config}></hris-sync-preview>`);
    await planShown(el);
    expect(texts(el, '[part="possible-matches"] li')).to.deep.equal(['Élodie Martin may be record h9 (similar name)']);
    expect(names(el)).to.deep.equal(['Bruno Albers', 'Élodie Martin']);
    await expect(el).to.be.accessible();
  });

  it('renders only a window of a 100,000-row plan', async () => {
    const many: EmployeeRecord[] = [];
    for (let i = 0; i < 100_000; i += 1) many.push(person(String(i), `First${i}`, `Last${i}`));
    const store = createMemoryStore();
    await store.putSnapshot(await snapshotOf(many, 'big', 1));
    useSnapshotStore(store);
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${new MemoryHost()} .config=${{ target: 'stakeholder', mappings: [] }}></hris-sync-preview>`);
    await waitUntil(() => $(el, '.scroller [role="row"]') !== null, 'no rows', { timeout: 60000 });
    expect(texts(el, '[role="tab"]')[0]).to.equal('Create 100,000');
    expect(rowIds(el)[0]).to.equal('0');
    expect($$(el, '.scroller [role="row"]').length).to.be.greaterThan(5).and.lessThan(200);
    expect($(el, '[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('100001');
    $(el, '.scroller [role="row"]')!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['hrisId'] === '99999', 'End did not reach the last row', { timeout: 10000 });
    expect($$(el, '.scroller [role="row"]').length).to.be.lessThan(200);
  });
});
