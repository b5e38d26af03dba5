import { css } from 'lit';

export const configureStyles = css`
  :host {
    --_max-width: var(--hris-configure-max-width, 48rem);
  }

  .subheading {
    margin-top: calc(var(--_space) * 1.5);
  }

  .help {
    margin: 0 0 0.5rem;
    font-size: 0.875em;
  }

  .note {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    background: var(--_surface-raised);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .choices,
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2rem;
  }

  .input {
    max-width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .mappings {
    width: 100%;
    border-collapse: collapse;
  }

  .mappings th,
  .mappings td {
    padding: 0.35rem 0.5rem 0.35rem 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_surface-raised);
  }

  .mappings thead th {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .example {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .problems {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }

  .not-mappable {
    display: grid;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }

  .not-mappable li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .not-mappable__label {
    font-weight: 600;
    text-decoration: line-through;
  }

  .count {
    margin: 0.5rem 0;
    font-size: 1.1em;
    font-weight: 700;
  }

  .rules {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rule {
    padding: 0 calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }

  .rule__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .rule__values {
    margin-top: 0.5rem;
  }

  .other {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }

  .other .label {
    flex-basis: 100%;
    margin: 0;
  }

  .explain {
    margin-top: var(--_space);
  }

  .reason {
    min-height: 1.5em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: var(--_space);
  }

  .save {
    margin-top: calc(var(--_space) * 1.5);
  }

  .saved {
    font-weight: 600;
    color: var(--_success);
  }

  .save-problems ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }

  .notice {
    margin: var(--_space) 0;
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }

  .notice p {
    margin: 0;
  }

  .notice__title {
    font-weight: 700;
  }

  .error {
    margin: var(--_space) 0;
  }

  .error p {
    margin: 0;
  }
`;
