/**
 * The pure side of `<hris-connect>`: a provider's texts in the active
 * language, credential validation against the provider's zod schema, and the
 * labels an issue needs before it becomes a sentence.
 */
import { PROVIDER_IDS } from '../../core/model.js';
import { providerInfos } from '../../core/providers/info.js';
import type { Issue, IssueParam } from '../../core/result.js';
import type { CredentialField, ProviderInfo } from '../../core/providers/types.js';
import type { Formatter, Translation } from '../../translations/index.js';

export interface ProviderTextsResolved {
  readonly label: string;
  readonly instructions: readonly string[];
  readonly advice: string | undefined;
  fieldLabel(field: CredentialField): string;
  fieldHelp(field: CredentialField): string | undefined;
}

/** The provider definition's English texts, with the locale's `providers.<id>` overrides laid over them. */
export function providerTexts(def: ProviderInfo, t: Translation): ProviderTextsResolved {
  const own = Object.prototype.hasOwnProperty.call(t.providers, def.id) ? t.providers[def.id] : undefined;
  return {
    label: def.label,
    instructions: own?.instructions ?? def.credentials.instructions,
    advice: own?.advice ?? def.credentials.advice,
    fieldLabel: (field) => own?.fields?.[field.name] ?? field.label,
    fieldHelp: (field) => own?.help?.[field.name] ?? field.help,
  };
}

export type FieldProblem = 'required' | 'invalid';

/** Field name → problem, for the values a user entered; empty when the schema accepts them. */
export function validateCredentials(def: ProviderInfo, values: Readonly<Record<string, string>>): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const names = new Set(def.credentials.fields.map((f) => f.name));
  for (const field of def.credentials.fields) {
    if ((values[field.name] ?? '').trim() === '') problems[field.name] = 'required';
  }
  const parsed = def.credentials.schema.safeParse(values);
  if (!parsed.success) {
    for (const zIssue of parsed.error.issues) {
      const name = zIssue.path[0];
      if (typeof name !== 'string' || !names.has(name) || problems[name]) continue;
      problems[name] = (values[name] ?? '').trim() === '' ? 'required' : 'invalid';
    }
  }
  return problems;
}

/** The credentials to send: every declared field, trimmed (nothing else from the form). */
export function credentialValues(def: ProviderInfo, form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of def.credentials.fields) {
    const raw = form.get(field.name);
    values[field.name] = typeof raw === 'string' ? raw.trim() : '';
  }
  return values;
}

/** Field-id lists and names in an issue's params, turned into labels for the sentence. */
export function issueLabels(def: ProviderInfo, issue: Issue, fmt: Formatter): Record<string, IssueParam> {
  const t = fmt.t;
  const texts = providerTexts(def, t);
  const extra: Record<string, IssueParam> = { provider: texts.label };
  const fields = issue.params?.['fields'];
  if (typeof fields === 'string' && fields !== '') {
    const catalog = new Map(def.standardFields.map((f) => [f.id, f.label]));
    extra['fields'] = fmt.list(fields.split(',').map((id) => catalog.get(id.trim()) ?? id.trim()));
  }
  const field = issue.params?.['field'];
  if (typeof field === 'string') {
    const credential = def.credentials.fields.find((f) => f.name === field);
    if (credential) extra['field'] = texts.fieldLabel(credential);
  }
  return extra;
}

/** The text an admin receives: the vendor's steps, numbered, in the active language. */
export function forwardText(def: ProviderInfo, t: Translation): string {
  const texts = providerTexts(def, t);
  const steps = texts.instructions.map((step, i) => `${i + 1}. ${step}`);
  const lines = texts.advice ? [texts.advice, ...steps] : steps;
  return t.connect.forwardText(texts.label, lines.join('\n'));
}

/** The provider an attribute value names, if it names one. */
export function providerNamed(value: string): ProviderInfo | undefined {
  const id = PROVIDER_IDS.find((p) => p === value);
  return id ? providerInfos[id] : undefined;
}
