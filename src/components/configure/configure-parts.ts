/**
 * Everything `<hris-configure>` needs once it has a connection, loaded as one
 * chunk then (a new user's first screen is the "connect first" notice): the
 * snapshot controller, where the draft starts and how it is saved (with the
 * config schema, defaults, presets and provider catalogs), the view derived
 * from the core, and the sections.
 */
export { SnapshotController } from '../base/snapshot-controller.js';
export { renderStoreNotice } from '../base/store-notice.js';
export { plainConfig } from '../../core/config-view.js';
export { issue } from '../../core/result.js';
export { readStoredConfig, startingDraft, storeConfig, viewInput } from './configure-draft.js';
export { rulesSection } from './configure-rules.js';
export { fieldsSection, identifierSection, leaversSection, nameFormatSection, notMappableSection, primaryEmailSection } from './configure-sections.js';
export { deriveView, problemText } from './configure-view.js';
