/**
 * Custom Elements Manifest: generated from the elements' JSDoc headers
 * (`@summary`, `@tag`, `@attr`, `@prop`, `@fires`, `@csspart`, `@cssprop`).
 * `npm run manifest` rewrites `custom-elements.json`; `npm run build` fails
 * when the committed file is stale (scripts/check-manifest.mjs).
 */
/**
 * Events found in code (`dispatchEvent(new HrisErrorEvent(…))`) have a type
 * but no name; the JSDoc `@fires` entry names them. Keep the named entry only.
 */
const dropUnnamedDuplicateEvents = {
  name: 'hris-drop-unnamed-duplicate-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.events) continue;
        const named = new Set(decl.events.filter((e) => e.name).map((e) => e.type?.text));
        decl.events = decl.events.filter((e) => e.name || !named.has(e.type?.text));
      }
    }
  },
};

/**
 * The manifest describes the public API only: element modules, events and the
 * entry points, without private or protected members. Internal helpers of the
 * elements can change without touching it.
 */
const publicApiOnly = {
  name: 'hris-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    const isPublicModule = (mod) =>
      !mod.path.startsWith('src/components/') || (mod.declarations ?? []).some((d) => d.customElement);
    // Sorted by path: the analyzer lists modules in the order their files finish loading, which varies from run to
    // run, and the build compares the committed file byte for byte.
    customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(isPublicModule)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
      }
    }
  },
};

export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropUnnamedDuplicateEvents, publicApiOnly],
};
