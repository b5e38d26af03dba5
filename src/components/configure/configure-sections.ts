/**
 * The templates of `<hris-configure>`'s sections other than the rules:
 * identifier, primary email, field mappings (defaults and additional fields),
 * fields that cannot be mapped, name format and leaver policy. They read the
 * context; every change goes back through `ctx.edit` with a new config built
 * by the core's pure edit functions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LEAVER_POLICIES, type SyncConfig } from '../../core/config.js';
import { setLeaverPolicy, setMapping, setNameFormat, setPrimaryEmail, setIdentifier } from '../../core/config-edit.js';
import { issuesAt, missingIdentifiers, sourcesFor } from '../../core/config-view.js';
import { IDENTIFIER_KINDS, type HostField, type IdentifierKind } from '../../core/host.js';
import type { Issue } from '../../core/result.js';
import { fullName, NAME_FORMATS, type SourceField } from '../../core/sources.js';
import type { Formatter, Translation } from '../../translations/index.js';
import { isDropped, problemText, sourceLabel, type ConfigureView } from './configure-view.js';

export interface SectionContext {
  readonly t: Translation;
  readonly fmt: Formatter;
  readonly view: ConfigureView;
  readonly draft: SyncConfig;
  edit(next: SyncConfig): void;
}

/** Inline problems under a control, linked to it by `aria-describedby`. */
export function problemList(ctx: SectionContext, issues: readonly Issue[], id: string) {
  if (issues.length === 0) return nothing;
  return html`<ul id=${id} class="problems" part="problem">
    ${issues.map((i) => html`<li class="field-error" data-code=${i.code}>${problemText(ctx.t, ctx.view, i)}</li>`)}
  </ul>`;
}

const sectionHeading = (id: string, text: string) => html`<h3 id=${id} part="section-heading" class="subheading">${text}</h3>`;

/** `<option>`s for sources: standard, the provider's own, then custom; the current value is kept even when it is not offered. */
export function sourceOptions(ctx: SectionContext, sources: readonly SourceField[], current: string | null) {
  const c = ctx.t.configure;
  const groups = [
    { label: c.standardGroup, items: sources.filter((s) => !s.catalog) },
    { label: c.providerGroup(ctx.view.input.providerLabel), items: sources.filter((s) => s.catalog && !s.custom) },
    { label: c.customGroup, items: sources.filter((s) => s.custom) },
  ];
  const offered = current === null || sources.some((s) => s.path === current);
  const option = (s: SourceField) => html`<option value=${s.path} ?selected=${s.path === current}>${s.label}</option>`;
  const missing = offered ? null : isDropped(ctx.view, current!) ? c.notMappableOption(sourceLabel(ctx.view, current!)) : c.notReadable(sourceLabel(ctx.view, current!));
  return html`${missing === null ? nothing : html`<option value=${current!} selected>${missing}</option>`}
    ${groups.map((g) => (g.items.length > 0 ? html`<optgroup label=${g.label}>${g.items.map(option)}</optgroup>` : nothing))}`;
}

export function identifierSection(ctx: SectionContext): TemplateResult {
  const c = ctx.t.configure;
  const { schema, records } = ctx.view.input;
  const kinds = IDENTIFIER_KINDS.filter((k) => schema.identifier[k] !== undefined || k === ctx.draft.identifier);
  const target = schema.identifier[ctx.draft.identifier];
  const label = c.identifiers[ctx.draft.identifier];
  const missing = records.length > 0 ? missingIdentifiers(records, ctx.draft.identifier) : 0;
  const issues = issuesAt(ctx.view.errors, 'identifier');
  return html`<fieldset part="identifier" class="fieldset" aria-describedby="identifier-intro">
    <legend class="legend">${c.identifierHeading}</legend>
    <p id="identifier-intro" class="muted help">${c.identifierIntro}</p>
    <div class="choices">
      ${kinds.map((kind: IdentifierKind) => html`<label class="choice">
        <input type="radio" name="identifier" id=${`identifier-${kind}`} .value=${kind} .checked=${kind === ctx.draft.identifier}
          @change=${() => ctx.edit(setIdentifier(ctx.draft, kind))} />
        ${c.identifiers[kind]}</label>`)}
    </div>
    ${target !== undefined ? html`<p class="note" id="identifier-note">${c.identifierNote(label, ctx.view.hostFields.get(target)?.label ?? target)}</p>` : nothing}
    ${missing > 0 ? html`<p class="note" id="identifier-missing">${c.identifierMissing(missing, label)}</p>` : nothing}
    ${problemList(ctx, issues, 'identifier-problem')}
  </fieldset>`;
}

export function primaryEmailSection(ctx: SectionContext): TemplateResult | typeof nothing {
  const { schema } = ctx.view.input;
  if (schema.primaryEmail === null) return nothing;
  const c = ctx.t.configure;
  const issues = issuesAt(ctx.view.errors, 'primaryEmail');
  const target = ctx.view.hostFields.get(schema.primaryEmail)?.label ?? schema.primaryEmail;
  const emails = ctx.view.sources.filter((s) => s.type === 'email');
  return html`<section part="primary-email" aria-labelledby="primary-email-heading">
    ${sectionHeading('primary-email-heading', c.primaryEmailHeading)}
    <label class="label" for="primary-email">${c.primaryEmailLabel(target)}</label>
    <select id="primary-email" class="input" aria-invalid=${issues.length > 0 ? 'true' : 'false'} aria-describedby=${issues.length > 0 ? 'primary-email-problem' : nothing}
      @change=${(e: Event) => ctx.edit(setPrimaryEmail(ctx.draft, (e.target as HTMLSelectElement).value))}>
      ${sourceOptions(ctx, emails, ctx.draft.primaryEmail)}
    </select>
    ${problemList(ctx, issues, 'primary-email-problem')}
  </section>`;
}

/** Host fields the sync fills itself, shown read-only at the top of the list. */
function derivedRows(ctx: SectionContext) {
  const c = ctx.t.configure;
  const { schema } = ctx.view.input;
  const rows: { field: string; from: string }[] = [];
  const idTarget = schema.identifier[ctx.draft.identifier];
  if (idTarget !== undefined) rows.push({ field: idTarget, from: c.fromIdentifier(c.identifiers[ctx.draft.identifier]) });
  if (schema.primaryEmail !== null && schema.primaryEmail !== idTarget) rows.push({ field: schema.primaryEmail, from: c.fromPrimaryEmail });
  for (const name of schema.name.kind === 'single' ? [schema.name.field] : [schema.name.first, schema.name.last]) rows.push({ field: name, from: c.fromName });
  return rows.map((r) => html`<tr data-target=${r.field}>
    <th scope="row">${ctx.view.hostFields.get(r.field)?.label ?? r.field}</th><td>${r.from}</td><td></td>
  </tr>`);
}

function mappingRow(ctx: SectionContext, field: HostField) {
  const c = ctx.t.configure;
  const at = ctx.draft.mappings.findIndex((m) => m.target === field.id);
  const current = at === -1 ? null : ctx.draft.mappings[at]!.source;
  const issues = at === -1 ? issuesAt(ctx.view.errors, 'mappings').filter((i) => i.params?.['target'] === field.id)
    : [...issuesAt(ctx.view.errors, 'mappings', at), ...issuesAt(ctx.view.warnings, 'mappings', at)];
  const examples = current === null ? [] : ctx.view.examples(current);
  const id = `map-${field.id}`;
  return html`<tr data-target=${field.id} part="mapping">
    <th scope="row"><label for=${id}>${field.label}</label></th>
    <td>
      <select id=${id} class="input" aria-invalid=${issues.length > 0 ? 'true' : 'false'} aria-describedby=${issues.length > 0 ? `${id}-problem` : nothing}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          ctx.edit(setMapping(ctx.draft, field.id, value === '' ? null : value));
        }}>
        <option value="" ?selected=${current === null}>${c.notImported}</option>
        ${sourceOptions(ctx, sourcesFor(ctx.view.sources, field.type), current)}
      </select>
      ${problemList(ctx, issues, `${id}-problem`)}
    </td>
    <td class="example">${current === null ? '' : examples.length > 0 ? c.examples(examples.join(', ')) : c.noExample}</td>
  </tr>`;
}

export function fieldsSection(ctx: SectionContext): TemplateResult {
  const c = ctx.t.configure;
  const { schema } = ctx.view.input;
  const reserved = new Set([
    ...(schema.name.kind === 'single' ? [schema.name.field] : [schema.name.first, schema.name.last]),
    schema.identifier[ctx.draft.identifier], schema.primaryEmail,
  ]);
  const mappable = schema.fields.filter((f) => !reserved.has(f.id));
  const head = html`<thead><tr><th scope="col">${c.targetColumn}</th><th scope="col">${c.sourceColumn}</th><th scope="col">${c.exampleColumn}</th></tr></thead>`;
  const additional = mappable.filter((f) => f.optional);
  return html`<section part="mappings" aria-labelledby="fields-heading">
    ${sectionHeading('fields-heading', c.fieldsHeading)}
    <p class="muted help">${c.fieldsIntro}</p>
    <table class="mappings">${head}<tbody>${derivedRows(ctx)}${mappable.filter((f) => !f.optional).map((f) => mappingRow(ctx, f))}</tbody></table>
    ${additional.length > 0
      ? html`${sectionHeading('additional-heading', c.additionalHeading)}
          <table class="mappings" aria-labelledby="additional-heading">${head}<tbody>${additional.map((f) => mappingRow(ctx, f))}</tbody></table>`
      : nothing}
  </section>`;
}

export function notMappableSection(ctx: SectionContext): TemplateResult | typeof nothing {
  const c = ctx.t.configure;
  const list = ctx.view.notMappable;
  if (list.length === 0) return nothing;
  return html`<section part="not-mappable" aria-labelledby="not-mappable-heading">
    ${sectionHeading('not-mappable-heading', c.notMappableHeading)}
    <p class="muted help">${c.notMappableIntro}</p>
    <ul class="not-mappable">
      ${list.map((f) => html`<li data-field=${f.id}><span class="not-mappable__label">${f.label}</span>
        <span class="muted">${c.notMappableReason(f.category ? c.categories[f.category] : null)}</span></li>`)}
    </ul>
  </section>`;
}

export function nameFormatSection(ctx: SectionContext): TemplateResult {
  const c = ctx.t.configure;
  const sample = ctx.view.input.records.find((r) => r.firstName && r.lastName) ?? { firstName: 'Jane', lastName: 'Doe' };
  return html`<fieldset part="name-format" class="fieldset">
    <legend class="legend">${c.nameFormatHeading}</legend>
    <div class="choices">
      ${NAME_FORMATS.map((f) => html`<label class="choice">
        <input type="radio" name="name-format" id=${`name-format-${f}`} .value=${f} .checked=${ctx.draft.nameFormat === f}
          @change=${() => ctx.edit(setNameFormat(ctx.draft, f))} />
        ${c.nameFormats[f]} <span class="muted">${c.nameExample(fullName(sample, f) ?? '')}</span></label>`)}
    </div>
  </fieldset>`;
}

export function leaversSection(ctx: SectionContext): TemplateResult {
  const c = ctx.t.configure;
  const leavers = ctx.draft.leavers;
  const name = leavers.policy === 'tag' ? leavers.tag : leavers.policy === 'group' ? leavers.group : null;
  const issues = issuesAt(ctx.view.errors, 'leavers');
  return html`<fieldset part="leavers" class="fieldset" aria-describedby="leavers-intro">
    <legend class="legend">${c.leaversHeading}</legend>
    <p id="leavers-intro" class="muted help">${c.leaversIntro}</p>
    <div class="choices">
      ${LEAVER_POLICIES.map((p) => html`<label class="choice">
        <input type="radio" name="leavers" id=${`leavers-${p}`} .value=${p} .checked=${leavers.policy === p}
          @change=${() => ctx.edit(setLeaverPolicy(ctx.draft, p))} />
        ${c.leaverPolicies[p]}</label>`)}
    </div>
    ${name !== null
      ? html`<label class="label" for="leaver-name">${leavers.policy === 'tag' ? c.leaverTag : c.leaverGroup}</label>
          <input id="leaver-name" class="input" .value=${name} aria-invalid=${issues.length > 0 ? 'true' : 'false'}
            aria-describedby=${issues.length > 0 ? 'leavers-problem' : nothing}
            @change=${(e: Event) => ctx.edit(setLeaverPolicy(ctx.draft, leavers.policy, (e.target as HTMLInputElement).value))} />
          ${problemList(ctx, issues, 'leavers-problem')}`
      : nothing}
  </fieldset>`;
}
