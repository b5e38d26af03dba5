import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HrisConnect } from '../../src/components/connect/connect.js';
import type { HrisConnection } from '../../src/events/connected.js';
import type { HrisConfigChangeEvent } from '../../src/events/config-change.js';
import type { SyncConfig } from '../../src/core/config.js';
import { $, $$, ScriptedProxy, click, failure, fill, heading, settle, success, texts } from './connect-helpers.js';

const hibob: HrisConnection = { id: 'c-9', provider: 'hibob', connectedAt: '2024-01-02T10:00:00Z', lastRetrievedAt: null, readable: [] };
/** The connection's values as read (the provider's monogram is decorative). */
const DD = '[part="connection"] dd > span, [part="connection"] dd[data-value]';
const dateTime = (lang: string, iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

async function connectedPersonio(proxy = new ScriptedProxy()) {
  const el = await fixture<HrisConnect>(html`<hris-connect provider="personio" .proxy=${proxy}></hris-connect>`);
  await click(el, '[data-action="admin"]');
  await fill(el, { clientId: 'id', clientSecret: 'secret' });
  await click(el, '[data-action="connect"]');
  await settle(el);
  return { el, proxy };
}

async function choose(el: HrisConnect, target: string, value: string) {
  const input = $<HTMLInputElement>(el, `#map-${target}`)!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Presses Tab until the focused element in the shadow root matches `selector` (at most 40 times). */
async function tabTo(el: HrisConnect, selector: string) {
  for (let i = 0; i < 40; i += 1) {
    const active = el.shadowRoot!.activeElement;
    if (active?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('<hris-connect> map fields and existing connection', () => {
  it('offers "Map additional fields" with the defaults filled in, type-ahead with type and endpoint', async () => {
    const { el } = await connectedPersonio();
    expect(heading(el)).to.equal('Personio is connected');
    expect($$(el, '[part="mappings"] .field').map((f) => f.dataset['target'])).to.deep.equal([
      'personalEmail', 'birthDate', 'groupName', 'startDate', 'terminationDate', 'employmentStatus',
      'payRate', 'payPeriod', 'payCurrency', 'employmentType', 'team', 'manager', 'mobilePhone',
    ]);
    expect($<HTMLInputElement>(el, '#map-startDate')!.value).to.equal('startDate');
    expect($<HTMLInputElement>(el, '#map-mobilePhone')!.value).to.equal('');
    const phoneOptions = $$<HTMLOptionElement>(el, '#sources-mobilePhone option').map((o) => o.value);
    expect(phoneOptions).to.include('mobilePhone');
    expect(phoneOptions).not.to.include('startDate');
    await choose(el, 'mobilePhone', 'Mobile phone');
    expect($<HTMLInputElement>(el, '#map-mobilePhone')!.value).to.equal('mobilePhone');
    expect($(el, '#map-hint-mobilePhone')!.textContent).to.equal('Mobile phone · phone · GET /v1/company/employees');
    await expect(el).to.be.accessible();
  });

  it('Finish setup fires hris-config-change with the new mapping and shows the connection', async () => {
    const { el } = await connectedPersonio();
    await choose(el, 'mobilePhone', 'mobilePhone');
    const change = oneEvent(el, 'hris-config-change') as Promise<HrisConfigChangeEvent<SyncConfig>>;
    await click(el, '[data-action="finish"]');
    const { detail } = await change;
    expect(detail.source).to.equal('connect');
    expect(detail.config.target).to.equal('stakeholder');
    expect(detail.config.mappings.length).to.equal(12);
    expect(detail.config.mappings.filter((m) => m.target === 'mobilePhone')).to.deep.equal([{ source: 'mobilePhone', target: 'mobilePhone' }]);
    expect(el.config).to.deep.equal(detail.config);
    await settle(el);
    expect(heading(el)).to.equal('HR system connection');
    expect($(el, '[role="status"]')!.textContent).to.equal('Personio is set up.');
  });

  it('refuses a typed field that is not in the list, until it is fixed', async () => {
    const { el } = await connectedPersonio();
    await choose(el, 'team', 'Shoe size');
    expect(texts(el, '.field-error')).to.deep.equal(['Choose a field from the list, or leave it empty.']);
    let fired = 0;
    el.addEventListener('hris-config-change', () => (fired += 1));
    await click(el, '[data-action="finish"]');
    expect(fired).to.equal(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('map-team');
    await expect(el).to.be.accessible();
    await choose(el, 'team', '');
    await click(el, '[data-action="finish"]');
    expect(fired).to.equal(1);
  });

  it('"Skip for now" keeps the defaults: no config change', async () => {
    const { el } = await connectedPersonio();
    let fired = 0;
    el.addEventListener('hris-config-change', () => (fired += 1));
    await click(el, '[data-action="skip"]');
    expect(fired).to.equal(0);
    expect(el.config).to.equal(undefined);
    expect(heading(el)).to.equal('HR system connection');
    expect(texts(el, '.connection__provider > span')).to.deep.equal(['Personio']);
  });

  it('shows an existing connection: provider, connected at, last retrieval', async () => {
    const el = await fixture<HrisConnect>(html`<hris-connect .proxy=${new ScriptedProxy()} .connection=${hibob}></hris-connect>`);
    expect(heading(el)).to.equal('HR system connection');
    expect(texts(el, '[part="connection"] dt')).to.deep.equal(['HR system', 'Connected', 'Last retrieval']);
    expect(texts(el, DD)).to.deep.equal(['HiBob', dateTime('en', hibob.connectedAt), 'Never']);
    el.connection = { ...hibob, lastRetrievedAt: '2024-02-03T04:05:00Z' };
    await el.updateComplete;
    expect($(el, '[data-value="last-retrieval"]')!.textContent).to.equal(dateTime('en', '2024-02-03T04:05:00Z'));
    await expect(el).to.be.accessible();
  });

  it('disconnects through the proxy and fires hris-disconnected', async () => {
    const proxy = new ScriptedProxy();
    const el = await fixture<HrisConnect>(html`<hris-connect .proxy=${proxy} .connection=${hibob}></hris-connect>`);
    const gone = oneEvent(el, 'hris-disconnected');
    await click(el, '[data-action="disconnect"]');
    expect((await gone).detail).to.deep.equal({ connectionId: 'c-9', provider: 'hibob' });
    await settle(el);
    expect(proxy.disconnectCalls).to.deep.equal(['c-9']);
    expect(el.connection).to.equal(undefined);
    expect(heading(el)).to.equal('Choose your HR system');
    expect($(el, '[role="status"]')!.textContent).to.equal('HiBob was disconnected.');
  });

  it('keeps the connection and explains when disconnecting fails', async () => {
    const proxy = new ScriptedProxy();
    proxy.disconnectAnswer = { ok: false, issues: [{ code: 'proxy_unreachable' }] };
    const el = await fixture<HrisConnect>(html`<hris-connect .proxy=${proxy} .connection=${hibob}></hris-connect>`);
    await click(el, '[data-action="disconnect"]');
    await settle(el);
    expect(el.connection).to.deep.equal(hibob);
    expect(texts(el, '[part="error"] p')).to.deep.equal(['The connection server could not be reached.', 'Check your internet connection and try again.']);
    await expect(el).to.be.accessible();
  });

  it('reconnects: same provider form, then hris-connected names the replaced connection, which is removed', async () => {
    const proxy = new ScriptedProxy();
    proxy.answers = [success('hibob', 'c-10')];
    const el = await fixture<HrisConnect>(html`<hris-connect .proxy=${proxy} .connection=${hibob}></hris-connect>`);
    await click(el, '[data-action="reconnect"]');
    expect(heading(el)).to.equal('Create your HiBob credentials');
    await click(el, '[data-action="back"]');
    expect(heading(el)).to.equal('HR system connection');
    await click(el, '[data-action="reconnect"]');
    await fill(el, { serviceUserId: 'SERVICE-1', token: 'tok' });
    const connected = oneEvent(el, 'hris-connected');
    await click(el, '[data-action="connect"]');
    const { detail } = await connected;
    expect([detail.connection.id, detail.previousConnectionId]).to.deep.equal(['c-10', 'c-9']);
    await settle(el);
    expect(proxy.disconnectCalls).to.deep.equal(['c-9']);
    expect(heading(el)).to.equal('HiBob is connected');
  });

  it('explains a missing proxy instead of failing silently', async () => {
    const el = await fixture<HrisConnect>(html`<hris-connect provider="humaans"></hris-connect>`);
    await click(el, '[data-action="admin"]');
    await fill(el, { token: 'tok' });
    const error = oneEvent(el, 'hris-error');
    await click(el, '[data-action="connect"]');
    expect((await error).detail.code).to.equal('no_proxy');
    expect(texts(el, '[part="error"] p')).to.deep.equal(['No connection server is configured for this page.', 'The app’s developers need to set the proxy property.']);
  });

  it('speaks German and French, including errors and dates, and takes host overrides', async () => {
    const proxy = new ScriptedProxy();
    proxy.answers = [failure('wrong_credentials')];
    const el = await fixture<HrisConnect>(html`<hris-connect lang="de" provider="personio" .proxy=${proxy}></hris-connect>`);
    expect(heading(el)).to.equal('Personio teilt');
    expect(texts(el, '.data-types__label')[0]).to.equal('Identität');
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await el.updateComplete;
    expect(heading(el)).to.equal('Données partagées par Personio');
    await click(el, '[data-action="admin"]');
    await fill(el, { clientId: 'id', clientSecret: 'secret' });
    await click(el, '[data-action="connect"]');
    await settle(el);
    expect(texts(el, '[part="error"] p')).to.deep.equal(['Personio n’a pas accepté ces identifiants.', 'Copiez-les à nouveau depuis le SIRH, collez-les ici et reconnectez-vous.']);
    await expect(el).to.be.accessible();

    const de = await fixture<HrisConnect>(html`<div lang="de"><hris-connect .connection=${hibob}></hris-connect></div>`);
    const inner = de.querySelector('hris-connect')!;
    await inner.updateComplete;
    expect(texts(inner, DD)).to.deep.equal(['HiBob', dateTime('de', hibob.connectedAt), 'Nie']);
    inner.strings = { connect: { connectionHeading: 'Ihr HR-System' } };
    await inner.updateComplete;
    expect(heading(inner)).to.equal('Ihr HR-System');
  });

  it('ignores an unknown provider attribute and reflects the theme', async () => {
    const el = await fixture<HrisConnect>(html`<hris-connect provider="workday" theme="dark"></hris-connect>`);
    expect(heading(el)).to.equal('Choose your HR system');
    await expect(el).to.be.accessible();
    el.provider = 'lucca';
    await el.updateComplete;
    expect(heading(el)).to.equal('Lucca will share');
  });

  it('keeps errors and the form readable in the dark theme', async () => {
    const proxy = new ScriptedProxy();
    proxy.answers = [failure('vendor_unavailable')];
    const el = await fixture<HrisConnect>(html`<hris-connect theme="dark" provider="lucca" .proxy=${proxy}></hris-connect>`);
    await click(el, '[data-action="admin"]');
    await fill(el, { tenant: 'acme', apiKey: '' });
    await click(el, '[data-action="connect"]');
    expect(texts(el, '.field-error')).to.deep.equal(['Enter the API key.']);
    await expect(el).to.be.accessible();
    await fill(el, { apiKey: 'k' });
    await click(el, '[data-action="connect"]');
    await settle(el);
    expect(texts(el, '[part="error"] .error__title')).to.deep.equal(['Lucca is not responding right now.']);
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone, from the picker to Disconnect', async () => {
    const proxy = new ScriptedProxy();
    const el = await fixture<HrisConnect>(html`<hris-connect .proxy=${proxy}></hris-connect>`);
    await tabTo(el, '[data-provider="bamboohr"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('BambooHR will share');
    await tabTo(el, '[data-action="admin"]');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tabTo(el, '#field-companyDomain');
    await sendKeys({ type: 'acme' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'key-123' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(proxy.connectCalls.map((c) => c.credentials)).to.deep.equal([{ companyDomain: 'acme', apiKey: 'key-123' }]);
    expect(heading(el)).to.equal('BambooHR is connected');
    await tabTo(el, '#map-mobilePhone');
    await sendKeys({ type: 'mobilePhone' });
    await tabTo(el, '[data-action="finish"]');
    const change = oneEvent(el, 'hris-config-change') as Promise<HrisConfigChangeEvent<SyncConfig>>;
    await sendKeys({ press: 'Enter' });
    expect((await change).detail.config.mappings.some((m) => m.target === 'mobilePhone' && m.source === 'mobilePhone')).to.equal(true);
    await settle(el);
    expect(heading(el)).to.equal('HR system connection');
    await tabTo(el, '[data-action="disconnect"]');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Choose your HR system');
  });
});
