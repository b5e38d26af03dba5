import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisConnect } from '../../src/components/connect/connect.js';
import { PROVIDER_IDS } from '../../src/core/model.js';
import { providers } from '../../src/core/providers/index.js';
import { PROXY_ERROR_CODES } from '../../src/core/proxy-client.js';
import { createFormatter, loadTranslation } from '../../src/translations/index.js';
import en from '../../src/translations/en.js';
import { click, texts } from './connect-helpers.js';

describe('translations', () => {
  for (const lang of ['de', 'fr'] as const) {
    it(`${lang}: every provider's steps, labels and help match its definition`, async () => {
      const t = await loadTranslation(lang);
      expect(t.$code).to.equal(lang);
      for (const id of PROVIDER_IDS) {
        const def = providers[id];
        const own = t.providers[id]!;
        expect(own.instructions?.length, `${lang} ${id} steps`).to.equal(def.credentials.instructions.length);
        expect(own.advice === undefined, `${lang} ${id} advice`).to.equal(def.credentials.advice === undefined);
        expect(Object.keys(own.fields ?? {}).sort(), `${lang} ${id} fields`).to.deep.equal(def.credentials.fields.map((f) => f.name).sort());
        const withHelp = def.credentials.fields.filter((f) => f.help).map((f) => f.name).sort();
        expect(Object.keys(own.help ?? {}).sort(), `${lang} ${id} help`).to.deep.equal(withHelp);
      }
    });
  }

  it('has a sentence and a next step for every proxy error code, in every locale', async () => {
    for (const t of [en, await loadTranslation('de'), await loadTranslation('fr')]) {
      const fmt = createFormatter(t.$code, t);
      const generic = fmt.issue({ code: 'no_such_code' });
      for (const code of PROXY_ERROR_CODES) {
        const sentence = fmt.issue({ code }, { provider: 'Personio' });
        expect(sentence.message, `${t.$code} ${code}`).not.to.equal(generic.message.replace('no_such_code', code));
        expect(sentence.action.length, `${t.$code} ${code}`).to.be.greaterThan(0);
      }
    }
  });

  it('renders the vendor instructions and the form in German and French', async () => {
    const el = await fixture<HrisConnect>(html`<hris-connect lang="de" provider="bamboohr"></hris-connect>`);
    await click(el, '[data-action="admin"]');
    expect(texts(el, 'form label')).to.deep.equal(['Firmen-Domain', 'API-Schlüssel']);
    expect(texts(el, '#help-companyDomain')).to.deep.equal(['Der Teil vor .bamboohr.com in Ihrer BambooHR-Adresse.']);
    expect(texts(el, '[part="instructions"] li')[2]).to.equal(
      'Ihre Firmen-Domain finden Sie unter Einstellungen → Konto → Kontoinformationen, „Ihre BambooHR-URL“: der Teil vor .bamboohr.com.',
    );
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await el.updateComplete;
    expect(texts(el, 'form label')).to.deep.equal(['Domaine de l’entreprise', 'Clé API']);
    expect(texts(el, 'legend')).to.deep.equal(['Saisir les identifiants']);
    await expect(el).to.be.accessible();
  });
});
