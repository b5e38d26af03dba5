/**
 * Language resolution for the elements: the element's own `lang` attribute,
 * then the closest ancestor with `lang` (crossing shadow roots), then
 * `<html lang>`, then `en`. One shared MutationObserver tells connected elements
 * when a `lang` attribute changes anywhere in the light DOM.
 */

/** The language tag that applies to `el`. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

interface LangListener {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

export function observeLang(listener: LangListener): void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of listeners) l.langChanged();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
