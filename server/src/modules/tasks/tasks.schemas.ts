import { z } from 'zod';

export const TASK_TYPES = ['call', 'meeting', 'email', 'todo'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;

const related = z.strictObject({
  personId: z.string().min(1).nullable().optional(),
  companyId: z.string().min(1).nullable().optional(),
  dealId: z.string().min(1).nullable().optional(),
});

export const createTaskBody = z.strictObject({
  title: z.string().trim().min(1).max(500),
  type: z.enum(TASK_TYPES).default('todo'),
  dueAt: z.number().int().nonnegative(),
  remindBeforeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .nullable()
    .optional(),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
  /** Default: the creating user. */
  assigneeId: z.string().min(1).optional(),
  related: related.optional(),
  description: z.string().max(20_000).default(''),
});

export const updateTaskBody = z.strictObject({
  title: z.string().trim().min(1).max(500).optional(),
  type: z.enum(TASK_TYPES).optional(),
  dueAt: z.number().int().nonnegative().optional(),
  remindBeforeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .nullable()
    .optional(),
  priority: z.enum(TASK_PRIORITIES).optional(),
  assigneeId: z.string().min(1).optional(),
  related: related.optional(),
  status: z.enum(TASK_STATUSES).optional(),
  description: z.string().max(20_000).optional(),
});

export type CreateTaskInput = z.output<typeof createTaskBody>;
export type UpdateTaskInput = z.output<typeof updateTaskBody>;

export type Task = {
  id: string;
  title: string;
  type: (typeof TASK_TYPES)[number];
  dueAt: number;
  remindBeforeMinutes: number | null;
  priority: (typeof TASK_PRIORITIES)[number];
  assigneeId: string;
  related: { personId: string | null; companyId: string | null; dealId: string | null };
  status: (typeof TASK_STATUSES)[number];
  description: string;
  createdBy: string | null;
  completedAt: number | null;
  version: number;
  createdAt: number;
  updatedAt: number;
};

export const ACTIVITY_KINDS = ['call', 'meeting', 'email', 'note'] as const;

export const logActivityBody = z.strictObject({
  kind: z.enum(ACTIVITY_KINDS),
  personId: z.string().min(1).nullable().optional(),
  companyId: z.string().min(1).nullable().optional(),
  dealId: z.string().min(1).nullable().optional(),
  taskId: z.string().min(1).nullable().optional(),
  outcome: z.string().max(200).nullable().optional(),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600)
    .nullable()
    .optional(),
  attendees: z.array(z.string().max(200)).max(100).default([]),
  body: z.string().max(20_000).default(''),
  /** When it happened (default now). */
  at: z.number().int().nonnegative().optional(),
});
export type LogActivityInput = z.output<typeof logActivityBody>;

export const idParams = z.object({ id: z.string().min(1) });
