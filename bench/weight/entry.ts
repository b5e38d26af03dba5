// What a host loads: the three elements registered, with the core they use
// (Lit bundled in). Lazily loaded chunks (SheetJS, phone metadata, other
// locales) stay dynamic imports and are counted apart.
import '../../src/define.js';
