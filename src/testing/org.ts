/** The fictional company the generated people work for: offices, departments, teams, cost centers. */

export interface Ref {
  readonly id: number;
  readonly name: string;
}

export interface Office extends Ref {
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly countryName: string;
  readonly currency: string;
  /** Country calling code without `+`. */
  readonly callingCode: string;
  readonly mobilePrefixes: readonly string[];
  /** Salaries here are agreed per month (DACH, PL) or per year. */
  readonly salaryPeriod: 'month' | 'year';
  readonly salaryRange: readonly [number, number];
  readonly legalEntity: Ref;
  /** UTC offset of the office in winter and summer, for vendors that send local date-times. */
  readonly offsets: readonly [string, string];
}

export interface Department extends Ref {
  readonly teams: readonly Ref[];
  readonly titles: readonly string[];
  readonly costCenter: Ref;
}

const ACME_GMBH: Ref = { id: 7033, name: 'Acme Demo GmbH' };
const ACME_SAS: Ref = { id: 7034, name: 'Acme Demo SAS' };
const ACME_LTD: Ref = { id: 7035, name: 'Acme Demo Ltd' };
const ACME_INC: Ref = { id: 7036, name: 'Acme Demo Inc.' };

export const OFFICES: readonly Office[] = [
  { id: 131014, name: 'München', city: 'München', country: 'DE', countryName: 'Germany', currency: 'EUR', callingCode: '49', mobilePrefixes: ['151', '160', '170', '176'], salaryPeriod: 'month', salaryRange: [3200, 11000], legalEntity: ACME_GMBH, offsets: ['+01:00', '+02:00'] },
  { id: 131015, name: 'Berlin', city: 'Berlin', country: 'DE', countryName: 'Germany', currency: 'EUR', callingCode: '49', mobilePrefixes: ['152', '157', '162', '177'], salaryPeriod: 'month', salaryRange: [3000, 10500], legalEntity: ACME_GMBH, offsets: ['+01:00', '+02:00'] },
  { id: 131016, name: 'Paris', city: 'Paris', country: 'FR', countryName: 'France', currency: 'EUR', callingCode: '33', mobilePrefixes: ['6', '7'], salaryPeriod: 'year', salaryRange: [38000, 140000], legalEntity: ACME_SAS, offsets: ['+01:00', '+02:00'] },
  { id: 131017, name: 'London', city: 'London', country: 'GB', countryName: 'United Kingdom', currency: 'GBP', callingCode: '44', mobilePrefixes: ['7700', '7911', '7400'], salaryPeriod: 'year', salaryRange: [35000, 150000], legalEntity: ACME_LTD, offsets: ['+00:00', '+01:00'] },
  { id: 131018, name: 'Zürich', city: 'Zürich', country: 'CH', countryName: 'Switzerland', currency: 'CHF', callingCode: '41', mobilePrefixes: ['76', '78', '79'], salaryPeriod: 'month', salaryRange: [6500, 16000], legalEntity: ACME_GMBH, offsets: ['+01:00', '+02:00'] },
  { id: 131019, name: 'Kraków', city: 'Kraków', country: 'PL', countryName: 'Poland', currency: 'PLN', callingCode: '48', mobilePrefixes: ['501', '602', '795'], salaryPeriod: 'month', salaryRange: [9000, 32000], legalEntity: ACME_GMBH, offsets: ['+01:00', '+02:00'] },
  { id: 131020, name: 'Lisboa', city: 'Lisboa', country: 'PT', countryName: 'Portugal', currency: 'EUR', callingCode: '351', mobilePrefixes: ['91', '92', '93', '96'], salaryPeriod: 'year', salaryRange: [22000, 90000], legalEntity: ACME_GMBH, offsets: ['+00:00', '+01:00'] },
  { id: 131021, name: 'New York', city: 'New York', country: 'US', countryName: 'United States', currency: 'USD', callingCode: '1', mobilePrefixes: ['212', '646', '917'], salaryPeriod: 'year', salaryRange: [60000, 240000], legalEntity: ACME_INC, offsets: ['-05:00', '-04:00'] },
];

/** Offices weighted toward the head office. */
export const OFFICE_WEIGHTS: readonly number[] = [30, 20, 12, 10, 6, 8, 5, 9];

function teams(base: number, names: readonly string[]): Ref[] {
  return names.map((name, i) => ({ id: base + i, name }));
}

export const DEPARTMENTS: readonly Department[] = [
  { id: 281521, name: 'Engineering', teams: teams(59026, ['Platform', 'Payments', 'Mobile', 'Data']), titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'QA Engineer', 'Data Engineer'], costCenter: { id: 82957, name: 'CC-100 R&D' } },
  { id: 281522, name: 'Sales', teams: teams(59030, ['DACH', 'France', 'UK & Ireland', 'North America']), titles: ['Account Executive', 'Sales Development Representative', 'Sales Manager', 'Solutions Engineer'], costCenter: { id: 82958, name: 'CC-200 Sales' } },
  { id: 281523, name: 'Marketing', teams: teams(59034, ['Brand', 'Growth']), titles: ['Marketing Manager', 'Content Writer', 'Designer', 'Growth Analyst'], costCenter: { id: 82959, name: 'CC-300 Marketing' } },
  { id: 281524, name: 'Customer Support', teams: teams(59036, ['Tier 1', 'Tier 2', 'Onboarding']), titles: ['Support Specialist', 'Customer Success Manager', 'Support Lead'], costCenter: { id: 82960, name: 'CC-400 Service' } },
  { id: 281525, name: 'Finance', teams: teams(59039, ['Accounting', 'FP&A']), titles: ['Accountant', 'Financial Analyst', 'Controller'], costCenter: { id: 82961, name: 'CC-500 G&A' } },
  { id: 281526, name: 'People', teams: teams(59041, ['People Ops', 'Talent']), titles: ['People Partner', 'Recruiter', 'HR Generalist'], costCenter: { id: 82961, name: 'CC-500 G&A' } },
  { id: 281527, name: 'Operations', teams: teams(59043, ['Workplace', 'IT']), titles: ['Office Manager', 'IT Administrator', 'Operations Analyst'], costCenter: { id: 82961, name: 'CC-500 G&A' } },
];

export const DEPARTMENT_WEIGHTS: readonly number[] = [35, 20, 8, 15, 6, 6, 10];

export const RELIGIONS: readonly string[] = ['römisch-katholisch', 'evangelisch', 'keine', 'muslimisch', 'jüdisch', 'orthodox'];
export const SHIRT_SIZES: readonly string[] = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
export const TERMINATION_REASONS: readonly string[] = ['Resignation', 'Dismissal', 'End of contract', 'Mutual agreement'];
export const NICKNAMES: readonly string[] = ['Alex', 'Sam', 'Kim', 'Jo', 'Max', 'Lu', 'Toni', 'Charlie'];

/** Cumulative weights → a picker over `items`. */
export function weighted<T>(items: readonly T[], weights: readonly number[]): (r: number) => T {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w) / total);
  return (r) => {
    for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return items[i]!;
    return items[items.length - 1]!;
  };
}
