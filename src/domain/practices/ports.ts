import type { Practice } from './practice.js';

/** The co-development feature grows this port (search, reactions); the model is stored already. */
export interface PracticeRepository {
  create(practice: Omit<Practice, 'id' | 'updatedAt'>): Promise<Practice>;
}
