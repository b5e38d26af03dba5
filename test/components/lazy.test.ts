import { expect } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { HrisElement } from '../../src/components/base/hris-element.js';
import { renderLoading } from '../../src/components/base/lazy.js';
import { PROVIDER_IDS } from '../../src/core/model.js';
import { providerInfos } from '../../src/core/providers/info.js';
import { PICKER_PROVIDERS, PROVIDER_LABELS, isProviderId } from '../../src/core/providers/labels.js';

/** A later step's module whose import the test settles. */
let imports: { resolve(m: { text: string }): void; reject(e: Error): void }[] = [];
const importStep = () => new Promise<{ text: string }>((resolve, reject) => imports.push({ resolve, reject }));

class TestLazyElement extends HrisElement {
  readonly step = this.lazy(importStep);
  override render() {
    const m = this.step.get();
    return litHtml`${m ? litHtml`<p id="step">${m.text}</p>` : renderLoading(this.t, this.step)}${this.renderAnnouncer()}`;
  }
}
TestLazyElement.define('test-lazy-element');

declare global {
  interface HTMLElementTagNameMap {
    'test-lazy-element': TestLazyElement;
  }
}

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function mount(): Promise<TestLazyElement> {
  const el = document.createElement('test-lazy-element');
  document.body.append(el);
  await frame();
  return el;
}

describe('LazyModule', () => {
  beforeEach(() => (imports = []));
  afterEach(() => document.querySelectorAll('test-lazy-element').forEach((el) => el.remove()));

  it('shows the loading notice until the step arrives, imports once, and updateComplete waits for it', async () => {
    const el = await mount();
    expect(q(el, '[data-state="loading"]')?.textContent).to.equal('Loading…');
    el.requestUpdate();
    await frame();
    expect(imports.length).to.equal(1);
    let completed = false;
    const done = el.updateComplete.then(() => (completed = true));
    await frame();
    expect(completed).to.equal(false);
    imports[0]!.resolve({ text: 'Step two' });
    await done;
    expect(q(el, '#step')?.textContent).to.equal('Step two');
    expect(q(el, '[data-state="loading"]')).to.equal(null);
    expect(imports.length).to.equal(1);
  });

  it('says when the step could not be loaded, and Try again imports it again', async () => {
    const el = await mount();
    imports[0]!.reject(new Error('offline'));
    await el.updateComplete;
    const alert = q(el, '[role="alert"][data-state="load-failed"]');
    expect(alert?.querySelector('.error__title')?.textContent).to.equal('This step could not be loaded. Check the connection and try again.');
    el.requestUpdate();
    await el.updateComplete;
    expect(imports.length).to.equal(1, 'a failed import is not retried by every render');
    q(el, '[data-action="reload"]')!.click();
    expect(imports.length).to.equal(2);
    imports[1]!.resolve({ text: 'Step two' });
    await el.updateComplete;
    expect(q(el, '#step')?.textContent).to.equal('Step two');
  });
});

describe('provider names for the picker', () => {
  it('list every provider in the order of PROVIDER_IDS, with the catalogs\' labels', () => {
    expect([...PICKER_PROVIDERS]).to.deep.equal([...PROVIDER_IDS]);
    for (const id of PROVIDER_IDS) expect(PROVIDER_LABELS[id]).to.equal(providerInfos[id].label);
    expect(isProviderId('lucca')).to.equal(true);
    expect(isProviderId('toString')).to.equal(false);
    expect(isProviderId('')).to.equal(false);
  });
});
