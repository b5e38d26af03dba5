/**
 * Everything `<hris-sync-preview>` needs once it has a connection, loaded as
 * one chunk then (a new user's first screen is the "connect first" notice):
 * the snapshot, plan and sync controllers, the virtualized grid, the status,
 * sync and history panels, and the core they use.
 */
export { SnapshotController } from '../base/snapshot-controller.js';
export { SyncController } from '../base/sync-controller.js';
export { renderStoreNotice } from '../base/store-notice.js';
export { selectFromPlan } from '../../core/plan-apply.js';
export { viewRows } from '../../core/plan-view.js';
export { leaverHandling, syncCounts } from '../../core/sync-run.js';
export { renderPanel, renderTabs } from './preview-list.js';
export { PlanController } from './preview-plan.js';
export { exportFile, fieldLabeller, reasonText } from './preview-text.js';
export { renderPossibleMatches, renderStatus, renderTotals } from './preview-status.js';
export { scrollRowIntoView } from './preview-scroller.js';
export { renderActions, renderHistory, renderSync } from './preview-sync.js';
