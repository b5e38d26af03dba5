import { html, type TemplateResult } from 'lit';
import type { ProviderId } from '../../core/model.js';

/**
 * Provider marks: simple monograms drawn for hris-kit (a rounded tile with the
 * vendor's initials), not vendor artwork. Decorative: the name is always shown
 * next to them, so they are hidden from assistive technology.
 */
const MARKS: Readonly<Record<ProviderId, { readonly letters: string; readonly tile: string; readonly ink: string }>> = {
  personio: { letters: 'P', tile: '#1f2937', ink: '#ffffff' },
  bamboohr: { letters: 'B', tile: '#3f7d20', ink: '#ffffff' },
  hibob: { letters: 'hb', tile: '#c2185b', ink: '#ffffff' },
  humaans: { letters: 'H', tile: '#1e3a8a', ink: '#ffffff' },
  lucca: { letters: 'L', tile: '#0e7490', ink: '#ffffff' },
};

export function providerLogo(id: ProviderId): TemplateResult {
  const mark = MARKS[id];
  const size = mark.letters.length > 1 ? 14 : 18;
  return html`<svg part="logo" class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill=${mark.tile}></rect>
    <text x="16" y="16" dy="0.35em" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="700"
      font-size=${size} fill=${mark.ink}>${mark.letters}</text>
  </svg>`;
}
