import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisConnect } from '../../src/components/connect/connect.js';
import type { HrisConnection } from '../../src/events/connected.js';
import { $, $$, ScriptedProxy, click, deferred, failure, fill, heading, settle, success, texts } from './connect-helpers.js';
import type { ConnectionInfo } from '../../src/core/proxy-client.js';
import type { Result } from '../../src/core/result.js';

async function connectFixture(proxy: ScriptedProxy = new ScriptedProxy(), attrs = '') {
  const el = await fixture<HrisConnect>(
    attrs === 'personio' ? html`<hris-connect provider="personio" .proxy=${proxy}></hris-connect>` : html`<hris-connect .proxy=${proxy}></hris-connect>`,
  );
  return { el, proxy };
}

/** From the picker to the Personio credential form. */
async function toPersonioForm(el: HrisConnect) {
  await click(el, '[data-provider="personio"]');
  await click(el, '[data-action="admin"]');
}

describe('<hris-connect>', () => {
  it('starts with a picker of the five providers, names and logos, accessible', async () => {
    const { el } = await connectFixture();
    expect(heading(el)).to.equal('Choose your HR system');
    expect(texts(el, '[part~="provider"] .provider__name')).to.deep.equal(['Personio', 'BambooHR', 'HiBob', 'Humaans', 'Lucca']);
    expect($$(el, '[part~="provider"] svg[aria-hidden="true"]').length).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('shows the data types that will be read and asks whether the user is an admin', async () => {
    const { el } = await connectFixture();
    await click(el, '[data-provider="bamboohr"]');
    expect(heading(el)).to.equal('BambooHR will share');
    expect($$(el, '[part="data-types"] li').length).to.be.greaterThan(0);
    expect(texts(el, '[part="data-types"] .data-types__label')[0]).to.equal('Identity');
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
    await expect(el).to.be.accessible();
    await click(el, '[data-action="back"]');
    expect(heading(el)).to.equal('Choose your HR system');
  });

  it('gives a non-admin the vendor steps to copy for an admin', async () => {
    const { el } = await connectFixture(undefined, 'personio');
    expect(heading(el)).to.equal('Personio will share');
    await click(el, '[data-action="not-admin"]');
    expect(heading(el)).to.equal('Ask an admin to help');
    const text = $<HTMLTextAreaElement>(el, '#forward')!.value;
    expect(text.startsWith('Please create read-only API credentials in Personio for our HR integration:\n')).to.equal(true);
    expect(text).to.contain('\n1. Sign in to Personio as an administrator and open Settings (bottom left).\n');
    expect(text.endsWith('Then send them to me through a secure channel, or enter them yourself.')).to.equal(true);
    await expect(el).to.be.accessible();
    await click(el, '[data-action="copy"]');
    // The clipboard answers when it answers (slowly on a busy machine): wait for the outcome to be announced.
    await waitUntil(() => $(el, '[role="status"]')!.textContent !== '', 'the outcome of Copy is announced', { timeout: 5000 });
    const status = $(el, '[role="status"]')!.textContent;
    expect(['Copied to the clipboard.', 'Could not copy. Select the text and copy it yourself.']).to.include(status);
    await click(el, '[data-action="have-credentials"]');
    expect(heading(el)).to.equal('Create your Personio credentials');
  });

  it('shows the vendor instructions and a form generated from the provider definition', async () => {
    const { el } = await connectFixture();
    await click(el, '[data-provider="lucca"]');
    await click(el, '[data-action="admin"]');
    expect(heading(el)).to.equal('Create your Lucca credentials');
    expect($$(el, '[part="instructions"] li').length).to.be.greaterThan(0);
    const inputs = $$<HTMLInputElement>(el, 'form input');
    expect(inputs.map((i) => [i.name, i.type])).to.deep.equal([['tenant', 'text'], ['apiKey', 'password']]);
    expect(texts(el, 'form label')).to.deep.equal(['Lucca domain', 'API key']);
    expect($(el, '#help-tenant')!.textContent).to.equal('The part before .ilucca.net in your Lucca address.');
    await expect(el).to.be.accessible();
  });

  it('validates fields before calling the proxy, and focuses the first invalid one', async () => {
    const { el, proxy } = await connectFixture();
    await toPersonioForm(el);
    await fill(el, { clientId: '   ', clientSecret: '' });
    await click(el, '[data-action="connect"]');
    await settle(el);
    expect(proxy.connectCalls.length).to.equal(0);
    expect(texts(el, '.field-error')).to.deep.equal(['Enter the Client ID.', 'Enter the Client secret.']);
    expect($(el, '#field-clientId')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#field-clientId')!.getAttribute('aria-describedby')).to.equal('error-clientId');
    expect(el.shadowRoot!.activeElement?.id).to.equal('field-clientId');
    expect($(el, '[role="status"]')!.textContent).to.equal('Fix 2 fields to continue.');
    await expect(el).to.be.accessible();

    await fill(el, { clientId: 'x'.repeat(300), clientSecret: 's' });
    await click(el, '[data-action="connect"]');
    expect(texts(el, '.field-error')).to.deep.equal(['The Client ID is not valid.']);
    expect(proxy.connectCalls.length).to.equal(0);
  });

  it('connects through the proxy with a pending state, clears the secret, and fires hris-connected', async () => {
    const proxy = new ScriptedProxy();
    const gate = deferred<Result<ConnectionInfo>>();
    proxy.answers = [gate.promise];
    const { el } = await connectFixture(proxy);
    await toPersonioForm(el);
    await fill(el, { clientId: ' papi-client ', clientSecret: 'TOP-SECRET-VALUE' });
    await click(el, '[data-action="connect"]');
    await settle(el);

    expect(proxy.connectCalls.map((c) => [c.provider, c.credentials])).to.deep.equal([['personio', { clientId: 'papi-client', clientSecret: 'TOP-SECRET-VALUE' }]]);
    expect(proxy.connectCalls[0]!.signal).to.be.instanceOf(AbortSignal);
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(true);
    expect($(el, '[part="progress"]')!.textContent).to.equal('Connecting to Personio…');
    expect($<HTMLInputElement>(el, '#field-clientSecret')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#field-clientId')!.value).to.equal(' papi-client ');
    await expect(el).to.be.accessible();

    const connected = oneEvent(el, 'hris-connected');
    gate.resolve(success('personio', 'conn-42'));
    const event = await connected;
    expect(event.detail).to.deep.equal({
      connection: { id: 'conn-42', provider: 'personio', connectedAt: '2024-05-06T07:08:00.000Z', lastRetrievedAt: null, readable: [] },
      previousConnectionId: null,
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(el);
    expect(heading(el)).to.equal('Personio is connected');

    // No secret anywhere: light DOM, shadow DOM, input values, own properties.
    expect(el.outerHTML + el.shadowRoot!.innerHTML).not.to.contain('TOP-SECRET-VALUE');
    expect($$<HTMLInputElement>(el, 'input').some((i) => i.value.includes('TOP-SECRET-VALUE'))).to.equal(false);
    const seen = new WeakSet<object>();
    const holds = (value: unknown, depth: number): boolean => {
      if (typeof value === 'string') return value.includes('TOP-SECRET-VALUE');
      if (typeof value !== 'object' || value === null || depth > 4 || seen.has(value) || value instanceof Node) return false;
      seen.add(value);
      return Object.getOwnPropertyNames(value).some((k) => holds((value as Record<string, unknown>)[k], depth + 1));
    };
    expect(holds(el, 0)).to.equal(false);
  });

  const errorCases: [string, Result<ConnectionInfo> | 'unreachable', string, string][] = [
    ['wrong_credentials', failure('wrong_credentials', { vendorStatus: 401 }), 'Personio did not accept these credentials.', 'Copy them again from the HR system, paste them here and connect again.'],
    ['missing_permissions', failure('missing_permissions', { fields: 'email,first_name' }), 'The credentials work, but cannot read Email and First name.', 'In Personio, allow the credential to read these attributes, then connect again.'],
    ['vendor_unavailable', failure('vendor_unavailable'), 'Personio is not responding right now.', 'Wait a few minutes and try again.'],
    ['proxy_unreachable', 'unreachable', 'The connection server could not be reached.', 'Check your internet connection and try again.'],
  ];
  for (const [code, answer, message, action] of errorCases) {
    it(`says what happened and what to do on ${code}`, async () => {
      const proxy = new ScriptedProxy();
      proxy.answers = [answer];
      const { el } = await connectFixture(proxy);
      await toPersonioForm(el);
      await fill(el, { clientId: 'id', clientSecret: 'secret' });
      const error = oneEvent(el, 'hris-error');
      await click(el, '[data-action="connect"]');
      expect((await error).detail.code).to.equal(code);
      await settle(el);
      expect(texts(el, '[part="error"] p')).to.deep.equal([message, action]);
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(heading(el)).to.equal('Create your Personio credentials');
      expect($<HTMLInputElement>(el, '#field-clientSecret')!.value).to.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('treats a connection that cannot read required fields as missing permissions, and removes it', async () => {
    const proxy = new ScriptedProxy();
    proxy.answers = [success('personio', 'conn-x', ['last_name'])];
    const { el } = await connectFixture(proxy);
    await toPersonioForm(el);
    await fill(el, { clientId: 'id', clientSecret: 'secret' });
    await click(el, '[data-action="connect"]');
    await settle(el);
    expect(texts(el, '[part="error"] p')[0]).to.equal('The credentials work, but cannot read Last name.');
    expect(proxy.disconnectCalls).to.deep.equal(['conn-x']);
    expect(el.connection).to.equal(undefined);
  });

  it('cancels a pending connection and aborts the request', async () => {
    const proxy = new ScriptedProxy();
    proxy.answers = [new Promise(() => {})];
    const { el } = await connectFixture(proxy);
    await toPersonioForm(el);
    await fill(el, { clientId: 'id', clientSecret: 'secret' });
    await click(el, '[data-action="connect"]');
    await settle(el);
    await click(el, '[data-action="cancel"]');
    await settle(el);
    expect(proxy.connectCalls[0]!.signal!.aborted).to.equal(true);
    expect($(el, '[data-action="connect"]')).to.not.equal(null);
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
