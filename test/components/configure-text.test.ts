import { expect } from '@open-wc/testing';
import { CONFIG_ISSUE_CODES } from '../../src/core/config.js';
import { SPECIAL_CATEGORIES } from '../../src/core/sensitive.js';
import { CANONICAL_SOURCES } from '../../src/core/sources.js';
import { loadTranslation } from '../../src/translations/index.js';

describe('<hris-configure> texts', () => {
  for (const lang of ['en', 'de', 'fr']) {
    it(`${lang}: a sentence for every config issue code, a label for every special category and canonical source`, async () => {
      const t = (await loadTranslation(lang)).configure;
      expect(Object.keys(t.problems).sort()).to.deep.equal([...CONFIG_ISSUE_CODES].sort());
      for (const code of CONFIG_ISSUE_CODES) expect(t.problems[code]({}).length, code).to.be.greaterThan(10);
      expect(Object.keys(t.categories).sort()).to.deep.equal(Object.keys(SPECIAL_CATEGORIES).sort());
      expect(Object.keys(t.sources).sort()).to.deep.equal(CANONICAL_SOURCES.map((s) => s.path).sort());
    });
  }
});
