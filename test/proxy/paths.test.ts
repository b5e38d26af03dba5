import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkVendorPath, isAllowed, vendorUrl } from '../../src/proxy/paths.js';

const BASE = 'https://acme.bamboohr.example/api/gateway.php/acme';

describe('proxy: vendor paths', () => {
  it('accepts plain paths and decodes them', () => {
    expect(checkVendorPath('/v1/company/employees')).to.equal('/v1/company/employees');
    expect(checkVendorPath('/api/v3/users')).to.equal('/api/v3/users');
    expect(checkVendorPath('/v1/employees/%5B1%5D')).to.equal('/v1/employees/[1]');
  });

  it('matches rules on the whole path only', () => {
    const rules = [{ method: 'GET', path: '/v1/a' }, { method: 'GET', path: /\/v1\/people\/\d+/ }] as const;
    expect(isAllowed(rules, 'GET', '/v1/a')).to.equal(true);
    expect(isAllowed(rules, 'POST', '/v1/a')).to.equal(false);
    expect(isAllowed(rules, 'GET', '/v1/a/b')).to.equal(false);
    expect(isAllowed(rules, 'GET', '/v1/people/42')).to.equal(true);
    expect(isAllowed(rules, 'GET', '/v1/people/42/salary')).to.equal(false);
    expect(isAllowed(rules, 'GET', '/x/v1/people/42')).to.equal(false);
  });

  it('builds the URL under the base path and keeps query values', () => {
    const url = vendorUrl(BASE, '/v1/reports/custom', new URLSearchParams([['format', 'JSON'], ['a[]', '1'], ['a[]', '2']]));
    expect(url instanceof URL ? url.href : url).to.equal(`${BASE}/v1/reports/custom?format=JSON&a%5B%5D=1&a%5B%5D=2`);
  });

  it('refuses a base URL with credentials, query or another scheme', () => {
    for (const base of ['https://user:pw@api.example', 'https://api.example/?x=1', 'ftp://api.example', 'not a url']) {
      const result = vendorUrl(base, '/v1', new URLSearchParams());
      expect(result instanceof URL, base).to.equal(false);
    }
  });

  it('whatever path a widget sends, an accepted one never leaves the vendor origin or base path', () => {
    const pieces = fc.constantFrom('..', '.', '%2e%2e', '%2E', '%2f', '%5c', '\\', '@', ':', '//', '/', 'evil.example', 'v1', 'users', '%00', '?', '#', '%252e', ' ', 'é', '%C3%A9', '~', '[1]');
    fc.assert(fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), (parts) => {
      const raw = `/${parts.join('')}`;
      const checked = checkVendorPath(raw);
      if (typeof checked !== 'string') return true;
      const url = vendorUrl(BASE, checked, new URLSearchParams());
      if (!(url instanceof URL)) return true;
      const segments = checked.split('/').slice(1);
      return url.origin === 'https://acme.bamboohr.example'
        && url.pathname.startsWith('/api/gateway.php/acme/')
        && !segments.includes('..')
        && !segments.includes('.')
        && url.search === '';
    }), { numRuns: 2000, seed: 7 });
  });
});
