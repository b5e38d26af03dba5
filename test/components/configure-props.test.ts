import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HrisConfigure } from '../../src/components/configure/configure.js';
import { SnapshotController } from '../../src/components/base/snapshot-controller.js';
import type { SyncConfig } from '../../src/core/config.js';
import type { HostSchema } from '../../src/core/host.js';
import { createProxyClient } from '../../src/core/proxy-http.js';
import type { HrisConfigChangeEvent } from '../../src/events/config-change.js';
import { createHrisProxy } from '../../src/proxy/index.js';
import { createMockVendors } from '../../src/testing/index.js';
import { $, $$, choose, click, connectionFor, settle, storeWith, stored, TENANT, text, texts } from './configure-helpers.js';

/** Presses Tab until the focused element in the shadow root matches `selector`. */
async function tabTo(el: HrisConfigure, selector: string) {
  for (let i = 0; i < 80; i += 1) {
    if (el.shadowRoot!.activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('<hris-configure> attributes and properties', () => {
  it('preset="employee-directory" uses the directory schema and its identifiers', async () => {
    const { connection } = await stored('personio');
    const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} preset="employee-directory" .connection=${connection}></hris-configure>`);
    await settle(el);
    expect($$<HTMLInputElement>(el, 'input[name="identifier"]').map((i) => i.value)).to.deep.equal(['workEmail', 'employeeNumber']);
    expect($$(el, '[part="mapping"]').map((r) => r.dataset['target'])).to.deep.equal([
      'gender', 'status', 'jobTitle', 'reportingTo', 'dateOfHire', 'departureDate', 'blockReasonCode', 'location', 'department',
      'businessUnit', 'profilePicture', 'birthday', 'linkedIn', 'employeeType', 'employeeId',
    ]);
    expect($<HTMLSelectElement>(el, '#map-blockReasonCode')!.value).to.equal('fields.termination_type');
    expect($<HTMLSelectElement>(el, '#map-profilePicture')!.value).to.equal('fields.profile_picture');
    expect(texts(el, '.mappings tbody tr:not([part="mapping"]) th')).to.deep.equal(['Email', 'First Name', 'Last Name']);
    await expect(el).to.be.accessible();
  });

  it('a schema property maps into the host’s custom fields, custom attributes included', async () => {
    const { connection, snapshot } = await stored('personio');
    const schema: HostSchema = {
      id: 'crm', label: 'CRM',
      fields: [
        { id: 'fullName', label: 'Full name', type: 'string', required: true, optional: false },
        { id: 'mail', label: 'Mail', type: 'email', required: true, optional: false },
        { id: 'shirt', label: 'Shirt size', type: 'string', required: false, optional: false },
      ],
      name: { kind: 'single', field: 'fullName' },
      identifier: { workEmail: 'mail' },
      primaryEmail: 'mail',
    };
    const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection} .schema=${schema}></hris-configure>`);
    await settle(el);
    const custom = snapshot.catalog.find((f) => f.custom && f.type === 'string')!;
    const customOptions = $$<HTMLOptionElement>(el, '#map-shirt optgroup[label="Custom fields"] option').map((o) => o.value);
    expect(customOptions).to.include(`fields.${custom.id}`);
    await choose(el, '#map-shirt', `fields.${custom.id}`);
    const first = snapshot.records.map((r) => r.fields[custom.id]).find((v) => typeof v === 'string' && v !== '') as string;
    expect(text(el, '[data-target="shirt"] .example')!.startsWith(`e.g. ${first}`)).to.equal(true);
    const change = oneEvent(el, 'hris-config-change') as Promise<HrisConfigChangeEvent<SyncConfig>>;
    $<HTMLButtonElement>(el, '[data-action="save"]')!.click();
    const { detail } = await change;
    expect(detail.config.target).to.equal('crm');
    expect(detail.config.mappings).to.deep.equal([{ source: `fields.${custom.id}`, target: 'shirt' }]);
  });

  it('reloads the saved config after the element is re-created; a config from the host wins over it', async () => {
    const { connection } = await stored('personio');
    const first = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection}></hris-configure>`);
    await settle(first);
    await click(first, '#identifier-employeeNumber');
    await click(first, '#name-format-last-first');
    const saved = oneEvent(first, 'hris-config-change');
    $<HTMLButtonElement>(first, '[data-action="save"]')!.click();
    await saved;
    fixtureCleanup();

    const again = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection}></hris-configure>`);
    await settle(again);
    expect($<HTMLInputElement>(again, '#identifier-employeeNumber')!.checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#name-format-last-first')!.checked).to.equal(true);

    const otherTenant = await fixture<HrisConfigure>(html`<hris-configure tenant="globex" .connection=${connection}></hris-configure>`);
    await settle(otherTenant);
    expect($<HTMLInputElement>(otherTenant, '#identifier-workEmail')!.checked).to.equal(true);

    const hosted = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection} .config=${{ target: 'stakeholder', identifier: 'personalEmail' }}></hris-configure>`);
    await settle(hosted);
    expect($<HTMLInputElement>(hosted, '#identifier-personalEmail')!.checked).to.equal(true);
    expect($<HTMLInputElement>(hosted, '#name-format-first-last')!.checked).to.equal(true);
  });

  it('a config that cannot be read falls back to the defaults and says so', async () => {
    const { connection } = await stored('personio');
    const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection} .config=${{ target: 'stakeholder', identifier: 'shoe size' }}></hris-configure>`);
    await settle(el);
    expect(text(el, '[data-state="unreadable"]')).to.equal('The configuration passed in could not be read, so the defaults are shown.');
    expect($<HTMLInputElement>(el, '#identifier-workEmail')!.checked).to.equal(true);
  });

  it('keyboard only: add a rule, pick a value, save', async () => {
    const { connection } = await stored('personio');
    const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection}></hris-configure>`);
    await settle(el);
    $<HTMLInputElement>(el, '#identifier-workEmail')!.focus();
    await tabTo(el, '[data-action="add-rule"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('rule-0-field');
    await tabTo(el, '#rule-0-value-0');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).dataset['value']).to.equal('active');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const change = oneEvent(el, 'hris-config-change') as Promise<HrisConfigChangeEvent<SyncConfig>>;
    await tabTo(el, '[data-action="save"]');
    await sendKeys({ press: 'Enter' });
    const { detail } = await change;
    expect(detail.config.conditions).to.deep.equal([{ field: 'status', operator: 'is', values: ['active'] }]);
  });

  it('theme="dark" stays accessible with a rule problem shown', async () => {
    const { connection } = await stored('personio');
    const el = await fixture<HrisConfigure>(html`<hris-configure theme="dark" tenant=${TENANT} .connection=${connection}></hris-configure>`);
    await settle(el);
    await click(el, '[data-action="add-rule"]');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle($(el, '.base')!).color).to.equal('rgb(243, 244, 246)');
    await expect(el).to.be.accessible();
  });

  it('speaks German and French, and switches with lang', async () => {
    const { connection, snapshot } = await stored('personio');
    const el = await fixture<HrisConfigure>(html`<hris-configure lang="de" tenant=${TENANT} .connection=${connection}></hris-configure>`);
    await settle(el);
    expect(text(el, '[part="header"]')).to.equal('Import konfigurieren');
    expect(text(el, '#match-count')).to.equal('50 von 50 Mitarbeitenden erfüllen die Regeln');
    expect(texts(el, '[part="not-mappable"] li')[0]).to.equal('IBAN Besondere Kategorie personenbezogener Daten: Bankverbindung');
    expect($<HTMLSelectElement>(el, '#map-groupName')!.selectedOptions[0]!.textContent).to.equal('Abteilung');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'fr');
    await settle(el);
    expect(text(el, '[part="header"]')).to.equal('Configurer l’import');
    await click(el, '[data-action="add-rule"]');
    expect(text(el, '#rule-0-problem')).to.equal('Choisissez au moins une valeur.');
    expect($<HTMLSelectElement>(el, '#rule-0-field')!.selectedOptions[0]!.textContent).to.equal('Statut d’emploi');
    await click(el, '[data-rule="0"] input[data-value="active"]');
    const active = snapshot.records.filter((r) => r.status === 'active').length;
    expect(text(el, '#match-count')).to.equal(`${active} salariés sur 50 correspondent`);
    await expect(el).to.be.accessible();
  });

  it('reloads when another element retrieves a new snapshot of the same connection', async () => {
    await storeWith(null);
    const mocks = createMockVendors({ seed: 5, size: 12 });
    const handler = createHrisProxy({ basePath: '/hris', fetch: mocks.fetch });
    const client = createProxyClient('https://host.example/hris', { fetch: (i: RequestInfo | URL, init?: RequestInit) => handler(new Request(i, init)) });
    const info = await client.connect('humaans', mocks.credentials.humaans.valid);
    if (!info.ok) throw new Error('connect');
    const connection = { ...connectionFor('humaans'), id: info.value.id };
    const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection} .proxy=${client}></hris-configure>`);
    await settle(el);
    expect($(el, '[data-state="no-snapshot"]')).not.to.equal(null);
    const preview = new SnapshotController(
      { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) },
      { source: () => ({ tenant: TENANT, connection, client }), autoRefresh: false },
    );
    preview.sync();
    await preview.load();
    const outcome = await preview.retrieve();
    expect(outcome?.status).to.equal('COMPLETE');
    await settle(el);
    expect($(el, '[data-state="no-snapshot"]')).to.equal(null);
    expect(text(el, '#match-count')).to.equal('12 of 12 employees match');
  });
});
