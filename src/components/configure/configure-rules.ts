/**
 * The "Sync if" section of `<hris-configure>`: up to five rules (field,
 * operator fitting its type, OR-values picked from the values present in the
 * snapshot), the live "N of M employees match" count, and why a chosen
 * employee is excluded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addCondition, removeCondition, setConditionField, setConditionOperator, toggleConditionValue } from '../../core/config-edit.js';
import { issuesAt } from '../../core/config-view.js';
import { MAX_CONDITIONS, OPERATOR_ARITY, OPERATORS_BY_TYPE, type Condition, type Operator } from '../../core/filters.js';
import type { EmployeeRecord } from '../../core/model.js';
import { fullName } from '../../core/sources.js';
import { problemList, sourceOptions, type SectionContext } from './configure-sections.js';
import { sourceLabel } from './configure-view.js';

export interface RulesContext extends SectionContext {
  /** The HRIS id of the employee whose exclusion is explained, or ''. */
  readonly employee: string;
  pickEmployee(hrisId: string): void;
}

/** The field a new rule starts on (Ledgy's example: status is active). */
export const NEW_RULE_FIELD = 'status';

const names = new WeakMap<readonly EmployeeRecord[], readonly { id: string; name: string }[]>();

/** Employees by display name, computed once per snapshot. */
function employeesByName(records: readonly EmployeeRecord[]): readonly { id: string; name: string }[] {
  let found = names.get(records);
  if (!found) {
    found = records
      .map((r) => ({ id: r.hrisId, name: fullName(r, 'first-last') ?? r.workEmail ?? r.hrisId }))
      .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    names.set(records, found);
  }
  return found;
}

function orList(lang: string, values: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(values);
}

/** "Department is one of Sales or Marketing". */
export function conditionText(ctx: SectionContext, rule: Condition): string {
  const parts = [sourceLabel(ctx.view, rule.field), ctx.t.configure.operators[rule.operator]];
  if (rule.values.length > 0) parts.push(orList(ctx.fmt.lang, rule.values));
  return parts.join(' ');
}

function valuesEditor(ctx: RulesContext, rule: Condition, i: number) {
  const c = ctx.t.configure;
  const arity = OPERATOR_ARITY[rule.operator];
  if (arity === 'none') return nothing;
  const source = ctx.view.known.get(rule.field);
  const toggle = (value: string, on: boolean) => ctx.edit(toggleConditionValue(ctx.draft, i, value, on));
  if (arity === 'one') {
    const id = `rule-${i}-date`;
    return html`<div class="rule__values">
      <label class="label" for=${id}>${source?.type === 'date' ? c.ruleDate : c.ruleValues}</label>
      <input id=${id} class="input" type=${source?.type === 'date' ? 'date' : 'text'} .value=${rule.values[0] ?? ''}
        @change=${(e: Event) => toggle((e.target as HTMLInputElement).value, true)} />
    </div>`;
  }
  const present = ctx.view.values(rule.field);
  const choices = [
    ...rule.values.filter((v) => !present.some((p) => p.value === v)).map((value) => ({ value, count: null as number | null })),
    ...(present.length > 0 ? present : (source?.options ?? []).map((value) => ({ value, count: null }))),
  ];
  const otherId = `rule-${i}-other`;
  const addOther = (input: HTMLInputElement | null) => {
    if (!input || input.value.trim() === '') return;
    toggle(input.value, true);
    input.value = '';
  };
  return html`<fieldset class="rule__values fieldset">
    <legend class="label">${c.ruleValues}</legend>
    <div class="values">
      ${choices.map((v, j) => html`<label class="choice">
        <input type="checkbox" id=${`rule-${i}-value-${j}`} data-value=${v.value} .checked=${rule.values.includes(v.value)}
          @change=${(e: Event) => toggle(v.value, (e.target as HTMLInputElement).checked)} />
        ${v.count === null ? v.value : c.valueCount(v.value, v.count)}</label>`)}
    </div>
    <div class="other">
      <label class="label" for=${otherId}>${c.otherValue}</label>
      <input id=${otherId} class="input" @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          addOther(e.target as HTMLInputElement);
        }
      }} />
      <button type="button" part="button" class="button" data-action="add-value"
        @click=${(e: Event) => addOther((e.target as HTMLElement).closest('.other')?.querySelector('input') ?? null)}>${c.addValue}</button>
    </div>
  </fieldset>`;
}

function ruleItem(ctx: RulesContext, rule: Condition, i: number) {
  const c = ctx.t.configure;
  const issues = issuesAt(ctx.view.errors, 'conditions', i);
  const type = ctx.view.known.get(rule.field)?.type ?? 'string';
  const operators: readonly Operator[] = OPERATORS_BY_TYPE[type].includes(rule.operator) ? OPERATORS_BY_TYPE[type] : [rule.operator, ...OPERATORS_BY_TYPE[type]];
  const described = issues.length > 0 ? `rule-${i}-problem` : nothing;
  return html`<li class="rule" part="rule" data-rule=${i}>
    <fieldset class="fieldset">
      <legend class="legend">${c.ruleHeading(i + 1)}</legend>
      <div class="rule__row">
        <div>
          <label class="label" for=${`rule-${i}-field`}>${c.ruleField}</label>
          <select id=${`rule-${i}-field`} class="input" aria-invalid=${issues.some((x) => x.path?.[2] === 'field') ? 'true' : 'false'} aria-describedby=${described}
            @change=${(e: Event) => ctx.edit(setConditionField(ctx.draft, i, (e.target as HTMLSelectElement).value, ctx.view.input.catalog))}>
            ${sourceOptions(ctx, ctx.view.sources, rule.field)}
          </select>
        </div>
        <div>
          <label class="label" for=${`rule-${i}-operator`}>${c.ruleOperator}</label>
          <select id=${`rule-${i}-operator`} class="input" aria-describedby=${described}
            @change=${(e: Event) => ctx.edit(setConditionOperator(ctx.draft, i, (e.target as HTMLSelectElement).value as Operator))}>
            ${operators.map((op) => html`<option value=${op} ?selected=${op === rule.operator}>${c.operators[op]}</option>`)}
          </select>
        </div>
      </div>
      ${valuesEditor(ctx, rule, i)}
      ${problemList(ctx, issues, `rule-${i}-problem`)}
      <button type="button" part="button" class="button button--danger" data-action="remove-rule"
        @click=${() => ctx.edit(removeCondition(ctx.draft, i))}>${c.removeRule(i + 1)}</button>
    </fieldset>
  </li>`;
}

function explanation(ctx: RulesContext): string {
  const c = ctx.t.configure;
  const record = ctx.view.input.records.find((r) => r.hrisId === ctx.employee);
  if (!record) return '';
  const name = fullName(record, 'first-last') ?? record.workEmail ?? record.hrisId;
  const outcome = ctx.view.rules.explain(record);
  if (outcome.matches) return c.explainMatches(name);
  const rule = ctx.draft.conditions[outcome.rule]!;
  const actual = outcome.values.length > 0 ? ctx.fmt.list(outcome.values) : c.emptyValue;
  return c.explainExcluded(name, outcome.rule + 1, conditionText(ctx, rule), actual);
}

export function rulesSection(ctx: RulesContext): TemplateResult {
  const c = ctx.t.configure;
  const rules = ctx.draft.conditions;
  const { matching, total } = ctx.view.rules;
  const uncounted = rules.length - ctx.view.counted.length;
  const records = ctx.view.input.records;
  const full = rules.length >= MAX_CONDITIONS;
  return html`<section part="rules" aria-labelledby="rules-heading">
    <h3 id="rules-heading" part="section-heading" class="subheading">${c.rulesHeading}</h3>
    <p class="muted help">${c.rulesIntro}</p>
    ${records.length > 0
      ? html`<p id="match-count" part="count" class="count">${c.matchCount(matching, total)}</p>
          ${uncounted > 0 ? html`<p class="muted help" id="uncounted">${c.uncounted(uncounted)}</p>` : nothing}`
      : nothing}
    ${rules.length === 0 ? html`<p class="muted" id="no-rules">${c.noRules}</p>` : nothing}
    <ol class="rules">${rules.map((rule, i) => ruleItem(ctx, rule, i))}</ol>
    <div class="actions">
      <button type="button" part="button" class="button" data-action="add-rule" ?disabled=${full} aria-describedby="max-rules"
        @click=${() => ctx.edit(addCondition(ctx.draft, NEW_RULE_FIELD, ctx.view.input.catalog))}>${c.addRule}</button>
      <span id="max-rules" class="muted">${c.maxRules(MAX_CONDITIONS)}</span>
    </div>
    ${records.length > 0
      ? html`<div class="explain" part="explain">
          <label class="label" for="employee">${c.explainLabel}</label>
          <select id="employee" class="input" @change=${(e: Event) => ctx.pickEmployee((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${ctx.employee === ''}>${c.explainNone}</option>
            ${employeesByName(records).map((p) => html`<option value=${p.id} ?selected=${p.id === ctx.employee}>${p.name}</option>`)}
          </select>
          <p id="reason" part="reason" class="reason">${explanation(ctx)}</p>
        </div>`
      : nothing}
  </section>`;
}
