/**
 * What BambooHR exposes through a custom report: the standard fields (keyed by
 * BambooHR's own field names), the credential form with its advice and steps
 * (seed 001, rewritten), and the report request itself.
 */
import { z } from 'zod/mini';
import type { FieldDef } from '../model.js';
import type { ProviderInfo } from './types.js';
import { PROVIDER_LABELS } from './labels.js';
import { catalogFieldsFrom } from './catalog-field.js';

export const BAMBOOHR_REPORT_PATH = '/v1/reports/custom';
export const BAMBOOHR_ENDPOINT = `POST ${BAMBOOHR_REPORT_PATH}`;

const field = catalogFieldsFrom(BAMBOOHR_ENDPOINT);

/** Standard fields (vendor-apis.md §2.5). Special-category ones (SSN, ethnicity…) are deliberately absent: we never ask for them. */
export const BAMBOOHR_FIELDS: readonly FieldDef[] = [
  field('id', 'Employee ID', 'string'),
  field('employeeNumber', 'Employee #', 'string'),
  field('firstName', 'First name', 'string'),
  field('lastName', 'Last name', 'string'),
  field('preferredName', 'Preferred name', 'string'),
  field('displayName', 'Display name', 'string'),
  field('workEmail', 'Work email', 'email'),
  field('homeEmail', 'Home email', 'email', 'personal'),
  field('mobilePhone', 'Mobile phone', 'phone'),
  field('workPhone', 'Work phone', 'phone'),
  field('workPhoneExtension', 'Work extension', 'string'),
  field('dateOfBirth', 'Birth date', 'date', 'personal'),
  field('gender', 'Gender', 'enum', 'personal'),
  field('hireDate', 'Hire date', 'date'),
  field('originalHireDate', 'Original hire date', 'date'),
  field('terminationDate', 'Termination date', 'date'),
  field('status', 'Status', 'enum', 'standard', ['Active', 'Inactive']),
  field('employmentHistoryStatus', 'Employment status', 'enum'),
  field('jobTitle', 'Job title', 'string'),
  field('department', 'Department', 'string'),
  field('division', 'Division', 'string'),
  field('location', 'Location', 'string'),
  field('country', 'Country', 'string'),
  field('supervisor', 'Supervisor', 'string'),
  field('supervisorEId', 'Supervisor employee ID', 'reference'),
  field('supervisorId', 'Supervisor ID', 'string'),
  field('supervisorEmail', 'Supervisor email', 'email'),
  field('payRate', 'Pay rate', 'money', 'personal'),
  field('payType', 'Pay type', 'enum', 'personal'),
  field('payPer', 'Pay per', 'enum', 'personal', ['Hour', 'Day', 'Week', 'Month', 'Quarter', 'Year']),
  field('paySchedule', 'Pay schedule', 'enum', 'personal'),
  field('payRateEffectiveDate', 'Pay rate effective date', 'date', 'personal'),
  field('exempt', 'FLSA exempt', 'enum'),
  field('lastChanged', 'Last changed', 'date'),
];

/** BambooHR fields that are special whatever their label (US SSN, Canadian SIN, UK NIN, national id, ethnicity). */
export const BAMBOOHR_SENSITIVE_IDS: readonly string[] = ['ssn', 'sin', 'nin', 'nationalId', 'ethnicity'];

/**
 * The company domain as typed or pasted: `acme`, `acme.bamboohr.com` or
 * `https://acme.bamboohr.com/home` all mean `acme`. It ends up in the vendor
 * URL path, so only a DNS label is accepted.
 */
export function companyDomainOf(input: string): string {
  return input.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\.bamboohr\.com(?:[/?#].*)?$/, '').replace(/\/+$/, '');
}

export const COMPANY_DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const bamboohrCredentialsSchema = z.object({
  companyDomain: z.pipe(z.pipe(z.string(), z.transform(companyDomainOf)), z.string().check(z.regex(COMPANY_DOMAIN))),
  // Sent as the Basic auth user name (`apiKey:x`): no whitespace, no colon.
  apiKey: z.string().check(z.trim(), z.minLength(1), z.maxLength(256), z.regex(/^[^\s:]+$/)),
});

export const BAMBOOHR_CREDENTIAL_FIELDS = [
  { name: 'companyDomain', label: 'Company domain', kind: 'text', placeholder: 'acme', help: 'The part before .bamboohr.com in your BambooHR address.', autocomplete: 'off' },
  { name: 'apiKey', label: 'API key', kind: 'secret', autocomplete: 'off' },
] as const;

export const BAMBOOHR_ADVICE =
  'An API key can see and do whatever the user who created it can. For extra safety, first create a "Non-Employee User" ' +
  'with a custom access level that may view the employee fields you want to import but cannot edit or add anything, and create the key as that user.';

export const BAMBOOHR_INSTRUCTIONS: readonly string[] = [
  'Recommended: as a BambooHR administrator, open Settings → Access Levels, add a Custom Access Level (for example "HR sync, read only"), allow it to view the employee fields you want to import and nothing else, then Save & Finish.',
  'Open that access level, use the settings icon → "Add a Non-Employee BambooHR User", enter a name and an email address you can read (not your own login), choose the new access level and save. Set the password from the email you receive and sign in as that user.',
  'Find your company domain under Settings → Account → Account Info, "Your BambooHR URL": it is the part before .bamboohr.com.',
  'Click your initials (top right) → API Keys → Add New Key, name it after this product, then Generate Key and copy it.',
  'Enter the company domain and the API key below. Employees without a hire date cannot be synced.',
];

/** The report request: every standard field, leavers included. */
export const BAMBOOHR_REPORT_BODY = {
  title: 'hris-kit employees',
  fields: BAMBOOHR_FIELDS.map((f) => f.id),
} as const;

/** What the picker and the credential form show for BambooHR. */
export const bamboohrInfo: ProviderInfo = {
  id: 'bamboohr',
  label: PROVIDER_LABELS.bamboohr,
  credentials: {
    schema: bamboohrCredentialsSchema,
    fields: BAMBOOHR_CREDENTIAL_FIELDS,
    instructions: BAMBOOHR_INSTRUCTIONS,
    advice: BAMBOOHR_ADVICE,
  },
  dataTypes: ['identity', 'contact', 'employment', 'organization', 'compensation', 'custom'],
  required: ['workEmail', 'firstName', 'lastName'],
  standardFields: BAMBOOHR_FIELDS,
  sensitiveFieldIds: BAMBOOHR_SENSITIVE_IDS,
};
