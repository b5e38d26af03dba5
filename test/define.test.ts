import { expect } from '@open-wc/testing';
import { HrisConnect } from '../src/define.js';
import * as api from '../src/index.js';

/** Captures console.warn calls while `run` executes. */
function warnings(run: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('define', () => {
  it('registers <hris-connect> with the exported class', () => {
    expect(customElements.get('hris-connect')).to.equal(HrisConnect);
    expect(document.createElement('hris-connect')).to.be.instanceOf(HrisConnect);
  });

  it('skips a tag that is already defined by the same version, silently', () => {
    const calls = warnings(() => HrisConnect.define('hris-connect'));
    expect(calls).to.deep.equal([]);
    expect(customElements.get('hris-connect')).to.equal(HrisConnect);
  });

  it('warns, without throwing, when another version got there first', () => {
    class Newer extends HrisConnect {
      static override readonly version = '9.9.9';
    }
    const calls = warnings(() => Newer.define('hris-connect'));
    expect(calls).to.deep.equal([[`[hris-kit] <hris-connect> is already defined by hris-kit ${HrisConnect.version}; version 9.9.9 was not registered.`]]);
    expect(customElements.get('hris-connect')).to.equal(HrisConnect);
  });

  it('carries the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(HrisConnect.version).to.equal(pkg.version);
    expect(api.VERSION).to.equal(pkg.version);
  });

  it('exports the element and event classes from the side-effect-free index', () => {
    expect(api.HrisConnect).to.equal(HrisConnect);
    expect(Object.keys(api).filter((k) => k.endsWith('Event')).sort()).to.deep.equal([
      'HrisConfigChangeEvent', 'HrisConnectedEvent', 'HrisDisconnectedEvent', 'HrisErrorEvent',
      'HrisRequestSyncEvent', 'HrisRetrievedEvent', 'HrisSyncCompleteEvent',
    ]);
  });
});
