import type { TabsMessageKey } from '../i18n/messages.js';

/** The demo people seeded into development stores (src/store/seed/demo.ts, DEMO_ACCOUNTS). */
export const DEMO_ACCOUNTS: readonly { email: string; role: TabsMessageKey }[] = [
  { email: 'coordination@ipecn.example', role: 'demo.coordinator' },
  { email: 'liaison@ipecn.example', role: 'demo.liaison' },
  { email: 'membre.comite@ipecn.example', role: 'demo.member' },
  { email: 'intervenante@ipecn.example', role: 'demo.practitioner' },
  { email: 'parent@ipecn.example', role: 'demo.family' },
];
