/**
 * What Humaans exposes before any data is read: the standard catalog (people,
 * job roles, compensations, locations) and the access-token form.
 */
import { z } from 'zod/mini';
import type { FieldDef } from '../model.js';
import type { ProviderInfo } from './types.js';
import { PROVIDER_LABELS } from './labels.js';
import { catalogFieldsFrom } from './catalog-field.js';

const PEOPLE = 'GET /api/people';
const JOB_ROLES = 'GET /api/job-roles';
const COMPENSATIONS = 'GET /api/compensations';
const LOCATIONS = 'GET /api/locations';
export const HUMAANS_CUSTOM_VALUES = 'GET /api/custom-values';

const field = catalogFieldsFrom(PEOPLE);
const locationField = catalogFieldsFrom(LOCATIONS);
const jobRoleField = catalogFieldsFrom(JOB_ROLES);
const compensationField = catalogFieldsFrom(COMPENSATIONS);

export const HUMAANS_STANDARD_FIELDS: readonly FieldDef[] = [
  field('id', 'Person ID', 'string'),
  field('employeeId', 'Employee ID', 'string'),
  field('firstName', 'First name', 'string'),
  field('middleName', 'Middle name', 'string'),
  field('lastName', 'Last name', 'string'),
  field('preferredName', 'Preferred name', 'string'),
  field('email', 'Work email', 'email'),
  field('personalEmail', 'Personal email', 'email', 'personal'),
  field('phoneNumber', 'Phone number', 'phone'),
  field('personalPhoneNumber', 'Personal phone number', 'phone', 'personal'),
  field('gender', 'Gender', 'enum', 'personal'),
  field('birthday', 'Birth date', 'date', 'personal'),
  field('nationality', 'Nationality', 'string', 'personal'),
  field('nationalities', 'Nationalities', 'list', 'personal'),
  field('address', 'Home address', 'string', 'personal'),
  field('city', 'City', 'string', 'personal'),
  field('postcode', 'Postcode', 'string', 'personal'),
  field('countryCode', 'Country code', 'string', 'personal'),
  field('country', 'Country', 'string', 'personal'),
  field('locationId', 'Location ID', 'reference'),
  locationField('location.name', 'Location', 'string', 'standard'),
  field('teams', 'Teams', 'list'),
  field('employmentStartDate', 'Employment start date', 'date'),
  field('firstWorkingDay', 'First working day', 'date'),
  field('employmentEndDate', 'Employment end date', 'date'),
  field('lastWorkingDay', 'Last working day', 'date'),
  field('probationEndDate', 'Probation end date', 'date'),
  field('leavingReason', 'Leaving reason', 'enum'),
  field('contractType', 'Contract type', 'enum'),
  field('status', 'Status', 'enum'),
  field('timezone', 'Time zone', 'string'),
  field('taxId', 'Tax ID', 'string', 'special'),
  field('taxCode', 'Tax code', 'string', 'special'),
  jobRoleField('jobRole.jobTitle', 'Job title', 'string', 'standard'),
  jobRoleField('jobRole.department', 'Department', 'string', 'standard'),
  jobRoleField('jobRole.reportingTo', 'Manager', 'reference', 'standard'),
  jobRoleField('jobRole.effectiveDate', 'Job role effective date', 'date', 'standard'),
  compensationField('compensation.amount', 'Compensation amount', 'money', 'personal'),
  compensationField('compensation.currency', 'Compensation currency', 'string', 'personal'),
  compensationField('compensation.period', 'Compensation period', 'enum', 'personal'),
  compensationField('compensation.effectiveDate', 'Compensation effective date', 'date', 'personal'),
];

const credentialsSchema = z.object({ token: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)) });

/** What the picker and the credential form show for Humaans. */
export const humaansInfo: ProviderInfo = {
  id: 'humaans',
  label: PROVIDER_LABELS.humaans,
  credentials: {
    schema: credentialsSchema,
    fields: [{ name: 'token', label: 'API access token', kind: 'secret', autocomplete: 'off' }],
    advice: 'Give the token read scopes only. Humaans shows a token once: copy it before closing the dialog.',
    instructions: [
      'In Humaans, click your name in the top-left corner and open API access tokens.',
      'Click Generate new token and label it, for example "HR sync".',
      'Select the scope "View public and private data" (private:read); public data alone hides private profile fields such as personal email.',
      'To import pay, also select the compensations read scope (compensations:read). No write scope is needed.',
      'Click Create access token, then Click to copy, and paste the token here.',
    ],
  },
  dataTypes: ['identity', 'contact', 'employment', 'organization', 'compensation', 'custom'],
  required: ['email', 'firstName', 'lastName'],
  standardFields: HUMAANS_STANDARD_FIELDS,
  sensitiveFieldIds: ['taxId', 'taxCode'],
};
