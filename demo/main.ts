/**
 * The demo host app: an equity-management product's "Stakeholders" page that
 * embeds the three hris-kit elements. It plays the host's part — it stores
 * the connection and the configuration the elements hand it, gives them a
 * HostAdapter over its own records, and shows those records change as syncs
 * apply. The proxy and the mock vendors run in the dev server.
 */
import '../src/define.js';
import { html, render } from 'lit';
import { defaultSyncConfig, type SyncConfig } from '../src/core/config.js';
import type { ProviderId } from '../src/core/model.js';
import { presets, type PresetId } from '../src/core/presets.js';
import type { HrisConnection } from '../src/events/connected.js';
import { snapshotStore } from '../src/components/base/snapshot-controller.js';
import { BulkPanel } from './bulk.js';
import { DemoHostAdapter, openDemoDb, type StoredRecord } from './host-adapter.js';
import * as state from './state.js';
import { controls, credentialsList, type FaultOption } from './views/controls.js';
import { eventLog, describeEvent, HRIS_EVENTS, type LoggedEvent } from './views/events.js';
import { integration } from './views/integration.js';
import { reauthDialog, type HeldSync } from './views/reauth.js';
import { NOUNS, recordsTable } from './views/records-table.js';

const PROXY = '/api/hris';
const SETTINGS = '/__demo/settings';
const TENANT = 'demo';
const PAGE_SIZE = 100;
const $ = (id: string): HTMLElement => document.getElementById(id)!;

interface ServerState {
  readonly size: number;
  readonly fault: FaultOption;
  readonly credentials: Readonly<Record<ProviderId, Readonly<Record<string, string>>>>;
  readonly seeds: Readonly<Record<PresetId, Parameters<DemoHostAdapter['reset']>[0]>>;
}

const db = await openDemoDb();
let page = state.loadPage();
let server: ServerState | null = null;
let connection: HrisConnection | undefined = state.loadConnection();
let host = new DemoHostAdapter(db, page.preset);
let config: SyncConfig = state.loadConfig(page.preset) ?? defaultSyncConfig(page.preset);
let records: StoredRecord[] = [];
let shown = PAGE_SIZE;
let busy = false;
/** Re-authentication before each sync: the request held, and the preview that asked. */
let reauth = false;
let held: { readonly sync: HeldSync; readonly preview: { confirmSync(): Promise<boolean>; cancelSync(): void } } | null = null;
let announcement = '';
const events: LoggedEvent[] = [];

const bulk = new BulkPanel(() => ({
  host,
  schema: presets[page.preset].schema,
  identifier: config.identifier,
  snapshot: async () => {
    if (!connection) return null;
    const current = await (await snapshotStore()).getCurrent({ tenant: TENANT, connectionId: connection.id });
    return current.ok ? current.value : null;
  },
  announce,
  update,
  recordsChanged: renewHost,
}));

/**
 * The host records changed outside a sync (bulk identifiers, reset): a new
 * adapter object tells the preview to list them and plan again.
 */
function renewHost(): void {
  const next = new DemoHostAdapter(db, page.preset);
  next.failNext = host.failNext;
  host = next;
  watch(host);
  update();
}

function announce(text: string): void {
  announcement = '';
  update();
  requestAnimationFrame(() => {
    announcement = text;
    update();
  });
}

async function refreshRecords(): Promise<void> {
  records = await host.stored();
  update();
}

function watch(adapter: DemoHostAdapter): void {
  adapter.events.addEventListener('change', () => {
    if (adapter === host) void refreshRecords();
  });
}

async function post(patch: Partial<{ size: number; fault: FaultOption }>): Promise<ServerState> {
  const response = await fetch(SETTINGS, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
  if (!response.ok) throw new Error(`settings answered ${response.status}`);
  return (await response.json()) as ServerState;
}

/** Seeds the host records for the server's tenant size when they were seeded for another (or never). */
async function seedIfNeeded(force = false): Promise<void> {
  if (!server) return;
  if (!force && state.loadSeededSize() === server.size) return;
  for (const preset of Object.keys(presets) as PresetId[]) await new DemoHostAdapter(db, preset).reset(server.seeds[preset]);
  state.saveSeededSize(server.size);
}

async function withBusy(work: () => Promise<void>): Promise<void> {
  busy = true;
  update();
  try {
    await work();
  } finally {
    busy = false;
    update();
  }
}

const handlers = {
  onSize: (size: number) => void withBusy(async () => {
    server = await post({ size });
    await seedIfNeeded(true);
    renewHost();
    await refreshRecords();
    announce(`Tenant size ${size.toLocaleString('en')} employees. Demo records reset; retrieve again to see the new tenant.`);
  }),
  onFault: (fault: FaultOption) => void withBusy(async () => {
    server = await post({ fault });
    announce(fault === 'none' ? 'Faults off.' : `Fault on: ${fault === 'rate-limits' ? 'rate limits' : 'a failing page'}.`);
  }),
  onPreset: (preset: PresetId) => {
    page = { ...page, preset };
    state.savePage(page);
    host = new DemoHostAdapter(db, preset);
    watch(host);
    config = state.loadConfig(preset) ?? defaultSyncConfig(preset);
    shown = PAGE_SIZE;
    void refreshRecords();
    announce(`Host preset: ${NOUNS[preset].title}.`);
  },
  onLook: (look: state.Look) => {
    page = { ...page, look };
    state.savePage(page);
    update();
  },
  onLang: (lang: state.Lang) => {
    page = { ...page, lang };
    state.savePage(page);
    update();
  },
  onFailNext: (on: boolean) => {
    host.failNext = on;
    update();
  },
  onReauth: (on: boolean) => {
    reauth = on;
    update();
  },
  onReset: () => void withBusy(async () => {
    await seedIfNeeded(true);
    renewHost();
    await refreshRecords();
    announce('Demo records reset.');
  }),
};

function onHrisEvent(event: Event): void {
  const detail = (event as Event & { detail?: Record<string, unknown> }).detail ?? {};
  if (event.type === 'hris-connected') {
    connection = (detail as { connection: HrisConnection }).connection;
    state.saveConnection(connection);
  } else if (event.type === 'hris-disconnected') {
    connection = undefined;
    state.saveConnection(undefined);
  } else if (event.type === 'hris-config-change') {
    config = (detail as { config: SyncConfig }).config;
    state.saveConfig(page.preset, config);
  } else if (event.type === 'hris-request-sync' && reauth) {
    event.preventDefault();
    const d = detail as unknown as HeldSync;
    held = { sync: { creates: d.creates, updates: d.updates, leavers: d.leavers }, preview: event.target as unknown as NonNullable<typeof held>['preview'] };
  } else if (event.type === 'hris-retrieved' && connection) {
    connection = { ...connection, lastRetrievedAt: String(detail.retrievedAt ?? '') || null };
    state.saveConnection(connection);
  }
  events.unshift(describeEvent(event.type, detail));
  events.splice(8);
  update();
}

/** Closes the re-authentication dialog (focus returns where it was) and hands back the held request. */
function release(): typeof held {
  const h = held;
  $('dialogs').querySelector('dialog')?.close();
  held = null;
  update();
  return h;
}

function update(): void {
  document.body.dataset.look = page.look;
  const noun = NOUNS[page.preset];
  document.title = `${noun.title} · Capwise`;
  $('page-title').textContent = noun.title;
  render(controls({ size: server?.size ?? 50, fault: server?.fault ?? 'none', preset: page.preset, look: page.look, lang: page.lang, failNext: host.failNext, reauth, busy, ...handlers }),
    $('controls'));
  render(credentialsList(server?.credentials ?? null), $('credentials'));
  render(integration({ proxy: PROXY, tenant: TENANT, lang: page.lang, connection, config, schema: presets[page.preset].schema, host }),
    $('integration'));
  render(html`${bulk.render()}${recordsTable({ preset: page.preset, records, shown, onMore: () => { shown += PAGE_SIZE; update(); } })}`,
    $('records'));
  render(eventLog(events), $('events'));
  render(html`${announcement}`, $('announcer'));
  render(reauthDialog({
    held: held?.sync ?? null,
    onContinue: () => { const h = release(); void h?.preview.confirmSync(); },
    onCancel: () => { const h = release(); h?.preview.cancelSync(); announce('Sync cancelled.'); },
  }), $('dialogs'));
}

for (const type of HRIS_EVENTS) $('integration').addEventListener(type, onHrisEvent);
watch(host);
update();
try {
  const response = await fetch(SETTINGS);
  server = (await response.json()) as ServerState;
  await seedIfNeeded();
} catch {
  announce('The demo server did not answer: start it with npm start.');
}
await refreshRecords();
