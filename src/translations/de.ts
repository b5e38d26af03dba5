/** German. Loaded lazily; checked against the English `Translation` type. */
import type { IssueParam } from '../core/result.js';
import type { IssueParams, Translation } from './en.js';
import { providersDe } from './providers-de.js';
import { configureDe } from './configure-de.js';
import { syncPreviewDe } from './sync-preview-de.js';
import { s, said } from './params.js';


const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  common: {
    back: 'Zurück',
    cancel: 'Abbrechen',
    continue: 'Weiter',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    copy: 'Kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
    loading: 'Wird geladen…',
    loadFailed: 'Dieser Schritt konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    storeNotices: {
      storage_unavailable: 'Dieser Browser lässt die Seite die Mitarbeitenden nicht speichern; sie bleiben nur erhalten, bis die Seite geschlossen oder neu geladen wird.',
      upgrade_blocked: 'Ein anderer Tab hält eine ältere Version dieser Seite offen. Schließen Sie ihn, damit die Mitarbeitenden auf diesem Gerät gespeichert werden können.',
      upgrade_required: 'Diese Seite wurde in einem anderen Tab aktualisiert. Laden Sie sie neu, um die Mitarbeitenden auf diesem Gerät zu behalten.',
    },
    never: 'Nie',
    required: (label: string) => `Geben Sie ${label} ein.`,
    invalid: (label: string) => `${label} ist ungültig.`,
    errorHeading: 'Etwas ist schiefgelaufen',
    stepOf: (step: number, total: number) => `Schritt ${step} von ${total}`,
  },
  dataTypes: {
    identity: { label: 'Identität', description: 'Namen, Personalnummer und IDs' },
    contact: { label: 'Kontaktdaten', description: 'Geschäftliche und private E-Mail, Telefonnummern' },
    employment: { label: 'Beschäftigung', description: 'Status, Eintritts- und Austrittsdatum, Position, Beschäftigungsart' },
    organization: { label: 'Organisation', description: 'Abteilung, Team, Standort, Vorgesetzte, Kostenstelle' },
    compensation: { label: 'Vergütung', description: 'Gehalt, Währung und Abrechnungszeitraum' },
    custom: { label: 'Benutzerdefinierte Felder', description: 'Eigene Attribute, die Ihre Zugangsdaten lesen dürfen' },
  },
  issues: {
    unknown: (p: IssueParams) => ({
      message: `Ein unerwarteter Fehler ist aufgetreten (${s(p['code'], 'unbekannter Fehler')}).`,
      action: 'Versuchen Sie es erneut. Wenn der Fehler bleibt, wenden Sie sich an Ihre Administration.',
    }),
    invalid_request: (p: IssueParams) => ({
      message: p['field'] ? `${s(p['field'])} wurde nicht akzeptiert.` : 'Die Anfrage wurde nicht akzeptiert.',
      action: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
    }),
    unknown_provider: (p: IssueParams) => ({
      message: `Diese Anwendung kann keine Verbindung zu ${s(p['provider'], 'diesem HR-System')} herstellen.`,
      action: 'Wählen Sie ein anderes HR-System oder bitten Sie den Support der Anwendung, es freizuschalten.',
    }),
    wrong_credentials: (p: IssueParams) => ({
      message: `${s(p['provider'], 'Das HR-System')} hat diese Zugangsdaten nicht akzeptiert.${said(p, (v) => ` Antwort: „${v}“.`)}`,
      action: 'Kopieren Sie die Zugangsdaten erneut aus dem HR-System, fügen Sie sie hier ein und verbinden Sie erneut.',
    }),
    missing_permissions: (p: IssueParams) => ({
      message: `Die Zugangsdaten funktionieren, können aber ${s(p['fields'], 'einige Pflichtfelder')} nicht lesen.`,
      action: `Erlauben Sie in ${s(p['provider'], 'Ihrem HR-System')} das Lesen dieser Attribute und verbinden Sie erneut.`,
    }),
    vendor_unavailable: (p: IssueParams) => ({
      message: `${s(p['provider'], 'Das HR-System')} antwortet gerade nicht.`,
      action: 'Warten Sie einige Minuten und versuchen Sie es erneut.',
    }),
    vendor_rate_limited: (p: IssueParams) => ({
      message: `${s(p['provider'], 'Das HR-System')} erhält zu viele Anfragen.`,
      action: p['retryAfter'] ? `Versuchen Sie es in ${s(p['retryAfter'])} Sekunden erneut.` : 'Warten Sie eine Minute und versuchen Sie es erneut.',
    }),
    not_found: () => ({
      message: 'Diese Verbindung existiert nicht mehr.',
      action: 'Verbinden Sie Ihr HR-System erneut.',
    }),
    endpoint_not_allowed: () => ({
      message: 'Der Verbindungsserver hat eine nicht erlaubte Anfrage abgelehnt.',
      action: 'Wenden Sie sich an den Support der Anwendung: Der Verbindungsserver muss aktualisiert werden.',
    }),
    origin_not_allowed: () => ({
      message: 'Der Verbindungsserver akzeptiert keine Anfragen von dieser Seite.',
      action: 'Bitten Sie den Support der Anwendung, diese Adresse freizugeben.',
    }),
    payload_too_large: () => ({
      message: 'Die Anfrage war zu groß für den Verbindungsserver.',
      action: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
    }),
    proxy_unreachable: () => ({
      message: 'Der Verbindungsserver ist nicht erreichbar.',
      action: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    }),
    proxy_error: () => ({
      message: 'Der Verbindungsserver hat eine unverständliche Antwort gegeben.',
      action: 'Versuchen Sie es später erneut. Wenn der Fehler bleibt, wenden Sie sich an den Support der Anwendung.',
    }),
  },
  providers: providersDe,
  connect: {
    title: 'HR-System verbinden',
    pickerHeading: 'Wählen Sie Ihr HR-System',
    pickerHint: 'Wir lesen nur Daten. In Ihrem HR-System wird nichts verändert.',
    chooseProvider: (provider: string) => `${provider} verbinden`,
    summaryHeading: (provider: string) => `${provider} teilt`,
    summaryIntro: 'Diese Anwendung liest folgende Daten:',
    adminQuestion: (provider: string) => `Zum Erstellen der Zugangsdaten sind Administratorrechte in ${provider} nötig.`,
    iAmAdmin: 'Ich bin Admin',
    notAdmin: 'Ich bin kein Admin',
    forwardHeading: 'Einen Admin um Hilfe bitten',
    forwardIntro: 'Senden Sie diese Anleitung an eine Administratorin oder einen Administrator Ihres HR-Systems:',
    forwardLabel: 'Anleitung für Admins',
    forwardText: (provider: string, steps: string) =>
      `Bitte erstelle in ${provider} schreibgeschützte API-Zugangsdaten für unsere HR-Integration:\n${steps}\nSchicke sie mir dann über einen sicheren Kanal oder trage sie selbst ein.`,
    forwardDone: 'Ich habe die Zugangsdaten',
    instructionsHeading: (provider: string) => `Zugangsdaten in ${provider} erstellen`,
    formHeading: 'Zugangsdaten eingeben',
    connect: 'Verbinden',
    connecting: (provider: string) => `Verbindung zu ${provider} wird hergestellt…`,
    errorsInForm: (count: number) => (count === 1 ? 'Korrigieren Sie 1 Feld, um fortzufahren.' : `Korrigieren Sie ${count} Felder, um fortzufahren.`),
    secretKept: 'Geheimnisse werden einmal an den Verbindungsserver gesendet und nicht auf dieser Seite gespeichert.',
    connectedHeading: (provider: string) => `${provider} ist verbunden`,
    mapHeading: 'Weitere Felder zuordnen',
    mapIntro: 'Wählen Sie, welches Feld des HR-Systems jedes Feld dieser Anwendung füllt. Sie können das später ändern.',
    mapTarget: 'Feld in dieser Anwendung',
    mapSource: 'Feld im HR-System',
    mapSourceHint: 'Tippen Sie, um die Felder des HR-Systems zu durchsuchen.',
    mapNone: 'Nicht zugeordnet',
    mapFieldOption: (label: string, type: string, endpoint: string) => `${label} · ${type} · ${endpoint}`,
    mapUnknown: 'Wählen Sie ein Feld aus der Liste oder lassen Sie es leer.',
    mapNoFields: 'Es gibt keine weiteren Felder zum Zuordnen.',
    skip: 'Vorerst überspringen',
    finish: 'Einrichtung abschließen',
    doneAnnouncement: (provider: string) => `${provider} ist eingerichtet.`,
    connectionHeading: 'Verbindung zum HR-System',
    provider: 'HR-System',
    connectedAt: 'Verbunden',
    lastRetrieval: 'Letzter Abruf',
    disconnect: 'Trennen',
    disconnecting: 'Wird getrennt…',
    reconnect: 'Neu verbinden',
    disconnected: (provider: string) => `${provider} wurde getrennt.`,
    noProxy: 'Für diese Seite ist kein Verbindungsserver eingerichtet.',
    noProxyAction: 'Die Entwickler der Anwendung müssen die Eigenschaft „proxy“ setzen.',
  },
  configure: configureDe,
  syncPreview: syncPreviewDe,
};

export default de;
