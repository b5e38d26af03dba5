import { css } from 'lit';

export const connectStyles = css`
  :host {
    --_max-width: var(--hris-connect-max-width, 40rem);
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .providers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: calc(var(--_space) * 0.5);
    margin: var(--_space) 0;
    padding: 0;
    list-style: none;
  }

  .provider {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    width: 100%;
    min-height: 3.5rem;
    padding: 0.75rem;
    font: inherit;
    font-weight: 600;
    text-align: start;
    color: var(--_text);
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .provider:hover {
    border-color: var(--_accent);
  }

  .logo {
    flex: none;
    border-radius: 8px;
  }

  .data-types {
    display: grid;
    gap: 0.5rem;
    margin: calc(var(--_space) * 0.75) 0;
    padding: 0;
    list-style: none;
  }

  .data-types li {
    display: grid;
    padding: 0.5rem 0.75rem;
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }

  .data-types__label {
    font-weight: 600;
  }

  .advice {
    padding: 0.5rem 0.75rem;
    background: var(--_surface-raised);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .instructions {
    padding-inline-start: 1.5rem;
  }

  .instructions li + li {
    margin-top: 0.25rem;
  }

  .input,
  .forward {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .forward {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.875em;
    resize: vertical;
  }

  .legend {
    margin-bottom: 0.5rem;
  }

  .field + .field {
    margin-top: calc(var(--_space) * 0.75);
  }

  .help {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }

  .mappings {
    margin-top: var(--_space);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: var(--_space);
  }

  .pending {
    color: var(--_muted);
  }

  .error {
    margin: var(--_space) 0;
  }

  .error p {
    margin: 0;
  }

  .connection {
    display: grid;
    gap: 0.5rem;
    margin: var(--_space) 0;
  }

  .connection > div {
    display: grid;
    grid-template-columns: minmax(8rem, auto) 1fr;
    gap: 1rem;
  }

  .connection dt {
    color: var(--_muted);
  }

  .connection dd {
    margin: 0;
  }

  .connection__provider {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
`;
