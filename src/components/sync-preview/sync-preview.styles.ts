import { css } from 'lit';

export const syncPreviewStyles = css`
  :host {
    --_row-height: var(--hris-sync-preview-row-height, 2.75rem);
    --_list-height: var(--hris-sync-preview-list-height, 24rem);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }

  .heading {
    margin: 0;
  }

  .subheading:focus,
  #awaiting-heading:focus {
    outline: none;
  }

  .subheading:focus-visible,
  #awaiting-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .status,
  .progress,
  .toolbar,
  .actions,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }

  .retrieved,
  .totals {
    margin: 0;
  }

  progress {
    inline-size: min(20rem, 100%);
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block: var(--_space) 0;
    border-block-end: 1px solid var(--_border);
  }

  .tab {
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid transparent;
    border-block-end: 3px solid transparent;
    cursor: pointer;
  }

  .tab[aria-selected='true'] {
    font-weight: 600;
    border-block-end-color: var(--_accent);
  }

  .tab:focus-visible,
  .row:focus-visible,
  .button:focus-visible,
  .link:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .row:focus-visible {
    outline-offset: -3px;
  }

  .count {
    font-variant-numeric: tabular-nums;
  }

  .control {
    display: inline-flex;
    flex-direction: column;
    font-size: 0.9em;
  }

  .control input,
  .control select {
    font: inherit;
    padding: 0.35rem 0.5rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }

  .grid {
    margin-block: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .scroller {
    display: block;
    height: var(--_list-height);
    overflow: auto;
  }

  .row {
    display: grid;
    grid-template-columns: 2.5rem minmax(8rem, 2fr) minmax(8rem, 2fr) minmax(8rem, 3fr);
    align-items: center;
    width: 100%;
    min-height: var(--_row-height);
    box-sizing: border-box;
    border-block-end: 1px solid var(--_surface-raised);
  }

  /* Fixed-height rows keep the virtualizer's size estimate exact, so long jumps need no correction passes. */
  .scroller .row:not(.expanded) {
    height: var(--_row-height);
    overflow: hidden;
  }

  .row.head {
    font-weight: 600;
    background: var(--_surface-raised);
  }

  .row[aria-selected='true'] {
    background: var(--_surface-raised);
  }

  .cell {
    padding: 0.25rem 0.5rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .cell.details {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }

  .diffcell {
    grid-column: 1 / -1;
    white-space: normal;
  }

  .since {
    margin-inline-start: 0.5rem;
    padding: 0 0.35rem;
    font-size: 0.8em;
    color: var(--_success);
    border: 1px solid currentColor;
    border-radius: 999px;
  }

  .link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: none;
    text-decoration: underline;
    cursor: pointer;
  }

  .diff {
    margin: 0;
    padding-inline-start: 2.5rem;
  }

  .diff .field {
    font-weight: 600;
    margin-inline-end: 0.5rem;
  }

  .diff del {
    color: var(--_danger);
  }

  .diff ins {
    color: var(--_success);
    text-decoration: none;
  }

  .confirm,
  .applying,
  .results {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .result-list li[data-ok='false'] {
    color: var(--_danger);
  }

  .runs {
    padding-inline-start: 1.25rem;
  }
`;
