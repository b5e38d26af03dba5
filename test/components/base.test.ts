import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import { HrisElement } from '../../src/components/base/hris-element.js';
import { VERSION } from '../../src/components/base/version.js';
import { createFormatter, mergeTranslation, registerTranslation, resolveLocale } from '../../src/translations/index.js';
import en from '../../src/translations/en.js';
import type { ProxyClient } from '../../src/core/proxy-client.js';
import { HrisConnectedEvent, HrisRequestSyncEvent } from '../../src/events/index.js';
import * as api from '../../src/index.js';

/** A minimal element on the base class: renders a few strings and a date. */
class TestBaseElement extends HrisElement {
  get client(): ProxyClient | undefined {
    return this.proxyClient;
  }
  override render() {
    return litHtml`<p id="text">${this.t.common.continue}</p><p id="date">${this.fmt.date('2024-03-01')}</p>
      <p id="count">${this.fmt.number(1234.5)}</p>${this.renderAnnouncer()}`;
  }
  say(text: string) {
    this.announce(text);
  }
}
TestBaseElement.define('test-base-element');

declare global {
  interface HTMLElementTagNameMap {
    'test-base-element': TestBaseElement;
  }
}

const text = (el: TestBaseElement, id: string) => el.shadowRoot!.getElementById(id)!.textContent;

describe('HrisElement', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('renders English by default, with English dates and numbers', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element></test-base-element>`);
    expect(text(el, 'text')).to.equal('Continue');
    expect(text(el, 'date')).to.equal('Mar 1, 2024');
    expect(text(el, 'count')).to.equal('1,234.5');
    expect(el.resolvedLanguage).to.equal('en');
  });

  it('follows its own lang attribute first, loading German lazily', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><test-base-element lang="de"></test-base-element></div>`);
    const el = wrapper.querySelector('test-base-element')!;
    await el.updateComplete;
    expect(text(el, 'text')).to.equal('Weiter');
    expect(text(el, 'date')).to.equal('01.03.2024');
    expect(text(el, 'count')).to.equal('1.234,5');
  });

  it('falls back to the closest ancestor with lang, then <html lang>, and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr-CA"><test-base-element></test-base-element></div>`);
    const el = wrapper.querySelector('test-base-element')!;
    await el.updateComplete;
    expect(text(el, 'text')).to.equal('Continuer');
    expect(el.resolvedLanguage).to.equal('fr-CA');

    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'de-CH';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el, 'text')).to.equal('Weiter');
    expect(el.resolvedLanguage).to.equal('de-CH');

    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, 'text')).to.equal('Continue');
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('resolves the language through a shadow root to its host', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('test-base-element');
    root.append(el);
    await el.updateComplete;
    expect(text(el, 'text')).to.equal('Weiter');
  });

  it('uses English for an unknown or malformed language tag', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element lang="not a tag!"></test-base-element>`);
    expect(text(el, 'text')).to.equal('Continue');
    expect(resolveLocale('pt-BR')).to.equal('en');
    expect(resolveLocale('DE-at')).to.equal('de');
  });

  it('lets the host override any string, including function strings, with a plain string', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element lang="de"></test-base-element>`);
    el.strings = { common: { continue: 'Los geht’s' } };
    await el.updateComplete;
    expect(text(el, 'text')).to.equal('Los geht’s');
    const merged = mergeTranslation(en, { connect: { connecting: 'Please wait' } } as never);
    expect(merged.connect.connecting('Personio')).to.equal('Please wait');
    expect(merged.connect.connect).to.equal('Connect');
  });

  it('ignores prototype keys and unknown keys in overrides', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": true}, "common": {"nope": "x", "back": "Go back"}}');
    const merged = mergeTranslation(en, overrides);
    expect(merged.common.back).to.equal('Go back');
    expect((merged.common as Record<string, unknown>)['nope']).to.equal(undefined);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('accepts a host-registered locale', async () => {
    registerTranslation('nl', { ...en, $code: 'nl', common: { ...en.common, continue: 'Doorgaan' } });
    const el = await fixture<TestBaseElement>(html`<test-base-element lang="nl-BE"></test-base-element>`);
    expect(text(el, 'text')).to.equal('Doorgaan');
  });

  it('reflects the forced theme and uses an object proxy as is', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element theme="dark"></test-base-element>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    const fake: ProxyClient = {
      connect: async () => ({ ok: false, issues: [] }),
      status: async () => ({ ok: false, issues: [] }),
      disconnect: async () => ({ ok: true, value: null, issues: [] }),
      forward: async () => new Response(null),
    };
    el.proxy = fake;
    expect(el.client).to.equal(fake);
    expect(TestBaseElement.version).to.equal(VERSION);
  });

  it('follows prefers-color-scheme unless the host forces a theme', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element></test-base-element>`);
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 24, 39)');
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      el.style.setProperty('--hris-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('announces through a polite live region', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element></test-base-element>`);
    el.say('Saved.');
    await el.updateComplete;
    await el.updateComplete;
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('Saved.');
    await expect(el).to.be.accessible();
  });
});

describe('index', () => {
  it('has no side effects: importing it registers no tag', () => {
    expect(api.HrisConnect).to.be.a('function');
    expect(customElements.get('hris-connect')).to.equal(undefined);
  });
});

describe('formatter', () => {
  it('turns issue codes into a sentence and a next step, with a generic one for unknown codes', () => {
    const f = createFormatter('en', en);
    expect(f.issue({ code: 'missing_permissions', params: { fields: 'x' } }, { provider: 'Personio', fields: 'Email and First name' })).to.deep.equal({
      message: 'The credentials work, but cannot read Email and First name.',
      action: 'In Personio, allow the credential to read these attributes, then connect again.',
    });
    expect(f.issue({ code: 'toString' }).message).to.equal('Something unexpected happened (toString).');
    expect(f.list(['Email', 'First name', 'Last name'])).to.equal('Email, First name, and Last name');
    expect(f.date('not a date', '—')).to.equal('—');
    expect(f.dateTime('2024-03-01T09:30:00Z')).to.be.a('string').and.match(/2024/);
  });
});

describe('events', () => {
  it('bubble and are composed; request-sync is cancelable', () => {
    const e = new HrisConnectedEvent({ connection: { id: 'c1', provider: 'personio', connectedAt: '2024-01-01T00:00:00Z', readable: [] }, previousConnectionId: null });
    expect([e.type, e.bubbles, e.composed, e.cancelable]).to.deep.equal(['hris-connected', true, true, false]);
    const r = new HrisRequestSyncEvent({ planHash: 'h', recordKeys: [], creates: 1, updates: 0, leavers: 0 });
    expect([r.type, r.bubbles, r.composed, r.cancelable]).to.deep.equal(['hris-request-sync', true, true, true]);
    expect(JSON.parse(JSON.stringify(e.detail))).to.deep.equal(e.detail);
  });
});
