import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { todayInRiga } from '../../src/modules/cases/deadlines';
import { act, getCase, registerApplication } from '../../src/modules/cases/service';
import { addDays, daysBetween, loadCalendar, type WorkingCalendar } from '../../src/platform/calendar';
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

  /**
   * The answer to a request for information moves the deadline by the pause counted in the unit of the
   * standard's processing time: working days for working days, calendar days otherwise. The pause and the
   * due date are chosen so that the two ways of counting give different days.
   */
  for (const unit of ['working_days', 'calendar_days', 'months', 'years'] as const) {
    test(`the answer to a request moves the deadline by the pause in ${unit}`, async () => {
      const today = todayInRiga();
      const c = await inProgress();
      const asked = await act(w.db, w.specialist, c.id, c.rowVersion, {
        type: 'request_info',
        message: 'Iesniedziet izziņu',
      });
      assert.ok(asked?.ok);
      const byWorkingDays = (due: string, from: string) => {
        let paused = 0;
        for (let d = from; d < today; d = addDays(d, 1)) if (cal.isWorkingDay(d)) paused++;
        return paused === 0 ? due : cal.addWorkingDays(due, paused);
      };
      const byCalendarDays = (due: string, from: string) =>
        cal.nextWorkingDay(addDays(due, daysBetween(from, today)));
      let pick: { from: string; due: string } | undefined;
      for (let back = 1; back <= 20 && !pick; back++)
        for (let ahead = 1; ahead <= 10 && !pick; ahead++) {
          const from = addDays(today, -back);
          const due = cal.addWorkingDays(today, ahead);
          if (byWorkingDays(due, from) !== byCalendarDays(due, from)) pick = { from, due };
        }
      assert.ok(pick, 'a pause whose working and calendar days differ');
      await w.db.execute(
        sql`UPDATE case_file SET paused_since = ${pick.from}, due_on = ${pick.due} WHERE id = ${c.id}`,
      );
      const [{ unitBefore }] = (await query<{ unitBefore: string }>(
        w.db,
        sql`SELECT processing_time_unit AS "unitBefore" FROM service_version WHERE id = ${w.versionId}`,
      )) as [{ unitBefore: string }];
      await w.db.execute(
        sql`UPDATE service_version SET processing_time_unit = ${unit} WHERE id = ${w.versionId}`,
      );
      try {
        const answered = await act(w.db, w.clerk, c.id, asked.rowVersion, { type: 'info_received' });
        assert.ok(answered?.ok, JSON.stringify(answered));
      } finally {
        await w.db.execute(
          sql`UPDATE service_version SET processing_time_unit = ${unitBefore} WHERE id = ${w.versionId}`,
        );
      }
      const expected =
        unit === 'working_days' ? byWorkingDays(pick.due, pick.from) : byCalendarDays(pick.due, pick.from);
      assert.equal((await getCase(w.db, w.head, c.id))!.dueOn, expected);
    });
  }
});
