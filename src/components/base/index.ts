export { HrisElement, type ProxyInput } from './hris-element.js';
export { hostStyles } from './host.styles.js';
export { resolveLang } from './lang.js';
export { isProxyClient, resolveProxy } from './proxy.js';
export { VERSION } from './version.js';
