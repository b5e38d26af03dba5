/**
 * HiBob's standard field catalog and the field ids the people search asks
 * for. Ids are Bob's own field ids (`root.email`, `work.title`,
 * `internal.lifecycleStatus`); `<id>.id` entries keep the list item id of a
 * list field whose human-readable name is the main value.
 */
import { z } from 'zod/mini';
import type { FieldDef, FieldType } from '../model.js';
import type { ProviderInfo } from './types.js';
import { PROVIDER_LABELS } from './labels.js';
import { catalogFieldsFrom } from './catalog-field.js';

export const HIBOB_SEARCH = 'POST /v1/people/search';

const field = catalogFieldsFrom(HIBOB_SEARCH);

/** List-backed fields: the human-readable name is the value, the list item id is kept under `<id>.id`. */
export const HIBOB_LIST_FIELDS = ['work.title', 'work.department', 'work.site', 'payroll.employment.contract', 'payroll.employment.type', 'home.legalGender'] as const;

export const HIBOB_STANDARD_FIELDS: readonly FieldDef[] = [
  field('root.id', 'Employee ID', 'string'),
  field('root.firstName', 'First name', 'string'),
  field('root.surname', 'Last name', 'string'),
  field('root.displayName', 'Display name', 'string'),
  field('root.email', 'Work email', 'email'),
  field('work.employeeIdInCompany', 'Employee number', 'string'),
  field('work.title', 'Job title', 'enum'),
  field('work.title.id', 'Job title (list item ID)', 'string'),
  field('work.department', 'Department', 'enum'),
  field('work.department.id', 'Department (list item ID)', 'string'),
  field('work.site', 'Site', 'enum'),
  field('work.site.id', 'Site (list item ID)', 'string'),
  field('work.startDate', 'Start date', 'date'),
  field('work.reportsTo.id', 'Manager', 'reference'),
  field('work.reportsTo.displayName', 'Manager name', 'string'),
  field('work.workMobile', 'Work mobile', 'phone'),
  field('work.workPhone', 'Work phone', 'phone'),
  field('internal.status', 'Status', 'enum'),
  field('internal.lifecycleStatus', 'Lifecycle status', 'enum'),
  field('internal.terminationDate', 'Termination date', 'date'),
  field('home.privateEmail', 'Private email', 'email', 'personal'),
  field('home.mobilePhone', 'Personal mobile', 'phone', 'personal'),
  field('home.legalGender', 'Legal gender', 'enum', 'personal'),
  field('home.legalGender.id', 'Legal gender (list item ID)', 'string', 'personal'),
  field('personal.birthDate', 'Birth date', 'date', 'personal'),
  field('payroll.employment.contract', 'Contract', 'enum'),
  field('payroll.employment.contract.id', 'Contract (list item ID)', 'string'),
  field('payroll.employment.type', 'Employment type', 'enum'),
  field('payroll.employment.type.id', 'Employment type (list item ID)', 'string'),
  field('payroll.salary.payment.value', 'Salary', 'money', 'personal'),
  field('payroll.salary.payment.currency', 'Salary currency', 'string', 'personal'),
  field('payroll.salary.payPeriod', 'Salary period', 'enum', 'personal'),
];

/** The field ids sent in the people search body (Bob returns only what it is asked for). */
export const HIBOB_REQUESTED_FIELDS: readonly string[] = [
  'root.id', 'root.firstName', 'root.surname', 'root.displayName', 'root.email',
  'work.employeeIdInCompany', 'work.title', 'work.department', 'work.site', 'work.startDate', 'work.reportsTo',
  'work.workMobile', 'work.workPhone',
  'internal.status', 'internal.lifecycleStatus', 'internal.terminationDate',
  'home.privateEmail', 'home.mobilePhone', 'home.legalGender', 'personal.birthDate',
  'payroll.employment.contract', 'payroll.employment.type', 'payroll.salary.payment', 'payroll.salary.payPeriod',
];

/**
 * Bob categories whose every field is special-category: bank details
 * (`financial`), identity documents and national ids (`identification`) and
 * US equal-opportunity data such as ethnicity (`eeo`).
 */
export const HIBOB_SPECIAL_CATEGORIES: readonly string[] = ['financial', 'identification', 'eeo'];

/** Known special-category field ids (the categories above cover custom fields too). */
export const HIBOB_SENSITIVE_FIELD_IDS: readonly string[] = [
  'financial.bankName', 'financial.accountNumber', 'financial.routingNumber', 'financial.iban', 'financial.swift',
  'identification.ssn', 'identification.passportNumber', 'identification.nationalId', 'eeo.ethnicity', 'eeo.jobCategory',
];

/** Bob field metadata types → catalog field types. */
export function hibobFieldType(type: unknown): FieldType {
  switch (type) {
    case 'date': return 'date';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'list': case 'hierarchy-list': return 'enum';
    case 'multi-list': return 'list';
    case 'employee-reference': return 'reference';
    case 'currency': return 'money';
    default: return 'string';
  }
}

/** Whether a metadata type holds list item ids in machine format. */
export function isHibobListType(type: unknown): boolean {
  return type === 'list' || type === 'hierarchy-list' || type === 'multi-list';
}

const credentialsSchema = z.object({
  serviceUserId: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  token: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
});

/** What the picker and the credential form show for HiBob. */
export const hibobInfo: ProviderInfo = {
  id: 'hibob',
  label: PROVIDER_LABELS.hibob,
  credentials: {
    schema: credentialsSchema,
    fields: [
      { name: 'serviceUserId', label: 'Service user ID', kind: 'text', autocomplete: 'off', placeholder: 'SERVICE-12345' },
      { name: 'token', label: 'Service user token', kind: 'secret', autocomplete: 'off' },
    ],
    advice: 'Use a dedicated API service user with view-only permissions. A new service user can read nothing until it belongs to a permission group.',
    instructions: [
      'In Bob, open Settings › Integrations › Service users and create a new service user, for example "HR sync".',
      'Copy the service user ID and the token Bob shows when the user is created; the token is shown only once.',
      'Open Settings › Account › Permission groups, create a group for the service user and add it as the only member.',
      'Under People\'s data, let the group view all employees in every lifecycle status, so leavers are included.',
      'Give view access to the Basic info, Work, Employment, Lifecycle and Personal contact details categories, and Payroll only if pay should be imported.',
      'Save the group, then paste the service user ID and token here.',
    ],
  },
  dataTypes: ['identity', 'contact', 'employment', 'organization', 'compensation', 'custom'],
  required: ['root.email', 'root.firstName', 'root.surname'],
  standardFields: HIBOB_STANDARD_FIELDS,
  sensitiveFieldIds: HIBOB_SENSITIVE_FIELD_IDS,
};
