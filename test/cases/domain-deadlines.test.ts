import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { act, getCase, registerApplication } from '../../src/modules/cases/service';
import { addDays, loadCalendar, type WorkingCalendar } from '../../src/platform/calendar';
import { application, type World, world } from './domain-helpers';

/** The first day after `day` that is not a working day. */
function firstDayOffAfter(cal: WorkingCalendar, day: string): string {
  let d = addDays(day, 1);
  while (cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

describe('deadlines of a case', () => {
  let w: World;
  let cal: WorkingCalendar;
  before(async () => {
    w = await world();
    cal = await loadCalendar(w.db);
  });
  after(() => w.database.close());

  async function inProgress() {
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok);
    const a = await act(w.db, w.head, r.caseId, 1, { type: 'assign', assigneeId: w.specialist.id });
    assert.ok(a?.ok);
    return { id: r.caseId, rowVersion: a.rowVersion, dueOn: r.dueOn };
  }

  test('an extension or suspension to a day off is refused, naming the next working day', async () => {
    for (const type of ['extend', 'suspend'] as const) {
      const c = await inProgress();
      const dayOff = firstDayOffAfter(cal, c.dueOn);
      const refused = await act(w.db, w.specialist, c.id, c.rowVersion, {
        type,
        reason: 'Jāsaņem ziņas no citas iestādes',
        newDueOn: dayOff,
      });
      assert.deepEqual(refused, {
        ok: false,
        problem: {
          kind: 'invalid',
          problems: [
            {
              field: 'newDueOn',
              code: 'due_not_working_day',
              params: { day: dayOff, next: cal.nextWorkingDay(dayOff) },
            },
          ],
        },
      });
      assert.equal((await getCase(w.db, w.head, c.id))!.dueOn, c.dueOn, `${type}: nothing changed`);
      const done = await act(w.db, w.specialist, c.id, c.rowVersion, {
        type,
        reason: 'Jāsaņem ziņas no citas iestādes',
        newDueOn: cal.nextWorkingDay(dayOff),
      });
      assert.ok(done?.ok, JSON.stringify(done));
      assert.equal((await getCase(w.db, w.head, c.id))!.dueOn, cal.nextWorkingDay(dayOff));
    }
  });

  test('a weekday the municipality made a day off counts as one (the moved-days table)', async () => {
    const c = await inProgress();
    let weekday = addDays(c.dueOn, 1);
    while (!cal.isWorkingDay(weekday)) weekday = addDays(weekday, 1);
    await w.db.execute(
      sql`INSERT INTO calendar_moved_day (day, working, reason) VALUES (${weekday}, false, 'Tests')`,
    );
    try {
      const refused = await act(w.db, w.specialist, c.id, c.rowVersion, {
        type: 'extend',
        reason: 'x',
        newDueOn: weekday,
      });
      assert.equal(refused?.ok, false);
      assert.ok(refused && !refused.ok && refused.problem.kind === 'invalid');
      assert.equal(refused.problem.problems[0]?.code, 'due_not_working_day');
    } finally {
      await w.db.execute(sql`DELETE FROM calendar_moved_day WHERE day = ${weekday}`);
    }
  });
});
