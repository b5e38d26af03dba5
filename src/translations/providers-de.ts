/**
 * German texts for the provider definitions' credential forms: labels, help,
 * advice and the vendors' step-by-step instructions (same number of steps as
 * the English definitions; `test/components/translations.test.ts` checks it).
 */
import type { ProviderTexts } from './en.js';

export const providersDe: Readonly<Record<string, ProviderTexts>> = {
  personio: {
    fields: { clientId: 'Client-ID', clientSecret: 'Client-Secret' },
    advice: 'Erstellen Sie die Zugangsdaten nur mit Lesezugriff: Diese Integration schreibt nie in Personio.',
    instructions: [
      'Melden Sie sich als Administrator bei Personio an und öffnen Sie die Einstellungen (unten links).',
      'Öffnen Sie in der Kachel „Integrationen“ die API-Zugangsdaten und klicken Sie auf „Neue Zugangsdaten generieren“ (in neueren Konten „Benutzerdefinierte Integration erstellen“).',
      'Benennen Sie die Zugangsdaten nach diesem Produkt und geben Sie Lesezugriff auf Mitarbeiter. Schreibzugriff ist nicht nötig.',
      'Wählen Sie unter „Lesbare Mitarbeiterattribute“ E-Mail, Vorname und Nachname (Pflicht). Ergänzen Sie, was Sie importieren möchten: private E-Mail, Geburtstag, Eintrittsdatum, Austrittsdatum (um Austritte zu erkennen), Status, Gehalt, Gehaltsintervall, Team und Beschäftigungsart sowie alle eigenen Attribute, die Sie zuordnen möchten.',
      'Erstellen Sie die Zugangsdaten und kopieren Sie Client-ID und Client-Secret in die Felder unten. Bewahren Sie das Secret sicher auf: Personio zeigt es nur einmal an.',
    ],
  },
  bamboohr: {
    fields: { companyDomain: 'Firmen-Domain', apiKey: 'API-Schlüssel' },
    help: { companyDomain: 'Der Teil vor .bamboohr.com in Ihrer BambooHR-Adresse.' },
    advice:
      'Ein API-Schlüssel darf alles, was die Person darf, die ihn erstellt hat. Legen Sie für mehr Sicherheit zuerst einen „Non-Employee User“ mit einer eigenen Zugriffsstufe an, die die zu importierenden Mitarbeiterfelder sehen, aber nichts bearbeiten oder hinzufügen darf, und erstellen Sie den Schlüssel als diese Person.',
    instructions: [
      'Empfohlen: Öffnen Sie als BambooHR-Administrator Einstellungen → Zugriffsstufen, fügen Sie eine eigene Zugriffsstufe hinzu (zum Beispiel „HR-Sync, nur lesen“), erlauben Sie nur das Ansehen der gewünschten Mitarbeiterfelder und speichern Sie.',
      'Öffnen Sie diese Zugriffsstufe, wählen Sie über das Zahnrad „Non-Employee BambooHR User hinzufügen“, geben Sie einen Namen und eine E-Mail-Adresse an, die Sie lesen können (nicht Ihr eigenes Login), wählen Sie die neue Zugriffsstufe und speichern Sie. Setzen Sie das Passwort über die erhaltene E-Mail und melden Sie sich als diese Person an.',
      'Ihre Firmen-Domain finden Sie unter Einstellungen → Konto → Kontoinformationen, „Ihre BambooHR-URL“: der Teil vor .bamboohr.com.',
      'Klicken Sie oben rechts auf Ihre Initialen → API-Schlüssel → Neuen Schlüssel hinzufügen, benennen Sie ihn nach diesem Produkt, klicken Sie auf „Schlüssel generieren“ und kopieren Sie ihn.',
      'Geben Sie unten Firmen-Domain und API-Schlüssel ein. Mitarbeitende ohne Eintrittsdatum können nicht synchronisiert werden.',
    ],
  },
  hibob: {
    fields: { serviceUserId: 'Service-User-ID', token: 'Service-User-Token' },
    advice: 'Verwenden Sie einen eigenen API-Service-User mit reinen Leserechten. Ein neuer Service-User kann nichts lesen, bis er zu einer Berechtigungsgruppe gehört.',
    instructions: [
      'Öffnen Sie in Bob Einstellungen › Integrationen › Service-User und legen Sie einen neuen Service-User an, zum Beispiel „HR-Sync“.',
      'Kopieren Sie die Service-User-ID und das Token, das Bob beim Anlegen anzeigt; das Token wird nur einmal angezeigt.',
      'Öffnen Sie Einstellungen › Konto › Berechtigungsgruppen, legen Sie eine Gruppe für den Service-User an und fügen Sie ihn als einziges Mitglied hinzu.',
      'Erlauben Sie der Gruppe unter „People’s data“, alle Mitarbeitenden in jedem Lebenszyklus-Status zu sehen, damit auch Austritte enthalten sind.',
      'Geben Sie Lesezugriff auf die Kategorien Basic info, Work, Employment, Lifecycle und Personal contact details, und auf Payroll nur, wenn Gehälter importiert werden sollen.',
      'Speichern Sie die Gruppe und fügen Sie dann Service-User-ID und Token hier ein.',
    ],
  },
  humaans: {
    fields: { token: 'API-Zugriffstoken' },
    advice: 'Geben Sie dem Token nur Lese-Scopes. Humaans zeigt ein Token nur einmal: Kopieren Sie es, bevor Sie den Dialog schließen.',
    instructions: [
      'Klicken Sie in Humaans oben links auf Ihren Namen und öffnen Sie „API access tokens“.',
      'Klicken Sie auf „Generate new token“ und benennen Sie es, zum Beispiel „HR-Sync“.',
      'Wählen Sie den Scope „View public and private data“ (private:read); nur öffentliche Daten verbergen private Profilfelder wie die private E-Mail.',
      'Um Gehälter zu importieren, wählen Sie zusätzlich den Lese-Scope für Vergütungen (compensations:read). Kein Schreib-Scope ist nötig.',
      'Klicken Sie auf „Create access token“, dann auf „Click to copy“, und fügen Sie das Token hier ein.',
    ],
  },
  lucca: {
    fields: { tenant: 'Lucca-Domain', apiKey: 'API-Schlüssel' },
    help: { tenant: 'Der Teil vor .ilucca.net in Ihrer Lucca-Adresse.' },
    advice: 'Den Schlüssel muss ein Lucca-Administrator erstellen. Geben Sie ihm nur Lesezugriff auf Benutzer.',
    instructions: [
      'Melden Sie sich als Administrator bei Lucca an; Ihre Domain ist der Teil vor .ilucca.net in der Adresszeile.',
      'Klicken Sie oben rechts auf das Zahnrad und öffnen Sie Authentifizierung, SSO und API › API-Schlüssel.',
      'Klicken Sie auf „API-Schlüssel generieren“, benennen Sie ihn (zum Beispiel „HR-Sync“) und wählen Sie die Berechtigungen; die Berechtigung für das Benutzerverzeichnis („Benutzer verwalten“) ist nötig.',
      'Kopieren Sie den Schlüssel mit „Schlüssel kopieren“ und fügen Sie ihn hier zusammen mit Ihrer Domain ein.',
    ],
  },
};
