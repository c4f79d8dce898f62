import type { FrCaCatalog } from './fr-ca.js';

/** Same keys as the French catalog: a missing or extra key fails the typecheck. */
export const en: { readonly [K in keyof FrCaCatalog]: string } = {
  'app.name': 'IPECN Concertation',
  'app.fullName': 'Immigration – Petite Enfance – Capitale-Nationale',

  'committeeKind.steering': 'Steering committee',
  'committeeKind.management': 'Management committee',
  'committeeKind.parentPractitioner': 'Parent-practitioner committee',
  'committeeKind.work': 'Work committee',

  'meetingKind.steering': 'Steering committee meeting',
  'meetingKind.management': 'Management committee meeting',
  'meetingKind.parentPractitioner': 'Parent-practitioner committee meeting',
  'meetingKind.work': 'Work committee meeting',
  'meetingKind.researchPractice': 'Research-practice sharing meeting',
  'meetingKind.coDevelopment': 'Co-development session',
  'meetingKind.training': 'Training',
  'meetingKind.infoSession': 'Information session',
  'meetingKind.awareness': 'Awareness activity',
  'meetingKind.partnerProspect': 'Potential partner meeting',

  'participantCategory.family': 'Parent or family',
  'participantCategory.practitioner': 'Practitioner',
  'participantCategory.manager': 'Manager',
  'participantCategory.researcher': 'Researcher',
  'participantCategory.coordination': 'Coordination',
  'participantCategory.other': 'Other',

  // Place names are official toponyms and stay in French.
  'territory.agglomerationQuebec': 'Agglomération de Québec',
  'territory.charlevoix': 'Charlevoix',
  'territory.charlevoixEst': 'Charlevoix-Est',
  'territory.coteDeBeaupre': 'La Côte-de-Beaupré',
  'territory.jacquesCartier': 'La Jacques-Cartier',
  'territory.ileDOrleans': "L'Île-d'Orléans",
  'territory.portneuf': 'Portneuf',
  'territory.wendake': 'Wendake',

  'meetingMode.inPerson': 'In person',
  'meetingMode.online': 'Online',
  'meetingMode.hybrid': 'Hybrid',

  'meetingStatus.planned': 'Planned',
  'meetingStatus.held': 'Held',
  'meetingStatus.cancelled': 'Cancelled',

  'attendanceStatus.present': 'Present',
  'attendanceStatus.excused': 'Excused',
  'attendanceStatus.absent': 'Absent',

  'attendanceSource.card': 'Bot card',
  'attendanceSource.teams': 'Teams',
  'attendanceSource.graphReport': 'Teams attendance report',
  'attendanceSource.manual': 'Manual entry',

  'organizationSector.community': 'Community',
  'organizationSector.health': 'Health and social services',
  'organizationSector.education': 'Education',
  'organizationSector.childcare': 'Educational childcare',
  'organizationSector.municipal': 'Municipal',
  'organizationSector.university': 'University',
  'organizationSector.government': 'Government',
  'organizationSector.other': 'Other',

  'bot.help.title': 'Help – IPECN Concertation',
  'bot.help.welcome': 'Welcome, {name}!',
  'bot.help.welcomeAnonymous': 'Welcome!',
  'bot.help.description':
    "IPECN Concertation brings the work of IPECN's committees into Teams: their meetings, attendance, minutes and the follow-up of the action plan's indicators, for immigrant families with children aged 0 to 5.",
  'bot.help.commandsHeading': 'What you can ask me',
  'bot.help.channelHint':
    'In a channel or a group chat, mention me (@) before the command. In a private chat, just type the command.',
  'bot.help.otherLanguageHint': 'Français : tapez aide',

  'bot.command.help.keyword': 'help',
  'bot.command.help.description': 'Shows this message: what the app does and the commands available.',

  'bot.unknownCommand': 'Sorry, I did not understand. Type "help" to see what I can do.',
  'bot.unreadableActivity': 'Sorry, I could not read this message. Try again, or type "help".',
};
