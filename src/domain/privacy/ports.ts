export interface AuditEntry {
  actorId: string | null;
  /** e.g. `person.read`, `indicator.manualEntry`. */
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

/** Law 25: reads of a family's record by someone else, and changes to indicators, leave a trace. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  list(subjectId: string): Promise<(AuditEntry & { id: string; at: string })[]>;
}
