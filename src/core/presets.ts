/**
 * Two host target schemas with their default mappings:
 * - `stakeholder`: Ledgy's stakeholder fields — the "Fields mapped by
 *   default" list of seed 000 plus the optional "additional fields to import"
 *   (manager, mobile phone, pay rate);
 * - `directory`: Engagedly's 18 Personio field mappings of seed 003.
 *
 * A default mapping names a canonical record path, or — for values only some
 * vendors have (profile picture, LinkedIn, termination type) — catalog field
 * ids or labels to look for; `defaultSyncConfig(preset, catalog)` keeps the
 * first one the catalog has and drops the mapping otherwise (Ledgy: "some
 * default fields will not be mapped" without the permission).
 */
import type { HostField, HostSchema } from './host.js';
import type { FieldType } from './model.js';

export interface DefaultMapping {
  readonly target: string;
  /** A canonical path, or catalog field ids/labels to look for (compared folded). */
  readonly from: string | { readonly catalog: readonly string[] };
  /** Off by default: offered as an additional field to import. */
  readonly enabled: boolean;
}

export interface Preset {
  readonly schema: HostSchema;
  readonly defaults: readonly DefaultMapping[];
}

const field = (id: string, label: string, type: FieldType, required = false, optional = false): HostField =>
  ({ id, label, type, required, optional });
const map = (target: string, from: DefaultMapping['from'], enabled = true): DefaultMapping => ({ target, from, enabled });

const stakeholder: Preset = {
  schema: {
    id: 'stakeholder',
    label: 'Stakeholder',
    fields: [
      field('identifier', 'Identifier', 'string', true),
      field('name', 'Name', 'string', true),
      field('email', 'Email', 'email'),
      field('personalEmail', 'Personal email', 'email'),
      field('birthDate', 'Birthdate', 'date'),
      field('groupName', 'Group name', 'string'),
      field('startDate', 'Start date', 'date'),
      field('terminationDate', 'Termination date', 'date'),
      field('employmentStatus', 'Employment status', 'enum'),
      field('payRate', 'Pay rate', 'number', false, true),
      field('payPeriod', 'Pay period', 'enum'),
      field('payCurrency', 'Pay currency', 'string'),
      field('employmentType', 'Employment type', 'string'),
      field('team', 'Team', 'string'),
      field('manager', 'Manager', 'string', false, true),
      field('mobilePhone', 'Mobile phone', 'phone', false, true),
    ],
    name: { kind: 'single', field: 'name' },
    identifier: { workEmail: 'identifier', employeeNumber: 'identifier', personalEmail: 'identifier' },
    primaryEmail: 'email',
  },
  defaults: [
    map('personalEmail', 'personalEmail'),
    map('birthDate', 'birthDate'),
    map('groupName', 'department'),
    map('startDate', 'startDate'),
    map('terminationDate', 'terminationDate'),
    map('employmentStatus', 'status'),
    map('payRate', 'payRate.amount'),
    map('payPeriod', 'payRate.period'),
    map('payCurrency', 'payRate.currency'),
    map('employmentType', 'employmentType'),
    map('team', 'team'),
    map('manager', 'manager.name', false),
    map('mobilePhone', 'mobilePhone', false),
  ],
};

const directory: Preset = {
  schema: {
    id: 'directory',
    label: 'Employee directory',
    fields: [
      field('firstName', 'First Name', 'string', true),
      field('lastName', 'Last Name', 'string', true),
      field('email', 'Email', 'email', true),
      field('gender', 'Gender', 'string'),
      field('status', 'Status', 'enum'),
      field('jobTitle', 'Job Title', 'string'),
      field('reportingTo', 'Reporting to', 'email'),
      field('dateOfHire', 'Date of Hire', 'date'),
      field('departureDate', 'Departure Date', 'date'),
      field('blockReasonCode', 'Block Reason Code', 'string'),
      field('location', 'Location', 'string'),
      field('department', 'Department', 'string'),
      field('businessUnit', 'Business unit', 'string'),
      field('profilePicture', 'Profile Picture', 'url'),
      field('birthday', 'Birthday', 'date'),
      field('linkedIn', 'LinkedIn', 'url'),
      field('employeeType', 'Employee type', 'string'),
      field('employeeId', 'Employee ID', 'string'),
    ],
    name: { kind: 'split', first: 'firstName', last: 'lastName' },
    identifier: { workEmail: 'email', employeeNumber: 'employeeId' },
    primaryEmail: 'email',
  },
  defaults: [
    map('gender', 'gender'),
    map('status', 'status'),
    map('jobTitle', 'jobTitle'),
    map('reportingTo', 'manager.workEmail'),
    map('dateOfHire', 'startDate'),
    map('departureDate', 'terminationDate'),
    map('blockReasonCode', { catalog: ['termination_type', 'Termination type', 'terminationType'] }),
    map('location', 'office'),
    map('department', 'department'),
    map('businessUnit', 'costCenter'),
    map('profilePicture', { catalog: ['profile_picture', 'Profile Picture', 'avatar', 'photo', 'photoUrl'] }),
    map('birthday', 'birthDate'),
    map('linkedIn', { catalog: ['linkedin', 'LinkedIn', 'linkedin_url', 'LinkedIn URL', 'LinkedIn profile'] }),
    map('employeeType', 'employmentType'),
    map('employeeId', 'employeeNumber'),
  ],
};

export const PRESET_IDS = ['stakeholder', 'directory'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const presets: Readonly<Record<PresetId, Preset>> = { stakeholder, directory };

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

/** The host fields that hold the display name. */
export function nameTargets(schema: HostSchema): string[] {
  return schema.name.kind === 'single' ? [schema.name.field] : [schema.name.first, schema.name.last];
}
