/**
 * The French (Québec) catalog: the source of every message key. Inclusive writing uses the middle dot
 * (participant·es, intervenant·es), as recommended by the Office québécois de la langue française for short forms.
 */
export const frCA = {
  'app.name': 'IPECN Concertation',
  'app.fullName': 'Immigration – Petite Enfance – Capitale-Nationale',

  'committeeKind.steering': 'Comité porteur',
  'committeeKind.management': 'Comité de gestion',
  'committeeKind.parentPractitioner': 'Comité parents-intervenant·es',
  'committeeKind.work': 'Comité de travail',

  'meetingKind.steering': 'Rencontre du comité porteur',
  'meetingKind.management': 'Rencontre du comité de gestion',
  'meetingKind.parentPractitioner': 'Rencontre du comité parents-intervenant·es',
  'meetingKind.work': "Rencontre d'un comité de travail",
  'meetingKind.researchPractice': 'Rencontre de partage recherche-pratique',
  'meetingKind.coDevelopment': 'Séance de codéveloppement',
  'meetingKind.training': 'Formation',
  'meetingKind.infoSession': "Séance d'information",
  'meetingKind.awareness': 'Activité de sensibilisation',
  'meetingKind.partnerProspect': 'Rencontre de partenaire potentiel',

  'participantCategory.family': 'Parent ou famille',
  'participantCategory.practitioner': 'Intervenant·e',
  'participantCategory.manager': 'Gestionnaire',
  'participantCategory.researcher': 'Chercheur·e',
  'participantCategory.coordination': 'Coordination',
  'participantCategory.other': 'Autre',

  'territory.agglomerationQuebec': 'Agglomération de Québec',
  'territory.charlevoix': 'Charlevoix',
  'territory.charlevoixEst': 'Charlevoix-Est',
  'territory.coteDeBeaupre': 'La Côte-de-Beaupré',
  'territory.jacquesCartier': 'La Jacques-Cartier',
  'territory.ileDOrleans': "L'Île-d'Orléans",
  'territory.portneuf': 'Portneuf',
  'territory.wendake': 'Wendake',

  'meetingMode.inPerson': 'En personne',
  'meetingMode.online': 'En ligne',
  'meetingMode.hybrid': 'Hybride',

  'meetingStatus.planned': 'Prévue',
  'meetingStatus.held': 'Tenue',
  'meetingStatus.cancelled': 'Annulée',

  'attendanceStatus.present': 'Présent·e',
  'attendanceStatus.excused': 'Absent·e (motivé)',
  'attendanceStatus.absent': 'Absent·e',

  'attendanceSource.card': 'Carte du bot',
  'attendanceSource.teams': 'Teams',
  'attendanceSource.graphReport': 'Rapport de présence Teams',
  'attendanceSource.manual': 'Saisie manuelle',

  'organizationSector.community': 'Communautaire',
  'organizationSector.health': 'Santé et services sociaux',
  'organizationSector.education': 'Éducation',
  'organizationSector.childcare': "Services de garde éducatifs à l'enfance",
  'organizationSector.municipal': 'Municipal',
  'organizationSector.university': 'Universitaire',
  'organizationSector.government': 'Gouvernemental',
  'organizationSector.other': 'Autre',

  'bot.help.title': 'Aide – IPECN Concertation',
  'bot.help.welcome': 'Bienvenue, {name}!',
  'bot.help.welcomeAnonymous': 'Bienvenue!',
  'bot.help.description':
    "IPECN Concertation réunit dans Teams le travail des comités de l'IPECN : leurs rencontres, les présences, les comptes rendus et le suivi des indicateurs du plan d'action, au service des familles immigrantes qui ont des enfants de 0 à 5 ans.",
  'bot.help.commandsHeading': 'Ce que vous pouvez me demander',
  'bot.help.channelHint':
    'Dans un canal ou une conversation de groupe, mentionnez-moi (@) avant la commande. En conversation privée, tapez simplement la commande.',
  'bot.help.otherLanguageHint': 'English: type help',

  'bot.command.help.keyword': 'aide',
  'bot.command.help.description': "Affiche ce message : ce que fait l'application et les commandes offertes.",

  'bot.unknownCommand': "Je n'ai pas compris. Tapez « aide » pour voir ce que je peux faire.",
  'bot.unreadableActivity': "Désolé, je n'ai pas pu lire ce message. Réessayez, ou tapez « aide ».",
} as const;

export type FrCaCatalog = typeof frCA;
