/**
 * The host's view of the elements' events: the last few, with the facts a
 * host would act on (never a secret; the events carry none).
 */
import { html } from 'lit';

export const HRIS_EVENTS = [
  'hris-connected', 'hris-disconnected', 'hris-config-change', 'hris-retrieved', 'hris-request-sync', 'hris-sync-complete', 'hris-error',
] as const;

export interface LoggedEvent {
  readonly type: string;
  readonly text: string;
  readonly at: string;
}

type Detail = Readonly<Record<string, unknown>>;

const facts: Readonly<Record<string, (d: Detail) => string>> = {
  'hris-connected': (d) => `provider ${String((d.connection as Detail | undefined)?.provider ?? '')}`,
  'hris-disconnected': (d) => `provider ${String(d.provider ?? '')}`,
  'hris-config-change': (d) => `from ${String(d.source ?? '')}`,
  'hris-retrieved': (d) => `${String(d.total ?? 0)} records, ${String(d.quarantined ?? 0)} quarantined${d.partial ? ', partial' : ''}`,
  'hris-request-sync': (d) => `${String(d.creates ?? 0)} creates, ${String(d.updates ?? 0)} updates, ${String(d.leavers ?? 0)} leavers`,
  'hris-sync-complete': (d) => `${String(d.created ?? 0)} created, ${String(d.updated ?? 0)} updated, ${String(d.failed ?? 0)} failed`,
  'hris-error': (d) => `${String(d.operation ?? '')}: ${String(d.code ?? '')}`,
};

export function describeEvent(type: string, detail: Detail): LoggedEvent {
  return { type, text: facts[type]?.(detail) ?? '', at: new Date().toLocaleTimeString('en', { hour12: false }) };
}

export function eventLog(events: readonly LoggedEvent[]) {
  if (events.length === 0) return html`<p class="muted">No events yet.</p>`;
  return html`<ol class="event-log">${events.map((e) => html`<li><time>${e.at}</time> <code>${e.type}</code> ${e.text}</li>`)}</ol>`;
}
