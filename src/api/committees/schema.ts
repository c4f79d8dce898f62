import { z } from 'zod';

export const CommitteeParams = z.object({ ref: z.string().min(1).max(100) });

export const CalendarSourceBody = z
  .object({ type: z.enum(['user', 'group']), id: z.string().trim().min(1).max(200) })
  .strict();

export const DocumentFolderBody = z
  .object({ driveId: z.string().trim().min(1).max(300), itemId: z.string().trim().min(1).max(300) })
  .strict();
