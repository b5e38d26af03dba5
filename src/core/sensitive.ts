/**
 * Special-category data (GDPR art. 9/10 and the seeds' list) is dropped during
 * normalization, before anything is cached, offered for mapping, previewed or
 * exported. A field is special when its vendor lists it explicitly, or when its
 * id or label matches one of the patterns below (English, German, French).
 * Only the host, in code, can allow a named field; nothing in data can.
 */
import type { FieldDef, Sensitivity } from './model.js';

/** Categories, each with patterns matched against a folded id/label. */
export const SPECIAL_CATEGORIES = {
  banking: [/\biban\b/, /\bbic\b/, /\bswift\b/, /bank ?(account|konto|verbindung|details?|name)/, /\bkontonummer\b/, /\bbankleitzahl\b/, /\bblz\b/, /routing ?number/, /account ?number/, /\brib\b/, /coordonnees bancaires/, /compte bancaire/, /sort ?code/, /credit ?card/, /\bkreditkarte/, /carte (bancaire|de credit)/],
  nationalId: [/\bssn\b/, /^(sin|nin)$/, /social ?(security|insurance)/, /\bsozialversicherung/, /\bsv ?nummer\b/, /\bsteuer ?(id|nummer|identifikation)/, /\btax ?(id|identification|number)/, /securite sociale/, /numero de secu/, /\bnir\b/, /\bnational ?(id|insurance)/, /\bnino\b/, /\bpersonalausweis/, /\bausweis ?nummer/, /\bid ?card/, /\bidentity ?(card|document|number)/, /carte d ?identite/],
  passport: [/passport/, /\breisepass/, /\bpass ?nummer/, /passeport/],
  licence: [/driv(er|ing)(s| s)? ?licen[cs]e/, /\blicen[cs]e ?(number|no)\b/, /fuhrerschein/, /permis de conduire/],
  religion: [/religio/, /\bkonfession/, /\bkirchensteuer/, /\bconfession\b/, /\bfaith\b/, /\bbelief/],
  politics: [/politic/, /\bpolitisch/, /\bpolitique/, /\bpartei/],
  union: [/^union$/, /\bunion (member|affiliation|status|dues)/, /trade ?union/, /\bgewerkschaft/, /\bsyndica(ts?|le?s?|ux)\b/, /\bsyndiqu/],
  // "Health & Safety officer" is a role, not health data.
  health: [/\bhealth\b(?! (and )?safety)/, /\bmedical/, /\bgesundheit/, /\bkrank(heit|meldung|schein|enstand)/, /\bsante\b/, /\bmaladie/, /\bsick/, /\billness/, /\bdiagnos/, /\ballerg/],
  disability: [/disab/, /schwerbehind/, /\bbehinderung/, /\bgdb\b/, /\bhandicap/, /\brqth\b/, /invalidit/],
  ethnicity: [/ethnic/, /\brace\b/, /\bracial/, /\bethnie/, /\bethnique/, /\bherkunft/, /\bhautfarbe/, /skin ?colou?r/],
  genetic: [/genetic/, /\bgenetisch/, /genetique/, /biometric/, /biometri/, /fingerprint/],
  sexuality: [/sexual/, /orientation sex/, /sex life/, /sexuelle/],
  criminal: [/criminal/, /conviction/, /fuhrungszeugnis/, /vorstraf/, /casier judiciaire/, /background check/],
  credit: [/credit ?(rating|score|history|check)/, /\bschufa/, /bonitat/, /kreditwurdig/, /solvabilite/],
} as const satisfies Record<string, readonly RegExp[]>;

export type SpecialCategory = keyof typeof SPECIAL_CATEGORIES;

/** Lower-case, strip diacritics, turn `_ - . /` and camelCase humps into spaces. */
export function foldForMatch(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The special category a field id or label falls into, or null. */
export function specialCategoryOf(field: { readonly id: string; readonly label?: string | null }): SpecialCategory | null {
  const haystacks = [foldForMatch(field.id), foldForMatch(field.label ?? '')].filter(Boolean);
  for (const [category, patterns] of Object.entries(SPECIAL_CATEGORIES) as [SpecialCategory, readonly RegExp[]][]) {
    if (patterns.some((p) => haystacks.some((h) => p.test(h)))) return category;
  }
  return null;
}

/** A set of field ids, or a test standing for one (ids a vendor makes special by their category). */
export interface FieldIdSet {
  has(id: string): boolean;
}

export interface SensitivePolicy {
  /** Field ids the vendor lists as always special. */
  readonly explicit: FieldIdSet;
  /** Field ids the host allowed in code. */
  readonly allow: ReadonlySet<string>;
}

/** Whether a field must be dropped: explicitly listed or pattern-matched, and not allowed by the host. */
export function mustDrop(field: { readonly id: string; readonly label?: string | null; readonly sensitivity?: Sensitivity }, policy: SensitivePolicy): boolean {
  if (policy.allow.has(field.id)) return false;
  return field.sensitivity === 'special' || policy.explicit.has(field.id) || specialCategoryOf(field) !== null;
}

/** The catalog without the fields that must be dropped, and the dropped ones apart. */
export function partitionCatalog(catalog: readonly FieldDef[], policy: SensitivePolicy): { kept: FieldDef[]; dropped: FieldDef[] } {
  const kept: FieldDef[] = [];
  const dropped: FieldDef[] = [];
  for (const field of catalog) (mustDrop(field, policy) ? dropped : kept).push(field);
  return { kept, dropped };
}
