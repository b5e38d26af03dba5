/**
 * `hris-kit/proxy/node`: the parts of the proxy that need Node built-ins —
 * the `node:http` adapter and the encrypted file store.
 */
export { listen, toNodeListener, toRequest, writeResponse, type FetchHandler, type NodeListenerOptions, type RunningServer } from './node.js';
export { createFileStore, decodeKey, keyFromEnv, ProxyStoreError, type FileStoreOptions, type ProxyStoreErrorCode } from './file-store.js';
