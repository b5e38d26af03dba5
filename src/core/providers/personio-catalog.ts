/**
 * What Personio's v1 employees API exposes: the standard attributes (keyed by
 * their native attribute key), the credential form, and the instructions to
 * create a credential (seeds 000 and 004, rewritten). Custom `dynamic_*`
 * attributes are tenant-specific and discovered from the data.
 */
import { z } from 'zod/mini';
import type { FieldDef } from '../model.js';
import type { ProviderInfo } from './types.js';
import { PROVIDER_LABELS } from './labels.js';
import { catalogFieldsFrom } from './catalog-field.js';

export const PERSONIO_EMPLOYEES_PATH = '/v1/company/employees';
export const PERSONIO_ENDPOINT = `GET ${PERSONIO_EMPLOYEES_PATH}`;

export const PERSONIO_STATUSES = ['active', 'onboarding', 'leave', 'inactive'] as const;

const field = catalogFieldsFrom(PERSONIO_ENDPOINT);

/** Every standard attribute of a v1 employee (vendor-apis.md §1.5). */
export const PERSONIO_FIELDS: readonly FieldDef[] = [
  field('id', 'ID', 'string'),
  field('first_name', 'First name', 'string'),
  field('last_name', 'Last name', 'string'),
  field('preferred_name', 'Name (preferred)', 'string'),
  field('email', 'Email', 'email'),
  field('gender', 'Gender', 'enum', 'personal'),
  field('status', 'Status', 'enum', 'standard', [...PERSONIO_STATUSES]),
  field('position', 'Position', 'string'),
  field('supervisor', 'Supervisor', 'reference'),
  field('employment_type', 'Employment type', 'enum', 'standard', ['internal', 'external']),
  field('weekly_working_hours', 'Weekly hours', 'number'),
  field('hire_date', 'Hire date', 'date'),
  field('contract_end_date', 'Contract ends', 'date'),
  field('termination_date', 'Termination date', 'date'),
  field('termination_type', 'Termination type', 'string'),
  field('termination_reason', 'Termination reason', 'string'),
  field('probation_period_end', 'Probation period end', 'date'),
  field('created_at', 'Created at', 'date'),
  field('last_modified_at', 'Last modified', 'date'),
  field('subcompany', 'Subcompany', 'string'),
  field('office', 'Office', 'string'),
  field('department', 'Department', 'string'),
  field('team', 'Team', 'string'),
  field('cost_centers', 'Cost center', 'list'),
  field('holiday_calendar', 'Public holidays', 'string'),
  field('absence_entitlement', 'Absence entitlement', 'list'),
  field('work_schedule', 'Work schedule', 'string'),
  field('fix_salary', 'Fix salary', 'money', 'personal'),
  field('fix_salary_interval', 'Salary interval', 'enum', 'personal'),
  field('hourly_salary', 'Hourly salary', 'money', 'personal'),
  field('vacation_day_balance', 'Vacation day balance', 'number'),
  field('last_working_day', 'Last day of work', 'date'),
  field('profile_picture', 'Profile picture', 'url'),
];

/** Personio marks no standard attribute as special; custom ones are judged by `universal_id` and label. */
export const PERSONIO_SENSITIVE_IDS: readonly string[] = [];

export const personioCredentialsSchema = z.object({
  clientId: z.string().check(z.trim(), z.minLength(1), z.maxLength(256)),
  clientSecret: z.string().check(z.trim(), z.minLength(1), z.maxLength(512)),
});

export const PERSONIO_CREDENTIAL_FIELDS = [
  { name: 'clientId', label: 'Client ID', kind: 'text', autocomplete: 'off' },
  { name: 'clientSecret', label: 'Client secret', kind: 'secret', autocomplete: 'off' },
] as const;

export const PERSONIO_INSTRUCTIONS: readonly string[] = [
  'Sign in to Personio as an administrator and open Settings (bottom left).',
  'On the Integrations tile, open API credentials and click "Generate new credential" (newer accounts call it "Create custom integration").',
  'Name the credential after this product and give it Read access to Employees. No write access is needed.',
  'Under "Readable employee attributes", tick Email, First name and Last name (required). Add what you want to import: Personal email, Birthday, Hire date, Termination date (to recognise leavers), Status, Salary, Salary interval, Team and Occupation type, plus any custom attributes you plan to map.',
  'Create the credential, then copy the client ID and the client secret into the fields below. Keep the secret safe: Personio shows it only once.',
];

/** What the picker and the credential form show for Personio. */
export const personioInfo: ProviderInfo = {
  id: 'personio',
  label: PROVIDER_LABELS.personio,
  credentials: {
    schema: personioCredentialsSchema,
    fields: PERSONIO_CREDENTIAL_FIELDS,
    instructions: PERSONIO_INSTRUCTIONS,
    advice: 'Create the credential with read access only: this integration never writes to Personio.',
  },
  dataTypes: ['identity', 'contact', 'employment', 'organization', 'compensation', 'custom'],
  required: ['email', 'first_name', 'last_name'],
  standardFields: PERSONIO_FIELDS,
  sensitiveFieldIds: PERSONIO_SENSITIVE_IDS,
};
