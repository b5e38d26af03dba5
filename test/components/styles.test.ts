import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { hostStyles } from '../../src/components/base/host.styles.js';
import { configureStyles } from '../../src/components/configure/configure.styles.js';
import { connectStyles } from '../../src/components/connect/connect.styles.js';
import { syncPreviewStyles } from '../../src/components/sync-preview/sync-preview.styles.js';

/**
 * Properties CSS inherits by default, as far as our style sheets use them. `inherit` on any other property made
 * Chromium's style recalc of the preview's rows slower step after step until the next full garbage collection
 * (`box-sizing: inherit` on every element: 1 ms growing past 300 ms over a 100,000-row scroll; see host.styles.ts).
 */
const INHERITED = /^(font(-.+)?|color|line-height|letter-spacing|word-spacing|text-(align|indent|transform)|white-space(-collapse)?|text-wrap(-mode)?|visibility|cursor|direction|quotes|list-style(-.+)?)$/;

interface Inherit { readonly selector: string; readonly property: string }

/** Every `property: inherit` declaration (longhands) of a style sheet, nested rules (media queries) included. */
function inheritDeclarations(rules: CSSRuleList, out: Inherit[] = []): Inherit[] {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      for (const property of Array.from(rule.style)) {
        if (rule.style.getPropertyValue(property).trim() === 'inherit') out.push({ selector: rule.selectorText, property });
      }
    }
    if ('cssRules' in rule) inheritDeclarations((rule as CSSGroupingRule).cssRules, out);
  }
  return out;
}

describe('element style sheets', () => {
  const sheets: Record<string, CSSResult> = { hostStyles, connectStyles, configureStyles, syncPreviewStyles };

  for (const [name, styles] of Object.entries(sheets)) {
    it(`${name} inherits only properties that are inherited anyway`, () => {
      const sheet = styles.styleSheet;
      expect(sheet, 'constructable style sheet').to.be.instanceOf(CSSStyleSheet);
      const declarations = inheritDeclarations(sheet!.cssRules);
      expect(declarations.filter((d) => !INHERITED.test(d.property))).to.deep.equal([]);
    });
  }

  it('finds an inherit declaration of a property that is not inherited', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { box-sizing: inherit; color: inherit } @media (min-width: 1px) { .x { border-color: inherit } }');
    const found = inheritDeclarations(sheet.cssRules);
    expect(found.map((d) => `${d.selector} ${d.property}`)).to.include.members(['* box-sizing', '* color', '.x border-top-color']);
    expect(found.filter((d) => !INHERITED.test(d.property)).map((d) => d.property)).to.include('box-sizing').and.not.include('color');
  });
});
