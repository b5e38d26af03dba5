/**
 * A minimal React host (`/react.html`): the three elements through the
 * `hris-kit/react` wrappers, the connection and configuration kept in React
 * state, the demo's IndexedDB host adapter. Plain `createElement`, so the
 * demo needs no JSX build step.
 */
import { createElement as h, Fragment, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SyncConfig } from '../src/core/config.js';
import type { HrisConnection } from '../src/events/connected.js';
import { HrisConfigure, HrisConnect, HrisSyncPreview } from '../src/react/index.js';
import { DemoHostAdapter, openDemoDb } from './host-adapter.js';

const db = await openDemoDb('hris-kit-demo-react');
const host = new DemoHostAdapter(db, 'stakeholder');

function App() {
  const [connection, setConnection] = useState<HrisConnection | undefined>(undefined);
  const [config, setConfig] = useState<SyncConfig | undefined>(undefined);
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((l) => [line, ...l].slice(0, 5));
  const shared = useMemo(() => ({ proxy: '/api/hris', tenant: 'react-demo', connection, config, host }), [connection, config]);
  return h(Fragment, null,
    h('section', { className: 'panel', 'aria-label': 'HR integration' },
      h(HrisConnect, {
        ...shared,
        onHrisConnected: (e) => { setConnection(e.detail.connection); note(`Connected to ${e.detail.connection.provider}`); },
        onHrisDisconnected: () => { setConnection(undefined); note('Disconnected'); },
      }),
      connection ? h(HrisConfigure, { ...shared, onHrisConfigChange: (e) => { setConfig(e.detail.config); note('Configuration saved'); } }) : null,
      connection ? h(HrisSyncPreview, {
        ...shared,
        onHrisRetrieved: (e) => note(`Retrieved ${e.detail.total} employees`),
        onHrisSyncComplete: (e) => note(`Synced: ${e.detail.created} created, ${e.detail.updated} updated`),
      }) : null),
    h('section', { className: 'panel', 'aria-labelledby': 'react-log' },
      h('h2', { id: 'react-log' }, 'React state'),
      h('ul', { 'data-testid': 'react-log' }, ...log.map((line, i) => h('li', { key: i }, line)))));
}

createRoot(document.getElementById('root')!).render(h(App));
