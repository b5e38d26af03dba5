/**
 * `hris-kit`: the element classes, event classes and public types, with no
 * side effects. Import `hris-kit/define` to register the tags.
 */
export { HrisElement, type ProxyInput } from './components/base/hris-element.js';
export { VERSION } from './components/base/version.js';
export { HrisConnect, type ConnectStep } from './components/connect/connect.js';
export { HrisConfigure } from './components/configure/configure.js';
export { HrisSyncPreview } from './components/sync-preview/sync-preview.js';
export * from './events/index.js';
export {
  registerTranslation,
  loadTranslation,
  resolveLocale,
  createFormatter,
  type Translation,
  type TranslationOverrides,
  type DeepPartial,
  type Formatter,
  type IssueParams,
  type IssueSentence,
  type ProviderTexts,
} from './translations/index.js';
export type { ProxyClient, ConnectionInfo, ProxyErrorCode } from './core/proxy-client.js';
export type { HostAdapter, HostSchema, HostField } from './core/host.js';
export type { SyncConfig, SyncConfigInput } from './core/config.js';
export type { ProviderId } from './core/model.js';
