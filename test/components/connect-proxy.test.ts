/**
 * `<hris-connect>` against the reference proxy over the mock vendors: the
 * ProxyClient's fetch calls the proxy handler directly, and the proxy's
 * outbound fetch goes to the mocks. No network.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisConnect } from '../../src/components/connect/connect.js';
import type { ProviderId } from '../../src/core/model.js';
import { createProxyClient } from '../../src/core/proxy-http.js';
import { createHrisProxy } from '../../src/proxy/index.js';
import { createMockVendors } from '../../src/testing/index.js';
import { $, $$, click, fill, heading, settle, texts } from './connect-helpers.js';

/** Waits for the real proxy's answer: the form no longer busy (the mock vendors answer in a varying number of turns), then settles. */
async function answered(el: HrisConnect): Promise<void> {
  await waitUntil(() => $(el, '[aria-busy="true"]') === null && $(el, '[data-state="loading"]') === null, 'the proxy answered', { timeout: 10_000 });
  await settle(el);
}

function wire() {
  const mocks = createMockVendors({ seed: 7, size: 12 });
  const handler = createHrisProxy({ fetch: mocks.fetch, basePath: '/hris' });
  const client = createProxyClient('https://host.example/hris', {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => handler(new Request(input, init)),
  });
  return { mocks, client };
}

/** A fresh proxy over fresh mocks, and the element at that provider's credential form. */
async function formFor(provider: ProviderId) {
  const { mocks, client } = wire();
  const el = await fixture<HrisConnect>(html`<hris-connect provider=${provider} .proxy=${client}></hris-connect>`);
  await click(el, '[data-action="admin"]');
  return { el, mocks };
}

describe('<hris-connect> with the reference proxy and mock vendors', () => {
  for (const provider of ['personio', 'bamboohr', 'hibob', 'humaans', 'lucca'] as const) {
    it(`connects ${provider} with the mock's valid credentials`, async () => {
      const { el, mocks } = await formFor(provider);
      await fill(el, { ...mocks.credentials[provider].valid });
      const connected = oneEvent(el, 'hris-connected');
      await click(el, '[data-action="connect"]');
      const { detail } = await connected;
      expect(detail.connection.provider).to.equal(provider);
      expect(detail.connection.id).to.be.a('string').and.not.equal('');
      await settle(el);
      expect($$(el, '[part="mappings"] .field').length).to.equal(13);
      await click(el, '[data-action="skip"]');
      expect(heading(el)).to.equal('HR system connection');
    });
  }

  it('offers only the fields the credential can read', async () => {
    const salaryOffered = async (which: 'valid' | 'limited') => {
      const { el, mocks } = await formFor('personio');
      await fill(el, { ...mocks.credentials.personio[which] });
      await click(el, '[data-action="connect"]');
      await answered(el);
      expect(heading(el)).to.equal('Personio is connected');
      return $$<HTMLOptionElement>(el, '#sources-payRate option').some((o) => o.value === 'fields.fix_salary');
    };
    expect(await salaryOffered('valid')).to.equal(true);
    expect(await salaryOffered('limited')).to.equal(false);
  });

  it('names the vendor refusing wrong credentials', async () => {
    const { el } = await formFor('personio');
    await fill(el, { clientId: 'papi-nobody', clientSecret: 'wrong' });
    const error = oneEvent(el, 'hris-error');
    await click(el, '[data-action="connect"]');
    expect((await error).detail.code).to.equal('wrong_credentials');
    await settle(el);
    expect(texts(el, '[part="error"] p')).to.deep.equal([
      'Personio did not accept these credentials. It answered: “The client credentials are invalid”.',
      'Copy them again from the HR system, paste them here and connect again.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says "vendor unavailable" when the proxy cannot reach the vendor', async () => {
    const { el, mocks } = await formFor('humaans');
    mocks.setFaults([{ vendor: 'humaans', kind: 'unavailable', times: 10 }]);
    await fill(el, { ...mocks.credentials.humaans.valid });
    const error = oneEvent(el, 'hris-error');
    await click(el, '[data-action="connect"]');
    expect((await error).detail.code).to.equal('vendor_unavailable');
  });

  it('says "proxy unreachable" for a proxy URL that does not answer', async () => {
    const el = await fixture<HrisConnect>(html`<hris-connect provider="humaans" proxy="http://127.0.0.1:9/hris"></hris-connect>`);
    await click(el, '[data-action="admin"]');
    await fill(el, { token: 'tok' });
    const error = oneEvent(el, 'hris-error');
    await click(el, '[data-action="connect"]');
    expect((await error).detail.code).to.equal('proxy_unreachable');
    await settle(el);
    expect($(el, '[part="error"] .error__title')!.textContent).to.equal('The connection server could not be reached.');
  });
});
