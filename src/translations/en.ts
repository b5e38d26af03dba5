/**
 * English: bundled, the fallback for every other locale, and the definition of
 * the `Translation` type (other locales are checked against it).
 *
 * Layout: `common` and `dataTypes` are shared; `issues` turns core and proxy
 * issue codes into a sentence plus a next step; `providers` may override a
 * provider definition's English labels and instructions; then one namespace per
 * element (`connect`, and later `configure`, `syncPreview`). Parameterised and
 * plural strings are functions.
 */
import type { IssueParam } from '../core/result.js';
import { configureEn } from './configure-en.js';
import { syncPreviewEn } from './sync-preview-en.js';
import { s, said } from './params.js';

/** Issue parameters as the translation functions receive them (labels already resolved). */
export type IssueParams = Readonly<Record<string, IssueParam | undefined>>;

/** What happened, and what the user can do about it. */
export interface IssueSentence {
  readonly message: string;
  readonly action: string;
}

export type IssueTranslation = (params: IssueParams) => IssueSentence;

/** Overrides of one provider definition's English texts (keys as in the definition). */
export interface ProviderTexts {
  readonly fields?: Readonly<Record<string, string>>;
  /** Help under a field, by field name. */
  readonly help?: Readonly<Record<string, string>>;
  readonly instructions?: readonly string[];
  readonly advice?: string;
}


const en = {
  $code: 'en',
  $name: 'English',
  common: {
    back: 'Back',
    cancel: 'Cancel',
    continue: 'Continue',
    retry: 'Try again',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    loading: 'Loading…',
    loadFailed: 'This step could not be loaded. Check the connection and try again.',
    /** Why the employees cannot be kept on this device (the widget still works, in memory). */
    storeNotices: {
      storage_unavailable: 'This browser does not let the page keep the employees, so they are kept only until the page is closed or reloaded.',
      upgrade_blocked: 'Another tab holds an older version of this page. Close it so the employees can be kept on this device.',
      upgrade_required: 'This page was updated in another tab. Reload it to keep the employees on this device.',
    } as Readonly<Record<string, string>>,
    never: 'Never',
    required: (label: string) => `Enter the ${label}.`,
    invalid: (label: string) => `The ${label} is not valid.`,
    errorHeading: 'Something went wrong',
    stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  },
  dataTypes: {
    identity: { label: 'Identity', description: 'Names, employee number and IDs' },
    contact: { label: 'Contact details', description: 'Work and personal email, phone numbers' },
    employment: { label: 'Employment', description: 'Status, start and end dates, job title, employment type' },
    organization: { label: 'Organization', description: 'Department, team, office, manager, cost center' },
    compensation: { label: 'Compensation', description: 'Pay rate, currency and pay period' },
    custom: { label: 'Custom fields', description: 'Custom attributes your credential can read' },
  },
  issues: {
    unknown: (p: IssueParams) => ({
      message: `Something unexpected happened (${s(p['code'], 'unknown error')}).`,
      action: 'Try again. If it keeps happening, contact your administrator.',
    }),
    invalid_request: (p: IssueParams) => ({
      message: p['field'] ? `The ${s(p['field'])} was not accepted.` : 'The request was not accepted.',
      action: 'Check the values you entered and try again.',
    }),
    unknown_provider: (p: IssueParams) => ({
      message: `This app cannot connect to ${s(p['provider'], 'this HR system')}.`,
      action: 'Choose another HR system, or ask the app’s support team to enable it.',
    }),
    wrong_credentials: (p: IssueParams) => ({
      message: `${s(p['provider'], 'The HR system')} did not accept these credentials.${said(p, (v) => ` It answered: “${v}”.`)}`,
      action: 'Copy them again from the HR system, paste them here and connect again.',
    }),
    missing_permissions: (p: IssueParams) => ({
      message: `The credentials work, but cannot read ${s(p['fields'], 'some required fields')}.`,
      action: `In ${s(p['provider'], 'the HR system')}, allow the credential to read these attributes, then connect again.`,
    }),
    vendor_unavailable: (p: IssueParams) => ({
      message: `${s(p['provider'], 'The HR system')} is not responding right now.`,
      action: 'Wait a few minutes and try again.',
    }),
    vendor_rate_limited: (p: IssueParams) => ({
      message: `${s(p['provider'], 'The HR system')} is receiving too many requests.`,
      action: p['retryAfter'] ? `Try again in ${s(p['retryAfter'])} seconds.` : 'Wait a minute and try again.',
    }),
    not_found: () => ({
      message: 'This connection no longer exists.',
      action: 'Connect your HR system again.',
    }),
    endpoint_not_allowed: () => ({
      message: 'The connection server refused a request it does not allow.',
      action: 'Contact the app’s support team: its connection server needs an update.',
    }),
    origin_not_allowed: () => ({
      message: 'The connection server does not accept requests from this page.',
      action: 'Contact the app’s support team to allow this address.',
    }),
    payload_too_large: () => ({
      message: 'The request was too large for the connection server.',
      action: 'Check the values you entered and try again.',
    }),
    proxy_unreachable: () => ({
      message: 'The connection server could not be reached.',
      action: 'Check your internet connection and try again.',
    }),
    proxy_error: () => ({
      message: 'The connection server gave an answer this page does not understand.',
      action: 'Try again later. If it keeps happening, contact the app’s support team.',
    }),
  },
  providers: {} as Readonly<Record<string, ProviderTexts>>,
  connect: {
    title: 'Connect your HR system',
    pickerHeading: 'Choose your HR system',
    pickerHint: 'We only read data. Nothing is changed in your HR system.',
    chooseProvider: (provider: string) => `Connect ${provider}`,
    summaryHeading: (provider: string) => `${provider} will share`,
    summaryIntro: 'This app will read the following data:',
    adminQuestion: (provider: string) => `Creating the credentials needs administrator rights in ${provider}.`,
    iAmAdmin: 'I am an admin',
    notAdmin: 'I am not an admin',
    forwardHeading: 'Ask an admin to help',
    forwardIntro: 'Send these instructions to an administrator of your HR system:',
    forwardLabel: 'Instructions for an admin',
    forwardText: (provider: string, steps: string) =>
      `Please create read-only API credentials in ${provider} for our HR integration:\n${steps}\nThen send them to me through a secure channel, or enter them yourself.`,
    forwardDone: 'I have the credentials',
    instructionsHeading: (provider: string) => `Create your ${provider} credentials`,
    formHeading: 'Enter the credentials',
    connect: 'Connect',
    connecting: (provider: string) => `Connecting to ${provider}…`,
    errorsInForm: (count: number) => (count === 1 ? 'Fix 1 field to continue.' : `Fix ${count} fields to continue.`),
    secretKept: 'Secrets are sent to the connection server once and are not kept on this page.',
    connectedHeading: (provider: string) => `${provider} is connected`,
    mapHeading: 'Map additional fields',
    mapIntro: 'Choose which HR system field fills each field in this app. You can change this later.',
    mapTarget: 'Field in this app',
    mapSource: 'HR system field',
    mapSourceHint: 'Type to search the HR system’s fields.',
    mapNone: 'Not mapped',
    mapFieldOption: (label: string, type: string, endpoint: string) => `${label} · ${type} · ${endpoint}`,
    mapUnknown: 'Choose a field from the list, or leave it empty.',
    mapNoFields: 'There are no additional fields to map.',
    skip: 'Skip for now',
    finish: 'Finish setup',
    doneAnnouncement: (provider: string) => `${provider} is set up.`,
    connectionHeading: 'HR system connection',
    provider: 'HR system',
    connectedAt: 'Connected',
    lastRetrieval: 'Last retrieval',
    disconnect: 'Disconnect',
    disconnecting: 'Disconnecting…',
    reconnect: 'Reconnect',
    disconnected: (provider: string) => `${provider} was disconnected.`,
    noProxy: 'No connection server is configured for this page.',
    noProxyAction: 'The app’s developers need to set the proxy property.',
  },
  configure: configureEn,
  syncPreview: syncPreviewEn,
};

export type Translation = typeof en;
export default en as Translation;
