/**
 * French texts for the provider definitions' credential forms: labels, help,
 * advice and the vendors' step-by-step instructions (same number of steps as
 * the English definitions; `test/components/translations.test.ts` checks it).
 */
import type { ProviderTexts } from './en.js';

export const providersFr: Readonly<Record<string, ProviderTexts>> = {
  personio: {
    fields: { clientId: 'ID client', clientSecret: 'Secret client' },
    advice: 'Créez les identifiants en lecture seule : cette intégration n’écrit jamais dans Personio.',
    instructions: [
      'Connectez-vous à Personio en tant qu’administrateur et ouvrez les Paramètres (en bas à gauche).',
      'Dans la tuile Intégrations, ouvrez Identifiants API et cliquez sur « Générer de nouveaux identifiants » (« Créer une intégration personnalisée » dans les comptes récents).',
      'Nommez les identifiants d’après ce produit et donnez un accès en lecture aux Employés. Aucun accès en écriture n’est nécessaire.',
      'Sous « Attributs d’employé lisibles », cochez E-mail, Prénom et Nom (obligatoires). Ajoutez ce que vous voulez importer : e-mail personnel, date de naissance, date d’embauche, date de départ (pour reconnaître les départs), statut, salaire, périodicité du salaire, équipe et type de contrat, ainsi que les attributs personnalisés que vous comptez associer.',
      'Créez les identifiants, puis copiez l’ID client et le secret client dans les champs ci-dessous. Conservez le secret en lieu sûr : Personio ne l’affiche qu’une fois.',
    ],
  },
  bamboohr: {
    fields: { companyDomain: 'Domaine de l’entreprise', apiKey: 'Clé API' },
    help: { companyDomain: 'La partie avant .bamboohr.com dans votre adresse BambooHR.' },
    advice:
      'Une clé API peut voir et faire tout ce que peut faire la personne qui l’a créée. Par sécurité, créez d’abord un « Non-Employee User » avec un niveau d’accès personnalisé qui peut voir les champs à importer mais ne peut rien modifier ni ajouter, et créez la clé avec cet utilisateur.',
    instructions: [
      'Recommandé : en tant qu’administrateur BambooHR, ouvrez Paramètres → Niveaux d’accès, ajoutez un niveau d’accès personnalisé (par exemple « Synchro RH, lecture seule »), autorisez uniquement la consultation des champs à importer, puis enregistrez.',
      'Ouvrez ce niveau d’accès, utilisez l’icône des paramètres → « Ajouter un Non-Employee BambooHR User », saisissez un nom et une adresse e-mail que vous pouvez lire (pas votre propre identifiant), choisissez le nouveau niveau d’accès et enregistrez. Définissez le mot de passe depuis l’e-mail reçu et connectez-vous avec cet utilisateur.',
      'Votre domaine se trouve sous Paramètres → Compte → Informations du compte, « Votre URL BambooHR » : c’est la partie avant .bamboohr.com.',
      'Cliquez sur vos initiales (en haut à droite) → Clés API → Ajouter une clé, nommez-la d’après ce produit, puis générez la clé et copiez-la.',
      'Saisissez ci-dessous le domaine et la clé API. Les employés sans date d’embauche ne peuvent pas être synchronisés.',
    ],
  },
  hibob: {
    fields: { serviceUserId: 'ID de l’utilisateur de service', token: 'Jeton de l’utilisateur de service' },
    advice: 'Utilisez un utilisateur de service API dédié, en lecture seule. Un nouvel utilisateur de service ne peut rien lire tant qu’il n’appartient pas à un groupe d’autorisations.',
    instructions: [
      'Dans Bob, ouvrez Paramètres › Intégrations › Utilisateurs de service et créez un utilisateur de service, par exemple « Synchro RH ».',
      'Copiez l’ID de l’utilisateur de service et le jeton que Bob affiche à la création ; le jeton n’est affiché qu’une fois.',
      'Ouvrez Paramètres › Compte › Groupes d’autorisations, créez un groupe pour l’utilisateur de service et ajoutez-le comme seul membre.',
      'Sous « People’s data », autorisez le groupe à voir tous les employés quel que soit leur statut, afin d’inclure les départs.',
      'Donnez l’accès en lecture aux catégories Basic info, Work, Employment, Lifecycle et Personal contact details, et à Payroll seulement si la rémunération doit être importée.',
      'Enregistrez le groupe, puis collez ici l’ID de l’utilisateur de service et le jeton.',
    ],
  },
  humaans: {
    fields: { token: 'Jeton d’accès API' },
    advice: 'Ne donnez au jeton que des droits de lecture. Humaans n’affiche un jeton qu’une fois : copiez-le avant de fermer la fenêtre.',
    instructions: [
      'Dans Humaans, cliquez sur votre nom en haut à gauche et ouvrez « API access tokens ».',
      'Cliquez sur « Generate new token » et nommez-le, par exemple « Synchro RH ».',
      'Choisissez le scope « View public and private data » (private:read) ; les données publiques seules masquent des champs privés comme l’e-mail personnel.',
      'Pour importer la rémunération, choisissez aussi le scope de lecture des rémunérations (compensations:read). Aucun scope d’écriture n’est nécessaire.',
      'Cliquez sur « Create access token », puis sur « Click to copy », et collez le jeton ici.',
    ],
  },
  lucca: {
    fields: { tenant: 'Domaine Lucca', apiKey: 'Clé API' },
    help: { tenant: 'La partie avant .ilucca.net dans votre adresse Lucca.' },
    advice: 'La clé doit être créée par un administrateur Lucca. Donnez-lui uniquement l’accès en lecture aux utilisateurs.',
    instructions: [
      'Connectez-vous à Lucca en tant qu’administrateur ; votre domaine est la partie avant .ilucca.net dans la barre d’adresse.',
      'Cliquez sur la roue dentée en haut à droite et ouvrez Authentification, SSO et API › Clés API.',
      'Cliquez sur « Générer une clé API », nommez-la (par exemple « Synchro RH ») et choisissez ses droits ; le droit sur l’annuaire des utilisateurs (« Gérer les utilisateurs ») est nécessaire.',
      'Copiez la clé avec « Copier la clé » et collez-la ici avec votre domaine.',
    ],
  },
};
