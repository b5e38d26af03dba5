/**
 * Everything `<hris-configure>` needs once it has a connection, loaded as one
 * chunk then (a new user's first screen is the "connect first" notice): the
 * snapshot controller and store, the config schema and defaults, the presets,
 * the provider catalogs, the view derived from the core, and the sections.
 */
export { SnapshotController, snapshotStore } from '../base/snapshot-controller.js';
export { renderStoreNotice } from '../base/store-notice.js';
export { defaultSyncConfig, syncConfigSchema } from '../../core/config.js';
export { plainConfig, presetFromAttribute } from '../../core/config-view.js';
export { isPresetId, presets } from '../../core/presets.js';
export { getProviderInfo } from '../../core/providers/info.js';
export { issue } from '../../core/result.js';
export { rulesSection } from './configure-rules.js';
export { fieldsSection, identifierSection, leaversSection, nameFormatSection, notMappableSection, primaryEmailSection } from './configure-sections.js';
export { deriveView, problemText } from './configure-view.js';
