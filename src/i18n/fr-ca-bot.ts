/** French texts of the attendance bot's cards and commands (merged into the French catalog). */
export const frCaBot = {
  'bot.command.link.keyword': 'lier',
  'bot.command.link.description': 'Lie cette conversation à un comité : ses rencontres compteront pour ce comité.',
  'bot.command.attendance.keyword': 'présences',
  'bot.command.attendance.description': 'Affiche la carte de présences de la rencontre en cours ou de la prochaine.',
  'bot.command.minutes.keyword': 'compte-rendu',
  'bot.command.minutes.description': 'Ouvre le compte rendu de la rencontre : ordre du jour, décisions, suivis.',

  'link.title': 'Lier cette conversation à un comité',
  'link.description': 'Les rencontres tenues dans cette conversation compteront pour le comité choisi.',
  'link.choose': 'Comité',
  'link.submit': 'Lier',
  'link.done': 'Cette conversation est maintenant liée au {committee}.',
  'link.personalRefused':
    'Une conversation privée ne peut pas être liée à un comité. Utilisez un canal ou la conversation d’une réunion.',
  'link.notLinked':
    "Cette conversation n'est liée à aucun comité. Tapez « lier » (ou mentionnez-moi avec « lier ») pour choisir le comité.",

  'attendance.title': 'Présences – {meeting}',
  'attendance.when': '{date}',
  'attendance.inPerson': 'Présent·e sur place',
  'attendance.online': 'Présent·e en ligne',
  'attendance.excused': 'Absence motivée',
  'attendance.close': 'Clore les présences',
  'attendance.refresh': 'Actualiser',
  'attendance.yourState': 'Votre présence : {state}',
  'attendance.yourStateNone': "Vous n'avez pas encore indiqué votre présence.",
  'attendance.counts': '{present} présent·es · {excused} absence(s) motivée(s)',
  'attendance.closed': 'Les présences sont closes.',
  'attendance.openActions': 'Suivis ouverts des rencontres précédentes',
  'attendance.openActionsDue': 'échéance {date}',
  'attendance.noMeeting':
    "Je ne trouve aucune rencontre en cours ou à venir pour ce comité. Elle apparaîtra dès qu'elle commence dans Teams.",

  'profile.title': 'Une question avant de vous inscrire',
  'profile.description':
    'Pour les statistiques de la concertation (jamais nominatives), dites-nous à quel titre vous participez. On ne vous le demandera plus.',
  'profile.category': 'Je participe comme',
  'profile.territory': 'Territoire (MRC)',
  'profile.organization': 'Organisme',
  'profile.organizationNone': 'Aucun ou non listé',
  'profile.submit': 'Enregistrer et confirmer ma présence',

  'summary.title': 'Résumé – {meeting}',
  'summary.present': 'Présent·es',
  'summary.byCategory': 'Par catégorie',
  'summary.byMode': 'Par mode',
  'summary.targetMet': 'Cible par rencontre atteinte : {count} participant·es sur {target}.',
  'summary.targetMissed': 'Cible par rencontre non atteinte : {count} participant·es sur {target}.',
  'summary.yearStanding': '{committee} : {held} rencontre(s) sur {target} pour l’exercice {fiscalYear}.',
  'summary.yearStandingNoTarget': '{committee} : {held} rencontre(s) tenue(s) pour l’exercice {fiscalYear}.',
  'summary.openMinutes': 'Ouvrir le compte rendu',

  'refusal.meetingCancelled': 'Cette rencontre a été annulée : les présences sont fermées.',
  'refusal.attendanceClosed': 'Les présences de cette rencontre sont closes.',
  'refusal.meetingNotStarted': "Cette rencontre n'a pas encore commencé : revenez à l'heure prévue.",
  'refusal.otherTenant':
    "Cette carte vient d'une autre organisation Microsoft 365 : elle ne peut pas être utilisée ici.",
  'refusal.notLinkedCommittee': "Cette rencontre n'appartient pas au comité lié à cette conversation.",
  'refusal.forbidden': "Vous n'avez pas la permission de faire cette action. Adressez-vous à la coordination.",
  'refusal.notFound': 'Cette rencontre est introuvable. Elle a peut-être été supprimée.',
  'refusal.noIdentity': 'Je ne peux pas vous identifier : ouvrez cette carte dans Microsoft Teams.',
  'refusal.invalid': 'Ces informations ne sont pas valides : {details}',
  'refusal.unknownAction': 'Cette action n’est plus offerte. Tapez « aide » pour voir ce que je peux faire.',
  'refusal.conflict': '{details}',
} as const;
