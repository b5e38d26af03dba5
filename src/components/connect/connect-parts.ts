/**
 * `<hris-connect>` past the picker, loaded as one chunk when a provider is
 * picked (or named by the `provider` attribute, or a connection is shown):
 * the provider catalogs with their credential schemas, the steps' templates,
 * credential validation, the session that calls the proxy (Connect,
 * Disconnect) and the "Map additional fields" controller.
 */
export { providerInfos } from '../../core/providers/info.js';
export { credentialValues, issueLabels, providerNamed, validateCredentials } from './connect-form.js';
export { MapFieldsController } from './connect-map.js';
export { connectionStep, credentialsStep, forwardStep, mapStep, summaryStep } from './connect-steps.js';
export { ConnectSession } from './connect-session.js';
