/**
 * One seeded, deterministic population of employees: the canonical truth each
 * vendor module renders into its own envelope. Same seed, size and `today` →
 * the same people, field for field. No `Math.random`.
 *
 * The mix is realistic on purpose: onboarding, on leave and leavers; managers;
 * names with diacritics and in non-Latin scripts; some without a personal
 * email or a mobile phone; phones with and without country code; a few
 * duplicate work emails; and special-category data (IBAN, religion) that the
 * core must drop.
 */
import { dayOf, isoDay } from './dates.js';
import { LATIN, NON_LATIN, type NamePair, type NamePool } from './names.js';
import {
  DEPARTMENTS, DEPARTMENT_WEIGHTS, NICKNAMES, OFFICES, OFFICE_WEIGHTS, RELIGIONS, SHIRT_SIZES, TERMINATION_REASONS,
  weighted, type Department, type Office, type Ref,
} from './org.js';
import { intBetween, mulberry32, pick, type Rng } from './random.js';

export const MOCK_STATUSES = ['active', 'onboarding', 'leave', 'inactive'] as const;
export type MockStatus = (typeof MOCK_STATUSES)[number];

export interface MockPay {
  readonly amount: number;
  readonly currency: string;
  readonly period: 'hour' | 'month' | 'year';
}

export interface MockPerson {
  /** Position in the population, 0-based; vendors derive their ids from it. */
  readonly index: number;
  readonly employeeNumber: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly preferredName: string | null;
  /** ISO 15924 script of the name (`Latn`, `Cyrl`, `Jpan`…). */
  readonly script: string;
  readonly workEmail: string;
  readonly personalEmail: string | null;
  readonly birthDate: string;
  readonly gender: 'female' | 'male' | 'diverse';
  readonly startDate: string;
  readonly terminationDate: string | null;
  readonly terminationReason: string | null;
  readonly status: MockStatus;
  readonly jobTitle: string;
  /** An earlier title, for vendors that keep job history (Humaans job roles). */
  readonly previousJobTitle: string | null;
  readonly department: Department;
  readonly team: Ref;
  readonly office: Office;
  readonly managerIndex: number | null;
  /** As entered: `+49 151 2345678`, or without country code `0151 2345678`. */
  readonly mobilePhone: string | null;
  readonly pay: MockPay;
  /** Personio's `internal` / `external`. */
  readonly employmentType: 'internal' | 'external';
  readonly contract: 'Full-time' | 'Part-time' | 'Contractor';
  readonly weeklyHours: number;
  /** Special category (banking): must never get past normalization. */
  readonly iban: string;
  /** Special category (religion): must never get past normalization. */
  readonly religion: string | null;
  /** An ordinary custom attribute. */
  readonly shirtSize: string;
  /** Last modification, ISO date-time in UTC without milliseconds. */
  readonly updatedAt: string;
}

export interface Population {
  readonly seed: number;
  readonly size: number;
  /** The `YYYY-MM-DD` the population is relative to (onboarding is after it, leavers before it). */
  readonly today: string;
  readonly people: readonly MockPerson[];
}

export interface GenerateOptions {
  readonly seed: number;
  /** 1 to 100,000 (the documented range is 10 to 100,000). */
  readonly size: number;
  readonly today: string;
}

export const MAX_SIZE = 100_000;
const EMAIL_DOMAIN = 'acme-demo.example';
const PERSONAL_DOMAINS = ['mail.example', 'posteo.example', 'web.example', 'inbox.example'];

const POOLS: readonly NamePool[] = [LATIN, ...NON_LATIN];
const pickOffice = weighted(OFFICES, OFFICE_WEIGHTS);
const pickDepartment = weighted(DEPARTMENTS, DEPARTMENT_WEIGHTS);

export function generatePeople(options: GenerateOptions): Population {
  const { seed, size, today } = options;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE) throw new RangeError(`size must be an integer from 1 to ${MAX_SIZE}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError('today must be YYYY-MM-DD');
  const rng = mulberry32(seed);
  const todayDay = dayOf(today);
  const managerPool = Math.max(1, Math.ceil(size / 8));
  // How often each (script, name list, first, last) pair was used: the ASCII forms are distinct per pair, so
  // counting pairs by number keeps work emails unique without hashing 100,000 strings.
  const usedPairs = new Uint16Array(POOLS.length * 2 * 64 * 64);
  const people: MockPerson[] = new Array<MockPerson>(size);

  for (let i = 0; i < size; i++) {
    const status = statusFor(rng, i, size);
    const gender: MockPerson['gender'] = rng() < 0.02 ? 'diverse' : rng() < 0.5 ? 'female' : 'male';
    const poolIndex = nameScript(rng, i);
    const pool = POOLS[poolIndex]!;
    const male = gender === 'male' || (gender === 'diverse' && rng() < 0.5);
    const firstList = male ? pool.male : pool.female;
    const firstIndex = Math.floor(rng() * firstList.length);
    const first = firstList[firstIndex]!;
    const lastIndex = Math.floor(rng() * pool.last.length);
    const last = pool.last[lastIndex]!;
    const pair = ((poolIndex * 2 + (male ? 1 : 0)) * 64 + firstIndex) * 64 + lastIndex;
    const office = pickOffice(rng());
    const department = i === 0 ? DEPARTMENTS[6]! : pickDepartment(rng());
    const team = pick(rng, department.teams);
    const external = i > 0 && rng() < 0.07;
    const contract: MockPerson['contract'] = external ? 'Contractor' : rng() < 0.15 ? 'Part-time' : 'Full-time';

    const workEmail = duplicateOf(i) !== null ? people[duplicateOf(i)!]!.workEmail : uniqueEmail(usedPairs, pair, first, last, i);
    const dates = datesFor(rng, status, todayDay);

    people[i] = {
      index: i,
      employeeNumber: String(1000 + i),
      firstName: first[0],
      lastName: last[0],
      preferredName: rng() < 0.06 ? pick(rng, NICKNAMES) : null,
      script: pool.script,
      workEmail,
      personalEmail: hasPersonalEmail(rng, i) ? `${first[1]}.${last[1]}${intBetween(rng, 1, 99)}@${pick(rng, PERSONAL_DOMAINS)}` : null,
      birthDate: isoDay(todayDay - intBetween(rng, 20 * 365, 64 * 365)),
      gender,
      startDate: isoDay(dates.start),
      terminationDate: dates.end === null ? null : isoDay(dates.end),
      terminationReason: dates.end === null ? null : pick(rng, TERMINATION_REASONS),
      status,
      jobTitle: i === 0 ? 'CEO' : i < managerPool ? `Head of ${team.name}` : pick(rng, department.titles),
      previousJobTitle: rng() < 0.45 ? pick(rng, department.titles) : null,
      department,
      team,
      office,
      managerIndex: i === 0 ? null : Math.floor(rng() * Math.min(i, managerPool)),
      mobilePhone: mobileFor(rng, i, office),
      pay: payFor(rng, office, external),
      employmentType: external ? 'external' : 'internal',
      contract,
      weeklyHours: contract === 'Part-time' ? pick(rng, [20, 24, 30, 32]) : 40,
      iban: ibanFor(rng, office.country),
      religion: rng() < 0.7 ? pick(rng, RELIGIONS) : null,
      shirtSize: pick(rng, SHIRT_SIZES),
      updatedAt: `${isoDay(todayDay - intBetween(rng, 0, 400))}T${pad2(intBetween(rng, 6, 20))}:${pad2(intBetween(rng, 0, 59))}:${pad2(intBetween(rng, 0, 59))}Z`,
    };
  }
  return { seed, size, today, people };
}

/** The index whose work email person `i` shares (one pair in 250; the first at index 8). */
export function duplicateOf(i: number): number | null {
  return i >= 8 && i % 250 === 8 ? i - 6 : null;
}

function statusFor(rng: Rng, i: number, size: number): MockStatus {
  const r = rng();
  if (i === 0) return 'active';
  // Every population of 10 or more has at least one of each.
  if (size >= 10 && i === size - 1) return 'inactive';
  if (size >= 10 && i === size - 2) return 'onboarding';
  if (size >= 10 && i === size - 3) return 'leave';
  return r < 0.08 ? 'inactive' : r < 0.12 ? 'onboarding' : r < 0.16 ? 'leave' : 'active';
}

/** Index into `POOLS`: 0 is Latin; about one person in ten (and always indexes 1 and 7) a non-Latin script. */
function nameScript(rng: Rng, i: number): number {
  const r = rng();
  return i === 1 || i === 7 || (i > 9 && r < 0.1) ? 1 + Math.floor(rng() * NON_LATIN.length) : 0;
}

function hasPersonalEmail(rng: Rng, i: number): boolean {
  const r = rng();
  return i !== 4 && r >= 0.15;
}

function uniqueEmail(used: Uint16Array, pair: number, first: NamePair, last: NamePair, i: number): string {
  // Plain addresses never end in a digit, so `first.last<i>` cannot collide with one.
  const seen = used[pair]!;
  if (seen < 65_535) used[pair] = seen + 1;
  return seen === 0 ? `${first[1]}.${last[1]}@${EMAIL_DOMAIN}` : `${first[1]}.${last[1]}${i}@${EMAIL_DOMAIN}`;
}

function datesFor(rng: Rng, status: MockStatus, today: number): { start: number; end: number | null } {
  if (status === 'onboarding') return { start: today + intBetween(rng, 3, 75), end: null };
  if (status === 'inactive') {
    const start = today - intBetween(rng, 400, 4000);
    return { start, end: today - intBetween(rng, 1, Math.min(700, today - start - 60)) };
  }
  return { start: today - intBetween(rng, 30, 4000), end: null };
}

function mobileFor(rng: Rng, i: number, office: Office): string | null {
  const r = rng();
  if (i !== 6 && r < 0.08) return null;
  const prefix = pick(rng, office.mobilePrefixes);
  const digits = String(intBetween(rng, 1_000_000, 9_999_999));
  const international = i !== 6 && r >= 0.3;
  if (office.country === 'US') {
    return international ? `+1 ${prefix} ${digits.slice(0, 3)} ${digits.slice(3)}` : `${prefix}-${digits.slice(0, 3)}-${digits.slice(3)}`;
  }
  return international ? `+${office.callingCode} ${prefix} ${digits}` : `0${prefix} ${digits}`;
}

function payFor(rng: Rng, office: Office, external: boolean): MockPay {
  if (external) return { amount: intBetween(rng, 45, 140), currency: office.currency, period: 'hour' };
  const [min, max] = office.salaryRange;
  const step = office.salaryPeriod === 'month' ? 50 : 500;
  return { amount: Math.round(intBetween(rng, min, max) / step) * step, currency: office.currency, period: office.salaryPeriod };
}

const IBAN_LENGTH: Readonly<Record<string, number>> = { DE: 22, FR: 27, GB: 22, CH: 21, PL: 28, PT: 25, US: 22 };

/** A well-formed IBAN (valid mod-97 check digits), grouped by four as people type it. */
function ibanFor(rng: Rng, country: string): string {
  const digits = (IBAN_LENGTH[country] ?? 22) - 4;
  const code = country === 'US' ? 'DE' : country;
  // BBAN digits in groups of four; the remainder is carried along numerically.
  const groups: string[] = [];
  let remainder = 0;
  for (let left = digits; left > 0; left -= 4) {
    const width = Math.min(4, left);
    const group = Math.floor(rng() * 10 ** width);
    groups.push(String(group).padStart(width, '0'));
    remainder = (remainder * 10 ** width + group) % 97;
  }
  // Country letters as numbers (A = 10 … Z = 35), then "00", appended after the BBAN.
  const letters = (code.charCodeAt(0) - 55) * 100 + (code.charCodeAt(1) - 55);
  remainder = (((remainder * 10_000 + letters) % 97) * 100) % 97;
  const check = pad2(98 - remainder);
  // Regroup "CC<check><bban>" by four: the first group is the country and check digits.
  const bban = groups.join('');
  let grouped = `${code}${check}`;
  for (let k = 0; k < bban.length; k += 4) grouped += ` ${bban.slice(k, k + 4)}`;
  return grouped;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
