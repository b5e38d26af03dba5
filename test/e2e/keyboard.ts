/**
 * Keyboard-only driving and axe checks for the e2e tests: Tab until the
 * focused control (looked up through shadow roots) is the wanted one, and
 * axe-core run in the page over the light and shadow DOM.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly name: string;
}

/** The element that has focus, through open shadow roots, with a best-effort accessible name. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    const labelled = el.getAttribute('aria-labelledby');
    const root = el.getRootNode() as Document | ShadowRoot;
    const name = el.getAttribute('aria-label')
      ?? (labelled ? labelled.split(' ').map((id) => root.getElementById(id)?.textContent ?? '').join(' ') : null)
      ?? (input.labels && input.labels.length > 0 ? input.labels[0]!.textContent : null)
      ?? el.textContent ?? '';
    return { tag: el.tagName.toLowerCase(), type: input.type ?? '', name: name.replace(/\s+/g, ' ').trim() };
  });
}

/** Presses Tab until `wanted` holds for the focused element (at most `max` times). */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    const f = await focused(page);
    if (f && wanted(f)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

export const button = (name: string | RegExp) => (f: Focused) =>
  f.tag === 'button' && (typeof name === 'string' ? f.name === name : name.test(f.name));
export const field = (name: string | RegExp, tag = 'input') => (f: Focused) =>
  f.tag === tag && (typeof name === 'string' ? f.name === name : name.test(f.name));

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/**
 * axe-core's WCAG A/AA violations on the whole page, shadow roots included;
 * `exclude` lists CSS selectors of parts checked elsewhere.
 */
export async function axeViolations(page: Page, exclude: readonly string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const context = excluded.length === 0 ? document : { include: [['body']], exclude: excluded.map((s) => [s]) };
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, [...exclude]);
}
