import type { frCaBot } from './fr-ca-bot.js';

/** English texts of the attendance bot's cards and commands. */
export const enBot: { readonly [K in keyof typeof frCaBot]: string } = {
  'bot.command.link.keyword': 'link',
  'bot.command.link.description': 'Links this conversation to a committee: its meetings count toward that committee.',
  'bot.command.attendance.keyword': 'attendance',
  'bot.command.attendance.description': 'Shows the attendance card of the meeting under way or the next one.',
  'bot.command.minutes.keyword': 'minutes',
  'bot.command.minutes.description': "Opens the meeting's minutes: agenda, decisions, action items.",

  'link.title': 'Link this conversation to a committee',
  'link.description': 'Meetings held in this conversation will count toward the chosen committee.',
  'link.choose': 'Committee',
  'link.submit': 'Link',
  'link.done': 'This conversation is now linked to the {committee}.',
  'link.personalRefused': 'A personal chat cannot be linked to a committee. Use a channel or a meeting chat.',
  'link.notLinked':
    'This conversation is not linked to a committee. Type "link" (or mention me with "link") to choose one.',

  'attendance.title': 'Attendance – {meeting}',
  'attendance.when': '{date}',
  'attendance.inPerson': 'Present in person',
  'attendance.online': 'Present online',
  'attendance.excused': 'Excused absence',
  'attendance.close': 'Close attendance',
  'attendance.refresh': 'Refresh',
  'attendance.yourState': 'Your attendance: {state}',
  'attendance.yourStateNone': 'You have not checked in yet.',
  'attendance.counts': '{present} present · {excused} excused',
  'attendance.closed': 'Attendance is closed.',
  'attendance.openActions': 'Open action items from earlier meetings',
  'attendance.openActionsDue': 'due {date}',
  'attendance.noMeeting':
    'I cannot find a meeting under way or coming up for this committee. It will appear as soon as it starts in Teams.',

  'profile.title': 'One question before checking you in',
  'profile.description':
    "For the concertation's statistics (never by name), tell us in what capacity you take part. You won't be asked again.",
  'profile.category': 'I take part as',
  'profile.territory': 'Territory (RCM)',
  'profile.organization': 'Organization',
  'profile.organizationNone': 'None or not listed',
  'profile.submit': 'Save and confirm my attendance',

  'summary.title': 'Summary – {meeting}',
  'summary.present': 'Present',
  'summary.byCategory': 'By category',
  'summary.byMode': 'By mode',
  'summary.targetMet': 'Per-meeting target met: {count} participants out of {target}.',
  'summary.targetMissed': 'Per-meeting target not met: {count} participants out of {target}.',
  'summary.yearStanding': '{committee}: {held} meeting(s) out of {target} for fiscal year {fiscalYear}.',
  'summary.yearStandingNoTarget': '{committee}: {held} meeting(s) held in fiscal year {fiscalYear}.',
  'summary.openMinutes': 'Open the minutes',

  'refusal.meetingCancelled': 'This meeting was cancelled: attendance is closed.',
  'refusal.attendanceClosed': 'Attendance for this meeting is closed.',
  'refusal.meetingNotStarted': 'This meeting has not started yet: come back at the scheduled time.',
  'refusal.otherTenant': 'This card comes from another Microsoft 365 organization: it cannot be used here.',
  'refusal.notLinkedCommittee': 'This meeting does not belong to the committee linked to this conversation.',
  'refusal.forbidden': 'You are not allowed to do this. Please ask the coordination team.',
  'refusal.notFound': 'This meeting cannot be found. It may have been deleted.',
  'refusal.noIdentity': 'I cannot identify you: open this card in Microsoft Teams.',
  'refusal.invalid': 'This information is not valid: {details}',
  'refusal.unknownAction': 'This action is no longer available. Type "help" to see what I can do.',
  'refusal.conflict': '{details}',
};
