/** The visible notice when the snapshot cache is degraded (memory only, blocked or outdated by another tab). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '../../core/result.js';
import type { Formatter } from '../../translations/index.js';

export function renderStoreNotice(fmt: Formatter, notice: Issue | null): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const notices = fmt.t.common.storeNotices;
  const text = Object.hasOwn(notices, notice.code) ? notices[notice.code] : notices['storage_unavailable'];
  return html`<p class="notice" part="notice store-notice" role="status" data-notice=${notice.code}>${text}</p>`;
}
