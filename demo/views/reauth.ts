/**
 * The host's own re-authentication before a sync: the demo holds
 * `hris-request-sync` with `preventDefault()`, asks for the password in a
 * modal dialog, then calls `confirmSync()` or `cancelSync()` on the preview.
 */
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';

export interface HeldSync {
  readonly creates: number;
  readonly updates: number;
  readonly leavers: number;
}

export interface ReauthView {
  readonly held: HeldSync | null;
  readonly onContinue: () => void;
  readonly onCancel: () => void;
}

/** Opens the dialog as a modal once it is in the document (the ref fires before it is inserted). */
const openModal = (el: Element | undefined) => {
  if (el instanceof HTMLDialogElement) {
    queueMicrotask(() => {
      if (el.isConnected && !el.open) el.showModal();
    });
  }
};

export function reauthDialog(v: ReauthView) {
  if (!v.held) return nothing;
  const submit = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('password') as HTMLInputElement;
    if (input.value.trim() === '') {
      input.setCustomValidity('Enter your password to continue.');
      input.reportValidity();
      return;
    }
    v.onContinue();
  };
  return html`
    <dialog ${ref(openModal)} aria-labelledby="reauth-heading" @cancel=${(e: Event) => { e.preventDefault(); v.onCancel(); }}>
      <form @submit=${submit}>
        <h2 id="reauth-heading">Confirm it’s you</h2>
        <p>Capwise asks for your password before changing ${v.held.creates + v.held.updates + v.held.leavers} records
          (${v.held.creates} new, ${v.held.updates} updated, ${v.held.leavers} leavers).</p>
        <label>Password (demo: any text)
          <input name="password" type="password" autocomplete="current-password" required @input=${(e: Event) => (e.target as HTMLInputElement).setCustomValidity('')} /></label>
        <p class="dialog-actions">
          <button type="submit">Continue</button>
          <button type="button" class="secondary" @click=${v.onCancel}>Cancel</button>
        </p>
      </form>
    </dialog>
  `;
}
