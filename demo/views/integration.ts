/**
 * The three hris-kit elements as the host embeds them: the same proxy,
 * tenant, connection, configuration, target schema and host adapter on each.
 */
import { html, nothing } from 'lit';
import type { SyncConfig } from '../../src/core/config.js';
import type { HostAdapter, HostSchema } from '../../src/core/host.js';
import type { HrisConnection } from '../../src/events/connected.js';

export interface IntegrationView {
  readonly proxy: string;
  readonly tenant: string;
  readonly lang: string;
  readonly connection: HrisConnection | undefined;
  readonly config: SyncConfig;
  readonly schema: HostSchema;
  readonly host: HostAdapter;
}

export function integration(v: IntegrationView) {
  return html`
    <div class="hris" lang=${v.lang}>
      <section class="step" aria-labelledby="step-connect">
        <h3 id="step-connect">1. Connect your HR system</h3>
        <hris-connect proxy=${v.proxy} tenant=${v.tenant} .connection=${v.connection} .config=${v.config} .schema=${v.schema} .host=${v.host}></hris-connect>
      </section>
      ${v.connection
        ? html`
          <section class="step" aria-labelledby="step-configure">
            <h3 id="step-configure">2. Choose what to import</h3>
            <hris-configure proxy=${v.proxy} tenant=${v.tenant} .connection=${v.connection} .config=${v.config} .schema=${v.schema} .host=${v.host}></hris-configure>
          </section>
          <section class="step" aria-labelledby="step-preview">
            <h3 id="step-preview">3. Preview and sync</h3>
            <hris-sync-preview proxy=${v.proxy} tenant=${v.tenant} .connection=${v.connection} .config=${v.config} .schema=${v.schema} .host=${v.host}></hris-sync-preview>
          </section>`
        : nothing}
    </div>
  `;
}
