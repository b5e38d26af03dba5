/** French. Loaded lazily; checked against the English `Translation` type. */
import type { IssueParam } from '../core/result.js';
import type { IssueParams, Translation } from './en.js';
import { providersFr } from './providers-fr.js';
import { configureFr } from './configure-fr.js';
import { syncPreviewFr } from './sync-preview-fr.js';
import { s, said } from './params.js';


const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  common: {
    back: 'Retour',
    cancel: 'Annuler',
    continue: 'Continuer',
    retry: 'Réessayer',
    close: 'Fermer',
    copy: 'Copier',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le vous-même.',
    loading: 'Chargement…',
    loadFailed: 'Cette étape n’a pas pu être chargée. Vérifiez la connexion et réessayez.',
    storeNotices: {
      storage_unavailable: 'Ce navigateur ne permet pas à la page de conserver les salariés : ils ne sont gardés que jusqu’à la fermeture ou au rechargement de la page.',
      upgrade_blocked: 'Un autre onglet garde une version plus ancienne de cette page. Fermez-le pour que les salariés puissent être conservés sur cet appareil.',
      upgrade_required: 'Cette page a été mise à jour dans un autre onglet. Rechargez-la pour conserver les salariés sur cet appareil.',
    },
    never: 'Jamais',
    required: (label: string) => `Saisissez : ${label}.`,
    invalid: (label: string) => `Valeur non valide : ${label}.`,
    errorHeading: 'Un problème est survenu',
    stepOf: (step: number, total: number) => `Étape ${step} sur ${total}`,
  },
  dataTypes: {
    identity: { label: 'Identité', description: 'Noms, matricule et identifiants' },
    contact: { label: 'Coordonnées', description: 'E-mails professionnel et personnel, numéros de téléphone' },
    employment: { label: 'Emploi', description: 'Statut, dates d’entrée et de sortie, poste, type de contrat' },
    organization: { label: 'Organisation', description: 'Service, équipe, site, responsable, centre de coûts' },
    compensation: { label: 'Rémunération', description: 'Salaire, devise et période de paie' },
    custom: { label: 'Champs personnalisés', description: 'Attributs personnalisés que vos identifiants peuvent lire' },
  },
  issues: {
    unknown: (p: IssueParams) => ({
      message: `Une erreur inattendue s’est produite (${s(p['code'], 'erreur inconnue')}).`,
      action: 'Réessayez. Si le problème persiste, contactez votre administrateur.',
    }),
    invalid_request: (p: IssueParams) => ({
      message: p['field'] ? `Valeur refusée : ${s(p['field'])}.` : 'La demande a été refusée.',
      action: 'Vérifiez les valeurs saisies et réessayez.',
    }),
    unknown_provider: (p: IssueParams) => ({
      message: `Cette application ne peut pas se connecter à ${s(p['provider'], 'ce SIRH')}.`,
      action: 'Choisissez un autre SIRH ou demandez au support de l’application de l’activer.',
    }),
    wrong_credentials: (p: IssueParams) => ({
      message: `${s(p['provider'], 'Le SIRH')} n’a pas accepté ces identifiants.${said(p, (v) => ` Réponse : « ${v} ».`)}`,
      action: 'Copiez-les à nouveau depuis le SIRH, collez-les ici et reconnectez-vous.',
    }),
    missing_permissions: (p: IssueParams) => ({
      message: `Les identifiants fonctionnent, mais ne peuvent pas lire : ${s(p['fields'], 'certains champs obligatoires')}.`,
      action: `Dans ${s(p['provider'], 'le SIRH')}, autorisez la lecture de ces attributs, puis reconnectez-vous.`,
    }),
    vendor_unavailable: (p: IssueParams) => ({
      message: `${s(p['provider'], 'Le SIRH')} ne répond pas pour le moment.`,
      action: 'Patientez quelques minutes et réessayez.',
    }),
    vendor_rate_limited: (p: IssueParams) => ({
      message: `${s(p['provider'], 'Le SIRH')} reçoit trop de demandes.`,
      action: p['retryAfter'] ? `Réessayez dans ${s(p['retryAfter'])} secondes.` : 'Patientez une minute et réessayez.',
    }),
    not_found: () => ({
      message: 'Cette connexion n’existe plus.',
      action: 'Connectez à nouveau votre SIRH.',
    }),
    endpoint_not_allowed: () => ({
      message: 'Le serveur de connexion a refusé une demande non autorisée.',
      action: 'Contactez le support de l’application : son serveur de connexion doit être mis à jour.',
    }),
    origin_not_allowed: () => ({
      message: 'Le serveur de connexion n’accepte pas les demandes de cette page.',
      action: 'Demandez au support de l’application d’autoriser cette adresse.',
    }),
    payload_too_large: () => ({
      message: 'La demande est trop volumineuse pour le serveur de connexion.',
      action: 'Vérifiez les valeurs saisies et réessayez.',
    }),
    proxy_unreachable: () => ({
      message: 'Impossible de joindre le serveur de connexion.',
      action: 'Vérifiez votre connexion internet et réessayez.',
    }),
    proxy_error: () => ({
      message: 'Le serveur de connexion a donné une réponse incompréhensible.',
      action: 'Réessayez plus tard. Si le problème persiste, contactez le support de l’application.',
    }),
  },
  providers: providersFr,
  connect: {
    title: 'Connecter votre SIRH',
    pickerHeading: 'Choisissez votre SIRH',
    pickerHint: 'Nous lisons uniquement les données. Rien n’est modifié dans votre SIRH.',
    chooseProvider: (provider: string) => `Connecter ${provider}`,
    summaryHeading: (provider: string) => `Données partagées par ${provider}`,
    summaryIntro: 'Cette application lira les données suivantes :',
    adminQuestion: (provider: string) => `La création des identifiants nécessite des droits d’administrateur dans ${provider}.`,
    iAmAdmin: 'Je suis administrateur',
    notAdmin: 'Je ne suis pas administrateur',
    forwardHeading: 'Demander l’aide d’un administrateur',
    forwardIntro: 'Envoyez ces instructions à un administrateur de votre SIRH :',
    forwardLabel: 'Instructions pour un administrateur',
    forwardText: (provider: string, steps: string) =>
      `Merci de créer des identifiants API en lecture seule dans ${provider} pour notre intégration RH :\n${steps}\nEnvoie-les-moi ensuite par un canal sécurisé, ou saisis-les toi-même.`,
    forwardDone: 'J’ai les identifiants',
    instructionsHeading: (provider: string) => `Créer vos identifiants ${provider}`,
    formHeading: 'Saisir les identifiants',
    connect: 'Connecter',
    connecting: (provider: string) => `Connexion à ${provider}…`,
    errorsInForm: (count: number) => (count <= 1 ? 'Corrigez 1 champ pour continuer.' : `Corrigez ${count} champs pour continuer.`),
    secretKept: 'Les secrets sont envoyés une seule fois au serveur de connexion et ne sont pas conservés sur cette page.',
    connectedHeading: (provider: string) => `${provider} est connecté`,
    mapHeading: 'Associer des champs supplémentaires',
    mapIntro: 'Choisissez le champ du SIRH qui remplit chaque champ de cette application. Vous pourrez le modifier plus tard.',
    mapTarget: 'Champ de cette application',
    mapSource: 'Champ du SIRH',
    mapSourceHint: 'Tapez pour rechercher parmi les champs du SIRH.',
    mapNone: 'Non associé',
    mapFieldOption: (label: string, type: string, endpoint: string) => `${label} · ${type} · ${endpoint}`,
    mapUnknown: 'Choisissez un champ dans la liste, ou laissez-le vide.',
    mapNoFields: 'Aucun champ supplémentaire à associer.',
    skip: 'Ignorer pour l’instant',
    finish: 'Terminer la configuration',
    doneAnnouncement: (provider: string) => `${provider} est configuré.`,
    connectionHeading: 'Connexion au SIRH',
    provider: 'SIRH',
    connectedAt: 'Connecté le',
    lastRetrieval: 'Dernière récupération',
    disconnect: 'Déconnecter',
    disconnecting: 'Déconnexion…',
    reconnect: 'Reconnecter',
    disconnected: (provider: string) => `${provider} a été déconnecté.`,
    noProxy: 'Aucun serveur de connexion n’est configuré pour cette page.',
    noProxyAction: 'Les développeurs de l’application doivent définir la propriété « proxy ».',
  },
  configure: configureFr,
  syncPreview: syncPreviewFr,
};

export default fr;
