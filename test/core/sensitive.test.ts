import { expect } from '@open-wc/testing';
import { foldForMatch, mustDrop, partitionCatalog, specialCategoryOf, type SpecialCategory } from '../../src/core/sensitive.js';
import type { FieldDef } from '../../src/core/model.js';

/** Labels (EN/DE/FR) as HR systems name them, with the category each must fall into. */
const SPECIAL: readonly [string, SpecialCategory][] = [
  ['IBAN', 'banking'], ['BIC', 'banking'], ['Bankverbindung', 'banking'], ['Kontonummer', 'banking'], ['Bank account number', 'banking'],
  ['RIB', 'banking'], ['Coordonnées bancaires', 'banking'], ['Credit card', 'banking'], ['Sort code', 'banking'],
  ['SSN', 'nationalId'], ['Social Security Number', 'nationalId'], ['Sozialversicherungsnummer', 'nationalId'], ['SV-Nummer', 'nationalId'],
  ['Steuer-ID', 'nationalId'], ['Steuernummer', 'nationalId'], ['Tax ID', 'nationalId'], ['Numéro de sécurité sociale', 'nationalId'],
  ['NIR', 'nationalId'], ['National Insurance number', 'nationalId'], ['Personalausweisnummer', 'nationalId'], ['Carte d\'identité', 'nationalId'],
  ['Passport number', 'passport'], ['Reisepass', 'passport'], ['Passnummer', 'passport'], ['Numéro de passeport', 'passport'],
  ['Driver\'s license', 'licence'], ['Licence number', 'licence'], ['driversLicense', 'licence'], ['Führerschein', 'licence'], ['Permis de conduire', 'licence'],
  ['Religion', 'religion'], ['Religionszugehörigkeit', 'religion'], ['Konfession', 'religion'], ['Kirchensteuermerkmal', 'religion'], ['Confession', 'religion'],
  ['Political affiliation', 'politics'], ['Politische Einstellung', 'politics'], ['Opinion politique', 'politics'],
  ['Union', 'union'], ['Union membership', 'union'], ['Trade union', 'union'], ['Gewerkschaft', 'union'], ['Gewerkschaftszugehörigkeit', 'union'],
  ['Syndicat', 'union'], ['Adhésion syndicale', 'union'], ['Syndiqué', 'union'],
  ['Health', 'health'], ['Gesundheitsdaten', 'health'], ['Santé', 'health'], ['Medical notes', 'health'], ['Krankmeldung', 'health'], ['Arrêt maladie', 'health'],
  ['Disability', 'disability'], ['Schwerbehinderung', 'disability'], ['Grad der Behinderung', 'disability'], ['Handicap', 'disability'], ['RQTH', 'disability'],
  ['Ethnicity', 'ethnicity'], ['Ethnic origin', 'ethnicity'], ['Race', 'ethnicity'], ['Ethnische Herkunft', 'ethnicity'], ['Origine ethnique', 'ethnicity'],
  ['Genetic data', 'genetic'], ['Biometric data', 'genetic'],
  ['Sexual orientation', 'sexuality'], ['Orientation sexuelle', 'sexuality'],
  ['Criminal record', 'criminal'], ['Führungszeugnis', 'criminal'], ['Casier judiciaire', 'criminal'], ['Background check', 'criminal'],
  ['Credit rating', 'credit'], ['Credit score', 'credit'], ['SCHUFA', 'credit'], ['Bonität', 'credit'], ['Solvabilité', 'credit'],
];

/** Ordinary HR labels that must never be dropped (a false positive loses a field the customer needs). */
const ORDINARY = [
  'Department', 'Position', 'Team', 'Office', 'Hire date', 'Cost center', 'Birthday', 'Private email', 'Personal email', 'First name',
  'Last name', 'Email', 'Gender', 'Status', 'Supervisor', 'Employment type', 'Termination date', 'Termination reason', 'Subcompany',
  'Public holidays', 'Work schedule', 'Fix salary', 'Salary interval', 'Hourly salary', 'Pay rate', 'Profile Picture', 'Titel',
  'Anniversary Date', 'Abteilung', 'Standort', 'Kostenstelle', 'Eintrittsdatum', 'Geburtstag', 'Geschlecht', 'Personalnummer',
  'Employee number', 'Matricule', 'Poste', 'Équipe', 'Centre de coûts', 'Date de naissance', 'Nationality', 'Marital status',
  'Mobile phone', 'Handynummer', 'Division', 'Location', 'Job title', 'Business unit', 'Union Square office', 'Syndication partner',
  'Health & Safety officer', 'Compass team', 'Passcode', 'International ID', 'Steuerklasse', 'Shirt size',
];

describe('sensitive: special categories', () => {
  for (const [label, category] of SPECIAL) {
    it(`drops "${label}" as ${category}`, () => {
      expect(specialCategoryOf({ id: 'dynamic_1', label })).to.equal(category);
    });
  }

  it('matches vendor ids in camelCase and snake_case, not only labels', () => {
    const ids = ['passportNumber', 'socialSecurityNumber', 'ssn', 'bank_account_number', 'tradeUnion', 'disabilityStatus', 'sexualOrientation', 'criminalRecord', 'creditScore', 'eeoRace', 'sin', 'nin'];
    expect(ids.map((id) => specialCategoryOf({ id }))).to.deep.equal([
      'passport', 'nationalId', 'nationalId', 'banking', 'union', 'disability', 'sexuality', 'criminal', 'credit', 'ethnicity', 'nationalId', 'nationalId',
    ]);
  });

  it('keeps ordinary HR fields', () => {
    const matched = ORDINARY.filter((label) => specialCategoryOf({ id: 'dynamic_1', label }) !== null);
    expect(matched).to.deep.equal([]);
  });

  it('folds case, accents, ß, separators and camelCase humps', () => {
    expect(foldForMatch('Führungs-Zeugnis')).to.equal('fuhrungs zeugnis');
    expect(foldForMatch('Straße_Nr')).to.equal('strasse nr');
    expect(foldForMatch('passportNumber')).to.equal('passport number');
    expect(foldForMatch('  Santé / Médical ')).to.equal('sante medical');
  });
});

describe('sensitive: the policy', () => {
  const policy = (explicit: string[] = [], allow: string[] = []) => ({ explicit: new Set(explicit), allow: new Set(allow) });

  it('drops pattern matches, vendor-listed ids and fields marked special', () => {
    expect(mustDrop({ id: 'dynamic_9', label: 'Konfession' }, policy())).to.equal(true);
    expect(mustDrop({ id: 'x1', label: 'Harmless' }, policy(['x1']))).to.equal(true);
    expect(mustDrop({ id: 'x2', label: 'Harmless', sensitivity: 'special' }, policy())).to.equal(true);
    expect(mustDrop({ id: 'x3', label: 'Department', sensitivity: 'personal' }, policy())).to.equal(false);
  });

  it('keeps a special field only when the host names it', () => {
    expect(mustDrop({ id: 'dynamic_9', label: 'IBAN' }, policy([], ['dynamic_9']))).to.equal(false);
    expect(mustDrop({ id: 'dynamic_8', label: 'IBAN' }, policy([], ['dynamic_9']))).to.equal(true);
  });

  it('partitions a catalog into kept and dropped fields', () => {
    const def = (id: string, label: string): FieldDef => ({ id, label, type: 'string', endpoint: 'GET /x', sensitivity: 'standard', custom: true });
    const { kept, dropped } = partitionCatalog([def('a', 'Team'), def('b', 'Religion'), def('c', 'Passport number'), def('d', 'Office')], policy());
    expect(kept.map((f) => f.id)).to.deep.equal(['a', 'd']);
    expect(dropped.map((f) => f.id)).to.deep.equal(['b', 'c']);
  });
});
