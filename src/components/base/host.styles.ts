import { css } from 'lit';

/**
 * Shared host styles and design tokens for every hris-kit element.
 *
 * Public tokens (`--hris-*`) are read with a default on `:host`; elements use
 * the private `--_*` copies. Light and dark follow `prefers-color-scheme`; the
 * host forces one with `theme="light"` or `theme="dark"`. Nothing here reaches
 * outside the shadow root, and page styles reach in only through the tokens
 * and the documented parts.
 */
/** The palette of each theme, as private tokens over the public `--hris-color-*` ones. */
const light = css`
  --_accent: var(--hris-color-accent, #1d4ed8);
  --_on-accent: var(--hris-color-on-accent, #ffffff);
  --_surface: var(--hris-color-surface, #ffffff);
  --_surface-raised: var(--hris-color-surface-raised, #f3f4f6);
  --_text: var(--hris-color-text, #111827);
  --_muted: var(--hris-color-text-muted, #4b5563);
  --_border: var(--hris-color-border, #9ca3af);
  --_danger: var(--hris-color-danger, #b91c1c);
  --_success: var(--hris-color-success, #15803d);
  --_focus: var(--hris-color-focus, #1d4ed8);
  color-scheme: light;
`;

const dark = css`
  --_accent: var(--hris-color-accent, #93c5fd);
  --_on-accent: var(--hris-color-on-accent, #0b1220);
  --_surface: var(--hris-color-surface, #111827);
  --_surface-raised: var(--hris-color-surface-raised, #1f2937);
  --_text: var(--hris-color-text, #f3f4f6);
  --_muted: var(--hris-color-text-muted, #d1d5db);
  --_border: var(--hris-color-border, #6b7280);
  --_danger: var(--hris-color-danger, #fca5a5);
  --_success: var(--hris-color-success, #86efac);
  --_focus: var(--hris-color-focus, #93c5fd);
  color-scheme: dark;
`;

/*
 * Every element inside the shadow root is border-box by its own rule, not by 'inherit' from the host: in Chromium,
 * with 'inherit' each style recalc of the preview's rows took longer than the one before until the next full garbage
 * collection (1 ms growing past 300 ms over a 100,000-row scroll, where those collections are seconds apart).
 * Measured with the scroll of 'npm run bench'. (A comment here, not in the CSS: text in the template ships.)
 */
export const hostStyles = css`
  :host {
    --_font: var(--hris-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--hris-radius, 0.5rem);
    --_space: var(--hris-space, 1rem);
    ${light}

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--hris-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
  }

  /* The layout every element shares: its wrapper, its step heading, its section headings. */
  .base {
    max-width: var(--_max-width, none);
    padding: var(--_space);
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .subheading {
    margin: var(--_space) 0 0.25rem;
    font-size: 1.05em;
  }

  /* Form anatomy shared by the elements' forms. */
  .fieldset {
    margin: var(--_space) 0 0;
    padding: 0;
    border: 0;
  }

  .legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-size: 1.05em;
    font-weight: 700;
  }

  .label {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      ${dark}
    }
  }

  :host([theme='light']) {
    ${light}
  }

  :host([theme='dark']) {
    ${dark}
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .button--primary {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }

  .button--danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }

  .button[aria-disabled='true'],
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .error {
    padding: calc(var(--_space) * 0.75);
    color: var(--_text);
    background: var(--_surface-raised);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }

  .error__title {
    margin: 0 0 0.25rem;
    font-weight: 700;
    color: var(--_text);
  }

  .field-error {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_danger);
  }

  .muted {
    color: var(--_muted);
  }
`;
