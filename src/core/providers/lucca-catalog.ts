/**
 * What Lucca exposes before any data is read: the v3 users catalog and the
 * tenant + API key form (the tenant is checked to be one DNS label).
 */
import { z } from 'zod/mini';
import type { FieldDef } from '../model.js';
import type { ProviderInfo } from './types.js';
import { PROVIDER_LABELS } from './labels.js';
import { catalogFieldsFrom } from './catalog-field.js';

export const LUCCA_USERS = 'GET /api/v3/users';

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The tenant as a single DNS label (`acme`), also accepted pasted as
 * `acme.ilucca.net` or `https://acme.ilucca.net/...`. Anything else fails, so
 * the proxy can only ever reach `*.ilucca.net`.
 */
export const luccaTenantSchema = z.pipe(
  z.pipe(
    z.string().check(z.trim(), z.toLowerCase()),
    z.transform((value: string) => value.replace(/^https?:\/\//, '').replace(/\.ilucca\.net(?:\/.*)?$/, '')),
  ),
  z.string().check(z.regex(DNS_LABEL)),
);

const credentialsSchema = z.object({
  tenant: luccaTenantSchema,
  apiKey: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});

const field = catalogFieldsFrom(LUCCA_USERS);

export const LUCCA_STANDARD_FIELDS: readonly FieldDef[] = [
  field('id', 'User ID', 'string'),
  field('name', 'Display name', 'string'),
  field('firstName', 'First name', 'string'),
  field('lastName', 'Last name', 'string'),
  field('mail', 'Work email', 'email'),
  field('login', 'Login', 'string'),
  field('employeeNumber', 'Employee number', 'string'),
  field('birthDate', 'Birth date', 'date', 'personal'),
  field('dtContractStart', 'Contract start date', 'date'),
  field('dtContractEnd', 'Contract end date', 'date'),
  field('jobTitle', 'Job title', 'string'),
  field('department.name', 'Department', 'string'),
  field('department.id', 'Department ID', 'reference'),
  field('legalEntity.name', 'Legal entity', 'string'),
  field('legalEntity.id', 'Legal entity ID', 'reference'),
  field('manager.id', 'Manager', 'reference'),
  field('manager.name', 'Manager name', 'string'),
  field('directLine', 'Direct line', 'phone'),
  field('professionalMobile', 'Professional mobile', 'phone'),
  field('modifiedOn', 'Last modified', 'string'),
];

/** What the picker and the credential form show for Lucca. */
export const luccaInfo: ProviderInfo = {
  id: 'lucca',
  label: PROVIDER_LABELS.lucca,
  credentials: {
    schema: credentialsSchema,
    fields: [
      { name: 'tenant', label: 'Lucca domain', kind: 'text', placeholder: 'your-company', help: 'The part before .ilucca.net in your Lucca address.', autocomplete: 'off' },
      { name: 'apiKey', label: 'API key', kind: 'secret', autocomplete: 'off' },
    ],
    advice: 'A Lucca administrator must create the key. Give it read access to users only.',
    instructions: [
      'Sign in to Lucca as an administrator; your domain is the part before .ilucca.net in the address bar.',
      'Click the cogwheel in the top-right corner and open Authentication, SSO and API › API keys.',
      'Click Generate API key, name it (for example "HR sync") and select the permissions for the key; the user directory permission ("Manage users") is needed.',
      'Copy the key with Copy key and paste it here together with your domain.',
    ],
  },
  dataTypes: ['identity', 'contact', 'employment', 'organization', 'custom'],
  required: ['mail', 'firstName', 'lastName'],
  standardFields: LUCCA_STANDARD_FIELDS,
  sensitiveFieldIds: [],
};
