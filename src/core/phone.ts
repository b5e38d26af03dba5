/**
 * Mobile numbers, checked with libphonenumber-js. Its metadata is loaded
 * lazily, once, by `loadPhoneValidator()`; the returned validator is
 * synchronous so `planSync` stays synchronous and pure.
 *
 * We load `libphonenumber-js/min` (≈80 kB) rather than `/max` (≈145 kB): `min`
 * checks the country calling code and the possible lengths of the national
 * number, which is what an HR import needs to catch ("no country code", "too
 * short"). `max` adds exact digit patterns per number range, which go stale
 * and would reject freshly assigned ranges — refusing a real employee's
 * number is worse for a sync than letting an unusual one through.
 *
 * As the seeds say, a number without a country code is invalid: we never
 * guess a default country.
 */
export const PHONE_ISSUE_CODES = ['phone_missing_country_code', 'phone_not_a_number', 'phone_unknown_country', 'phone_too_short', 'phone_too_long', 'phone_invalid_length'] as const;
export type PhoneIssueCode = (typeof PHONE_ISSUE_CODES)[number];

export type PhoneCheck =
  | { readonly ok: true; /** E.164, e.g. `+4915112345678`. */ readonly e164: string }
  | { readonly ok: false; readonly code: PhoneIssueCode };

/** A synchronous phone check, available once the metadata is loaded. */
export type PhoneValidator = (input: string) => PhoneCheck;

type MinModule = typeof import('libphonenumber-js/min');

let loading: Promise<PhoneValidator> | null = null;

/** Loads the phone metadata (once per page or process) and returns the validator. */
export function loadPhoneValidator(): Promise<PhoneValidator> {
  loading ??= import('libphonenumber-js/min').then(createPhoneValidator, (error: unknown) => {
    loading = null; // a failed chunk load may succeed on the next attempt
    throw error;
  });
  return loading;
}

const LENGTH_REASONS: Readonly<Record<string, PhoneIssueCode>> = {
  NOT_A_NUMBER: 'phone_not_a_number',
  INVALID_COUNTRY: 'phone_unknown_country',
  TOO_SHORT: 'phone_too_short',
  TOO_LONG: 'phone_too_long',
  INVALID_LENGTH: 'phone_invalid_length',
};

/** Builds the validator over an already loaded libphonenumber-js module. */
export function createPhoneValidator(lib: Pick<MinModule, 'parsePhoneNumberFromString' | 'validatePhoneNumberLength'>): PhoneValidator {
  return (input) => {
    const trimmed = input.trim();
    if (!/\d/.test(trimmed)) return { ok: false, code: 'phone_not_a_number' };
    // `00` is the international call prefix most HR systems' users type instead of `+`.
    const international = trimmed.startsWith('+') ? trimmed : /^00[1-9]/.test(trimmed) ? `+${trimmed.slice(2)}` : null;
    if (international === null) return { ok: false, code: 'phone_missing_country_code' };
    const reason = lib.validatePhoneNumberLength(international);
    if (reason !== undefined) return { ok: false, code: LENGTH_REASONS[reason] ?? 'phone_invalid_length' };
    const parsed = lib.parsePhoneNumberFromString(international, { extract: false });
    if (!parsed) return { ok: false, code: 'phone_not_a_number' };
    return { ok: true, e164: parsed.number };
  };
}
