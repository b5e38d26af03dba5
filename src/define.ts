/**
 * `hris-kit/define`: registers the hris-kit elements (a side effect, on
 * purpose). A tag that is already defined is skipped, with a warning when a
 * different version of hris-kit got there first: widgets are often loaded
 * twice on real host pages.
 */
import { HrisConfigure } from './components/configure/configure.js';
import { HrisConnect } from './components/connect/connect.js';
import { HrisSyncPreview } from './components/sync-preview/sync-preview.js';

HrisConnect.define('hris-connect');
HrisConfigure.define('hris-configure');
HrisSyncPreview.define('hris-sync-preview');

export { HrisConnect, HrisConfigure, HrisSyncPreview };
