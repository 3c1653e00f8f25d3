import type { Db } from '../../db/connection';
import type { Actor } from '../../platform/auth/actor';
import { addDays, type Day, todayInRiga } from '../../platform/calendar/days';
import { ForbiddenError } from '../../platform/errors';
import { type CaseWork, caseWork } from '../cases/service';
import { listPlan, type PlanItemView } from '../drafting/service';
import {
  mayReadStandards,
  type PendingRequest,
  type ReviewDueItem,
  requestsToDecide,
  returnedToMe,
  reviewDueList,
  type VersionTask,
  versionsToApprove,
} from '../standards/service';

/** How far ahead the dashboard looks for drafting-plan deadlines. */
export const PLAN_WINDOW_DAYS = 30;

/** What the signed-in member of staff has to do, gathered from the modules that own the work. */
export interface TaskList {
  toApprove: VersionTask[];
  returned: VersionTask[];
  requests: PendingRequest[];
  reviewsDue: ReviewDueItem[];
  planDue: PlanItemView[];
  /** The open cases waiting in the actor's worklist; undefined for one without a worklist. */
  cases?: CaseWork;
}

const EMPTY: TaskList = { toApprove: [], returned: [], requests: [], reviewsDue: [], planDue: [] };

/** The dashboard's task list: the standards work, and the case work in the actor's worklist. */
export async function myTasks(db: Db, actor: Actor, today: Day = todayInRiga()): Promise<TaskList> {
  const [standards, cases] = await Promise.all([
    standardsTasks(db, actor, today),
    caseWork(db, actor, today),
  ]);
  return { ...standards, cases };
}

/**
 * The standards work. Reviews due are those of the units the actor writes for (a head: own unit; an editor:
 * all); drafting-plan items are those the actor is responsible for, or, without a responsible person, those
 * of a unit the actor heads.
 */
async function standardsTasks(db: Db, actor: Actor, today: Day): Promise<TaskList> {
  if (!mayReadStandards(actor)) return EMPTY;
  const writes = actor.grants.some((g) => g.role === 'editor' || g.role === 'head');
  const headOf = actor.grants.filter((g) => g.role === 'head').map((g) => g.unit);
  const [toApprove, returned, requests, due, plan] = await Promise.all([
    versionsToApprove(db, actor),
    returnedToMe(db, actor),
    requestsToDecide(db, actor),
    reviewDueList(db, actor, today),
    listPlan(db, actor, {}, today).catch((error: unknown) => {
      if (error instanceof ForbiddenError) return { items: [] as PlanItemView[] };
      throw error;
    }),
  ]);
  const me = actor.kind === 'staff' ? actor.id : undefined;
  const horizon = addDays(today, PLAN_WINDOW_DAYS);
  return {
    toApprove,
    returned,
    requests,
    reviewsDue: writes ? [...due.overdue, ...due.dueSoon] : [],
    planDue: plan.items.filter(
      (i) =>
        i.status !== 'done' &&
        i.deadline <= horizon &&
        (i.responsibleUserId === null ? headOf.includes(i.unitCode) : i.responsibleUserId === me),
    ),
  };
}
