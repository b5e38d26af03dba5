/**
 * The demo's own switches (tenant size, faults, preset, look, language,
 * simulated failure) and the demo credentials of the five vendors.
 */
import { html } from 'lit';
import { PROVIDER_IDS, type ProviderId } from '../../src/core/model.js';
import { providers } from '../../src/core/providers/index.js';
import type { PresetId } from '../../src/core/presets.js';
import type { Lang, Look } from '../state.js';

export const SIZE_OPTIONS = [50, 5000, 50000] as const;
export const FAULT_OPTIONS = [
  ['none', 'None'],
  ['rate-limits', 'Rate limits (429 with Retry-After)'],
  ['failing-page', 'A failing page (retrieval fails)'],
] as const;
export type FaultOption = (typeof FAULT_OPTIONS)[number][0];

export interface ControlsView {
  readonly size: number;
  readonly fault: string;
  readonly preset: PresetId;
  readonly look: Look;
  readonly lang: Lang;
  readonly failNext: boolean;
  readonly reauth: boolean;
  readonly busy: boolean;
  readonly onSize: (size: number) => void;
  readonly onFault: (fault: FaultOption) => void;
  readonly onPreset: (preset: PresetId) => void;
  readonly onLook: (look: Look) => void;
  readonly onLang: (lang: Lang) => void;
  readonly onFailNext: (on: boolean) => void;
  readonly onReauth: (on: boolean) => void;
  readonly onReset: () => void;
}

const value = (e: Event): string => (e.target as HTMLSelectElement | HTMLInputElement).value;
const count = new Intl.NumberFormat('en');

export function controls(v: ControlsView) {
  return html`
    <div class="controls">
      <label>Tenant size
        <select ?disabled=${v.busy} @change=${(e: Event) => v.onSize(Number(value(e)))}>
          ${SIZE_OPTIONS.map((s) => html`<option value=${s} ?selected=${s === v.size}>${count.format(s)} employees</option>`)}
        </select>
      </label>
      <label>Faults
        <select ?disabled=${v.busy} @change=${(e: Event) => v.onFault(value(e) as FaultOption)}>
          ${FAULT_OPTIONS.map(([id, label]) => html`<option value=${id} ?selected=${id === v.fault}>${label}</option>`)}
        </select>
      </label>
      <label>Host preset
        <select @change=${(e: Event) => v.onPreset(value(e) as PresetId)}>
          <option value="stakeholder" ?selected=${v.preset === 'stakeholder'}>Stakeholders (equity management)</option>
          <option value="directory" ?selected=${v.preset === 'directory'}>Employee directory</option>
        </select>
      </label>
      <label>Host look
        <select @change=${(e: Event) => v.onLook(value(e) as Look)}>
          <option value="ledger" ?selected=${v.look === 'ledger'}>Ledger (blue, square)</option>
          <option value="harbor" ?selected=${v.look === 'harbor'}>Harbor (green, rounded)</option>
        </select>
      </label>
      <label>Widget language
        <select @change=${(e: Event) => v.onLang(value(e) as Lang)}>
          <option value="en" ?selected=${v.lang === 'en'}>English</option>
          <option value="de" ?selected=${v.lang === 'de'}>Deutsch</option>
          <option value="fr" ?selected=${v.lang === 'fr'}>Français</option>
        </select>
      </label>
      <label class="check">
        <input type="checkbox" .checked=${v.failNext} @change=${(e: Event) => v.onFailNext((e.target as HTMLInputElement).checked)} />
        Simulate a failure: the next sync fails for one record
      </label>
      <label class="check">
        <input type="checkbox" .checked=${v.reauth} @change=${(e: Event) => v.onReauth((e.target as HTMLInputElement).checked)} />
        Ask for the password before each sync (the host holds <code>hris-request-sync</code>)
      </label>
      <button type="button" class="secondary" ?disabled=${v.busy} @click=${v.onReset}>Reset demo data</button>
    </div>
  `;
}

export function credentialsList(credentials: Readonly<Record<ProviderId, Readonly<Record<string, string>>>> | null) {
  if (!credentials) return html`<p>Loading the demo credentials…</p>`;
  return html`
    <dl class="credentials">
      ${PROVIDER_IDS.map((id) => html`
        <div class="credential" data-provider=${id}>
          <dt>${providers[id].label}</dt>
          ${providers[id].credentials.fields.map((f) => html`
            <dd><span class="credential-label">${f.label}:</span> <code>${credentials[id]?.[f.name] ?? ''}</code></dd>`)}
        </div>`)}
    </dl>
  `;
}
