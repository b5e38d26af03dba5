/**
 * Everything `<hris-sync-preview>` needs once it has a connection, loaded as
 * one chunk then (a new user's first screen is the "connect first" notice):
 * the snapshot, plan and sync controllers (wired in `preview-wiring.ts`), the
 * virtualized grid with its selection and keyboard state, the status, sync
 * and history panels, and the core they use.
 */
export { renderStoreNotice } from '../base/store-notice.js';
export { selectFromPlan } from '../../core/plan-apply.js';
export { viewRow, viewRows } from '../../core/plan-view.js';
export { leaverHandling, syncCounts } from '../../core/sync-run.js';
export { GridController } from './preview-grid.js';
export { renderPanel, renderTabs } from './preview-list.js';
export { startControllers } from './preview-wiring.js';
export { exportFile, fieldLabeller, reasonText } from './preview-text.js';
export { renderPossibleMatches, renderStatus, renderTotals } from './preview-status.js';
export { renderActions, renderHistory, renderSync } from './preview-sync.js';
