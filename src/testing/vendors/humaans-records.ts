/**
 * Humaans resources as the mock renders them. Job title, department and pay
 * are not on the person: `/api/job-roles` keeps a history (the current role
 * has the latest `effectiveDate` and no `endDate`; listed oldest first), and
 * `/api/compensations` has string amounts. The manager sits on the current
 * job role as `reportingTo` (unverified in the research; optional).
 */
import { dayOf, isoDay } from '../dates.js';
import type { MockPerson, Population } from '../generator.js';
import { OFFICES } from '../org.js';
import { opaqueId } from '../random.js';

const LEAVING_REASON: Readonly<Record<string, string>> = {
  Resignation: 'resigned', Dismissal: 'dismissed', 'End of contract': 'contractEnded', 'Mutual agreement': 'other',
};
const PERIOD = { hour: 'hourly', month: 'monthly', year: 'annual' } as const;
const STATUS = { active: 'active', leave: 'active', onboarding: 'newHire', inactive: 'offboarded' } as const;

export class HumaansIds {
  constructor(private readonly seed: number) {}
  company(): string { return opaqueId(24, this.seed, 0); }
  person(index: number): string { return opaqueId(24, this.seed, 1, index); }
  jobRole(index: number, k: number): string { return opaqueId(24, this.seed, 2, index, k); }
  compensation(index: number, k: number): string { return opaqueId(24, this.seed, 3, index, k); }
  location(officeId: number): string { return opaqueId(24, this.seed, 4, officeId); }
  customField(k: number): string { return opaqueId(24, this.seed, 5, k); }
  customValue(index: number, k: number): string { return opaqueId(24, this.seed, 6, index, k); }
}

/** Private profile fields a `public:read` token does not see. */
export const HUMAANS_PRIVATE_FIELDS: readonly string[] = [
  'personalEmail', 'phoneNumber', 'formattedPhoneNumber', 'personalPhoneNumber', 'formattedPersonalPhoneNumber', 'gender', 'birthday',
  'address', 'city', 'postcode', 'taxId', 'taxCode', 'nationality', 'nationalities',
];

export function humaansPerson(p: MockPerson, ids: HumaansIds, hidePrivate: boolean): Record<string, unknown> {
  const person: Record<string, unknown> = {
    id: ids.person(p.index),
    companyId: ids.company(),
    firstName: p.firstName,
    middleName: null,
    lastName: p.lastName,
    preferredName: p.preferredName,
    email: p.workEmail,
    personalEmail: p.personalEmail,
    phoneNumber: p.mobilePhone,
    formattedPhoneNumber: p.mobilePhone,
    personalPhoneNumber: null,
    formattedPersonalPhoneNumber: null,
    gender: p.gender === 'diverse' ? 'Non-binary' : p.gender === 'female' ? 'Female' : 'Male',
    birthday: p.birthDate,
    locationId: ids.location(p.office.id),
    nationality: null,
    nationalities: [],
    address: null,
    city: p.office.city,
    postcode: null,
    countryCode: p.office.country,
    employmentStartDate: p.startDate,
    firstWorkingDay: p.startDate,
    employmentEndDate: p.terminationDate,
    lastWorkingDay: p.terminationDate,
    probationEndDate: null,
    leavingReason: p.terminationReason === null ? null : LEAVING_REASON[p.terminationReason] ?? 'other',
    leavingNote: null,
    contractType: p.contract === 'Contractor' ? 'Contractor' : p.contract === 'Part-time' ? 'Part time' : 'Full time',
    employeeId: p.employeeNumber,
    taxId: `${p.office.country}${p.employeeNumber}0${p.index % 10}`,
    taxCode: null,
    teams: [{ name: p.team.name }],
    status: STATUS[p.status],
    isVerified: p.status !== 'onboarding',
    role: p.index === 0 ? 'admin' : 'user',
    timezone: p.office.country === 'US' ? 'America/New_York' : p.office.country === 'GB' ? 'Europe/London' : 'Europe/Berlin',
    createdAt: `${p.startDate < p.updatedAt ? p.startDate : p.updatedAt.slice(0, 10)}T09:00:00.000Z`,
    updatedAt: `${p.updatedAt.slice(0, 19)}.000Z`,
  };
  if (hidePrivate) for (const key of HUMAANS_PRIVATE_FIELDS) delete person[key];
  return person;
}

export interface RoleSpan {
  readonly title: string;
  readonly effectiveDate: string;
  readonly endDate: string | null;
}

/** The person's job-role history, oldest first; the last one is current. */
export function roleHistory(p: MockPerson): RoleSpan[] {
  const start = dayOf(p.startDate);
  const until = dayOf(p.terminationDate ?? p.updatedAt.slice(0, 10));
  if (p.previousJobTitle === null || until - start < 90) return [{ title: p.jobTitle, effectiveDate: p.startDate, endDate: null }];
  const count = p.index % 3 === 0 ? 3 : 2;
  const titles = count === 3 ? [`Junior ${p.previousJobTitle}`, p.previousJobTitle, p.jobTitle] : [p.previousJobTitle, p.jobTitle];
  const step = Math.floor((until - start) / count);
  return titles.map((title, k) => ({
    title,
    effectiveDate: isoDay(start + k * step),
    endDate: k === count - 1 ? null : isoDay(start + (k + 1) * step - 1),
  }));
}

export function jobRoles(p: MockPerson, pop: Population, ids: HumaansIds): Record<string, unknown>[] {
  const history = roleHistory(p);
  return history.map((role, k) => ({
    id: ids.jobRole(p.index, k),
    personId: ids.person(p.index),
    jobTitle: role.title,
    department: p.department.name,
    effectiveDate: role.effectiveDate,
    endDate: role.endDate,
    reportingTo: k === history.length - 1 && p.managerIndex !== null ? ids.person(pop.people[p.managerIndex]!.index) : null,
    note: null,
  }));
}

export function compensations(p: MockPerson, ids: HumaansIds): Record<string, unknown>[] {
  const history = roleHistory(p);
  const current = {
    id: ids.compensation(p.index, 1),
    personId: ids.person(p.index),
    compensationTypeId: ids.company().slice(0, 12) + 'BASESALARY00',
    amount: String(p.pay.amount),
    currency: p.pay.currency,
    period: PERIOD[p.pay.period],
    note: null,
    effectiveDate: history[history.length - 1]!.effectiveDate,
    endDate: null,
    endReason: null,
    createdAt: `${p.startDate < p.updatedAt ? p.startDate : p.updatedAt.slice(0, 10)}T09:00:00.000Z`,
    updatedAt: `${p.updatedAt.slice(0, 19)}.000Z`,
  };
  if (history.length === 1) return [current];
  const older = {
    ...current,
    id: ids.compensation(p.index, 0),
    amount: String(Math.round(p.pay.amount * 0.9)),
    effectiveDate: history[0]!.effectiveDate,
    endDate: history[history.length - 2]!.endDate,
    endReason: 'Promotion',
  };
  return [older, current];
}

export function locations(ids: HumaansIds): Record<string, unknown>[] {
  return OFFICES.map((o) => ({ id: ids.location(o.id), companyId: ids.company(), name: o.name, city: o.city, countryCode: o.country }));
}

/** `/api/custom-fields`: the tenant's custom profile fields, two of them special-category. */
export function customFields(ids: HumaansIds): Record<string, unknown>[] {
  return CUSTOM_FIELDS.map((f, k) => ({
    id: ids.customField(k), companyId: ids.company(), name: f.name, section: f.section, resourceId: null, type: f.type, config: f.options ? { options: f.options } : {},
  }));
}

const CUSTOM_FIELDS: readonly { name: string; section: string; type: string; options?: readonly string[]; value: (p: MockPerson) => string | null }[] = [
  { name: 'T-shirt size', section: 'personal', type: 'select', options: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], value: (p) => p.shirtSize },
  { name: 'IBAN', section: 'personal', type: 'text', value: (p) => p.iban },
  { name: 'Religion', section: 'personal', type: 'text', value: (p) => p.religion },
];

/** `/api/custom-values` of one person: one row per custom field that has a value. */
export function customValues(p: MockPerson, ids: HumaansIds): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  CUSTOM_FIELDS.forEach((f, k) => {
    const value = f.value(p);
    if (value !== null) rows.push({ id: ids.customValue(p.index, k), personId: ids.person(p.index), customFieldId: ids.customField(k), resourceId: null, value });
  });
  return rows;
}

export function customValueCount(p: MockPerson): number {
  return CUSTOM_FIELDS.reduce((n, f) => n + (f.value(p) === null ? 0 : 1), 0);
}
