import { z } from 'zod';

export const CommitteeParams = z.object({ ref: z.string().min(1).max(100) });
