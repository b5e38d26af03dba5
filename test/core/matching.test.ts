import { expect } from '@open-wc/testing';
import { looseKey, strictKey } from '../../src/core/matching.js';
import { planSync } from '../../src/core/plan.js';
import type { SyncConfigInput } from '../../src/core/config.js';
import { employee, hostRecord, person } from '../../src/testing/records.js';

const TODAY = '2025-06-15';
/** Only the derived mappings (identifier, email, name), so changes stay short. */
const stakeholder: SyncConfigInput = { target: 'stakeholder', mappings: [] };
const directory: SyncConfigInput = { target: 'directory', mappings: [] };

describe('matching keys', () => {
  it('strict keys fold case, surrounding whitespace and NFD/NFC, nothing else', () => {
    expect(strictKey('  Jane.Doe@Example.COM ')).to.equal('jane.doe@example.com');
    expect(strictKey('Jose\u0301')).to.equal(strictKey('José'));
    expect(strictKey('Jane  Doe')).to.equal('jane  doe');
    expect(strictKey('Müller')).to.not.equal(strictKey('Muller'));
    expect(strictKey('   ')).to.equal(null);
    expect(strictKey(null)).to.equal(null);
  });

  it('loose keys ignore accents, ß, punctuation, zero-width characters and word order', () => {
    expect(looseKey('Doe, Jane')).to.equal('doe jane');
    expect(looseKey('jane  DOE')).to.equal('doe jane');
    expect(looseKey('Jané Doe')).to.equal('doe jane');
    expect(looseKey('Straße')).to.equal(looseKey('STRASSE'));
    expect(looseKey('Ja\u200Dne Doe')).to.equal('doe jane');
    expect(looseKey('  ,, ')).to.equal(null);
  });
});

describe('planSync matching', () => {
  it('matches the same work email in a different case, without an update for case alone', () => {
    const record = person('1', 'Jane', 'Doe', { workEmail: 'Jane.Doe@Example.com' });
    const host = hostRecord('h1', { identifier: ' jane.doe@example.com', email: 'JANE.DOE@example.com', name: 'Jane Doe' });
    const plan = planSync([record], [host], stakeholder, { today: TODAY });
    expect(plan.update).to.have.length(1);
    expect(plan.update[0]).to.include({ hrisId: '1', hostId: 'h1', matchedBy: 'identifier', action: 'update' });
    expect(plan.update[0]!.changes).to.deep.equal([{ field: '$hrisId', before: null, after: '1' }]);
  });

  it('matches an NFD host name to an NFC HRIS name exactly, with no name change', () => {
    const record = person('2', 'José', 'Müller', { workEmail: 'jose@example.com' });
    const host = hostRecord('h2', { name: 'Jose\u0301 Mu\u0308ller' });
    const plan = planSync([record], [host], stakeholder, { today: TODAY });
    expect(plan.update.map((e) => [e.hrisId, e.hostId, e.matchedBy])).to.deep.equal([['2', 'h2', 'name']]);
    expect(plan.update[0]!.changes).to.deep.equal([
      { field: 'identifier', before: null, after: 'jose@example.com' },
      { field: 'email', before: null, after: 'jose@example.com' },
      { field: '$hrisId', before: null, after: '2' },
    ]);
  });

  it('puts two HRIS records sharing a work email in conflicts and never merges them', () => {
    const a = person('10', 'Ann', 'Lee', { workEmail: 'team@example.com' });
    const b = person('11', 'Bob', 'Ray', { workEmail: 'Team@example.com ' });
    const host = hostRecord('h10', { identifier: 'team@example.com', name: 'Ann Lee' });
    const plan = planSync([a, b], [host], stakeholder, { today: TODAY });
    expect(plan.conflicts.map((e) => [e.hrisId, e.reasons])).to.deep.equal([
      ['10', [{ code: 'duplicate_identifier', params: { identifier: 'workEmail', count: 2 } }]],
      ['11', [{ code: 'duplicate_identifier', params: { identifier: 'workEmail', count: 2 } }]],
    ]);
    expect(plan.create.length + plan.update.length + plan.unchanged.length).to.equal(0);
  });

  it('follows the HRIS id stored on a host record when the email changed', () => {
    const record = person('7', 'Kim', 'Park', { workEmail: 'kim.new@example.com' });
    const host = hostRecord('h7', { identifier: 'kim.old@example.com', email: 'kim.old@example.com', name: 'Kim Park' }, { hrisId: '7' });
    const plan = planSync([record], [host], stakeholder, { today: TODAY });
    expect(plan.update[0]).to.include({ hostId: 'h7', matchedBy: 'hrisId' });
    expect(plan.update[0]!.changes).to.deep.equal([
      { field: 'identifier', before: 'kim.old@example.com', after: 'kim.new@example.com' },
      { field: 'email', before: 'kim.old@example.com', after: 'kim.new@example.com' },
    ]);
  });

  it('does not let another person take over a stale identifier on a host record claimed by HRIS id', () => {
    const moved = person('7', 'Kim', 'Park', { workEmail: 'kim.new@example.com' });
    const newcomer = person('8', 'Lou', 'Park', { workEmail: 'kim.old@example.com' });
    const host = hostRecord('h7', { identifier: 'kim.old@example.com', name: 'Kim Park' }, { hrisId: '7' });
    const plan = planSync([moved, newcomer], [host], stakeholder, { today: TODAY });
    expect(plan.update.map((e) => [e.hrisId, e.hostId])).to.deep.equal([['7', 'h7']]);
    expect(plan.create.map((e) => e.hrisId)).to.deep.equal(['8']);
  });

  it('matches by the exact full name only when the host record has neither HRIS id nor identifier', () => {
    const record = person('3', 'Anna', 'Smith');
    const nameOnly = hostRecord('h3', { name: 'anna smith ' });
    const withOtherIdentifier = hostRecord('h4', { name: 'Anna Smith', identifier: 'someone@example.com' });
    const plan = planSync([record], [withOtherIdentifier, nameOnly], stakeholder, { today: TODAY });
    expect(plan.update.map((e) => [e.hrisId, e.hostId, e.matchedBy])).to.deep.equal([['3', 'h3', 'name']]);
  });

  it('offers "Last, First" swapped names as possible matches and creates instead of applying them', () => {
    const record = person('5', 'Anna', 'Smith');
    const plan = planSync([record], [hostRecord('h5', { name: 'Smith, Anna' }), hostRecord('h6', { name: 'Ánna  Smith' })], stakeholder, { today: TODAY });
    expect(plan.create.map((e) => e.hrisId)).to.deep.equal(['5']);
    expect(plan.update).to.deep.equal([]);
    expect(plan.possibleMatches).to.deep.equal([
      { hrisId: '5', displayName: 'Anna Smith', hostId: 'h5', kind: 'name_swapped' },
      { hrisId: '5', displayName: 'Anna Smith', hostId: 'h6', kind: 'name_similar' },
    ]);
  });

  it('treats "Last, First" as exact when that is the configured name format', () => {
    const record = person('5', 'Anna', 'Smith');
    const plan = planSync([record], [hostRecord('h5', { name: 'Smith, Anna' })], { ...stakeholder, nameFormat: 'last-first' }, { today: TODAY });
    expect(plan.update.map((e) => [e.hostId, e.matchedBy])).to.deep.equal([['h5', 'name']]);
    expect(plan.update[0]!.changes.map((c) => c.field)).to.deep.equal(['identifier', 'email', '$hrisId']);
  });

  it('offers first and last name swapped between the directory fields as a possible match', () => {
    const record = person('9', 'Lena', 'Hart');
    const plan = planSync([record], [hostRecord('d9', { firstName: 'Hart', lastName: 'Lena' })], directory, { today: TODAY });
    expect(plan.possibleMatches).to.deep.equal([{ hrisId: '9', displayName: 'Lena Hart', hostId: 'd9', kind: 'name_swapped' }]);
    expect(plan.possibleMatches[0]!.displayName, 'as the entry shows it').to.equal(plan.create[0]!.displayName);
    expect(plan.create.map((e) => e.hrisId)).to.deep.equal(['9']);
  });

  it('reports an identifier shared by two host records as ambiguous', () => {
    const record = person('12', 'Max', 'Roe');
    const hosts = [hostRecord('a', { identifier: 'max.roe@example.com' }), hostRecord('b', { identifier: 'MAX.ROE@example.com' })];
    const plan = planSync([record], hosts, stakeholder, { today: TODAY });
    expect(plan.conflicts.map((e) => e.reasons)).to.deep.equal([[{ code: 'ambiguous_match', params: { tier: 'identifier', hostIds: 'a,b' } }]]);
  });

  it('reports a host record linked to an HRIS id that is not in the data as a conflict', () => {
    const record = person('13', 'Ivy', 'Moss');
    const plan = planSync([record], [hostRecord('h', { identifier: 'ivy.moss@example.com' }, { hrisId: '999' })], stakeholder, { today: TODAY });
    expect(plan.conflicts.map((e) => [e.hrisId, e.hostId, e.reasons[0]?.code])).to.deep.equal([['13', 'h', 'host_linked_to_other']]);
  });

  it('reports two HRIS records with the same exact name and one name-only host record as a conflict', () => {
    const a = person('20', 'Sam', 'Lee', { workEmail: 'sam1@example.com' });
    const b = person('21', 'Sam', 'Lee', { workEmail: 'sam2@example.com' });
    const plan = planSync([a, b], [hostRecord('h', { name: 'Sam Lee' })], stakeholder, { today: TODAY });
    expect(plan.conflicts.map((e) => [e.hrisId, e.reasons[0]?.code])).to.deep.equal([['20', 'duplicate_name'], ['21', 'duplicate_name']]);
  });

  it('matches by employee number when that is the identifier', () => {
    const record = employee('30', { firstName: 'Ola', lastName: 'Berg', employeeNumber: ' 00123 ' });
    const plan = planSync([record], [hostRecord('h', { identifier: '00123', name: 'Ola Berg' })], { ...stakeholder, identifier: 'employeeNumber' }, { today: TODAY });
    expect(plan.update.map((e) => [e.hostId, e.matchedBy, e.identifier])).to.deep.equal([['h', 'identifier', '00123']]);
  });
});
