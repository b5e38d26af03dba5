/**
 * `<hris-configure>` alone on a page for each of the five vendors: a snapshot
 * of the vendor's mock data (retrieved through the reference proxy) is in the
 * cache, no `<hris-connect>` on the page; the user picks the identifier, adds
 * one "Sync if" rule and saves.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisConfigure } from '../../src/components/configure/configure.js';
import { syncConfigSchema, validateConfig, type SyncConfig } from '../../src/core/config.js';
import { PROVIDER_IDS } from '../../src/core/model.js';
import { presets } from '../../src/core/presets.js';
import type { HrisConfigChangeEvent } from '../../src/events/config-change.js';
import { $, choose, click, settle, stored, TENANT, text } from './configure-helpers.js';

describe('<hris-configure> flow per provider', () => {
  for (const provider of PROVIDER_IDS) {
    it(`${provider}: identifier + one Sync-if rule, saved`, async () => {
      const { connection, snapshot, store } = await stored(provider);
      const el = await fixture<HrisConfigure>(html`<hris-configure tenant=${TENANT} .connection=${connection}></hris-configure>`);
      await settle(el);
      expect(text(el, '#match-count')).to.equal('50 of 50 employees match');
      await click(el, '#identifier-employeeNumber');
      await click(el, '[data-action="add-rule"]');
      await choose(el, '#rule-0-field', 'department');
      await click(el, '[data-rule="0"] input[data-value="Engineering"]');
      const engineering = snapshot.records.filter((r) => r.department === 'Engineering').length;
      expect(engineering).to.be.greaterThan(0);
      expect(text(el, '#match-count')).to.equal(`${engineering} of 50 employees match`);
      const change = oneEvent(el, 'hris-config-change') as Promise<HrisConfigChangeEvent<SyncConfig>>;
      $<HTMLButtonElement>(el, '[data-action="save"]')!.click();
      const { detail } = await change;
      expect(detail.config.identifier).to.equal('employeeNumber');
      expect(detail.config.conditions).to.deep.equal([{ field: 'department', operator: 'is', values: ['Engineering'] }]);
      const valid = validateConfig(detail.config, snapshot.catalog, presets.stakeholder.schema, { readable: snapshot.readable });
      expect(valid.ok).to.equal(true);
      const kept = await store.getConfig({ tenant: TENANT, connectionId: connection.id }, syncConfigSchema);
      expect(kept.ok && kept.value).to.deep.equal(detail.config);
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});
