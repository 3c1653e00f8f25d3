import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, query } from '../../../src/db/connection';
import { systemActor } from '../../../src/platform/auth/actor';
import {
  addMovedDay,
  calendarOfYear,
  computeDeadline,
  loadCalendar,
  removeMovedDay,
} from '../../../src/platform/calendar';
import { ForbiddenError } from '../../../src/platform/errors';
import { freshDatabase } from '../../helpers/db';

let database: Database;
const db = () => database.db;
const admin = { ...systemActor('calendar test'), grants: [{ role: 'admin' as const }] };
const clerk = { ...systemActor('clerk'), grants: [{ role: 'clerk' as const, centre: 'bebrene' }] };

before(async () => {
  database = await freshDatabase();
});
after(() => database.close());

async function auditActions(): Promise<string[]> {
  const rows = await query<{ action: string }>(
    db(),
    sql`SELECT action FROM audit_log WHERE entity = 'calendar_moved_day' ORDER BY id`,
  );
  return rows.map((r) => r.action);
}

test('the loaded calendar follows the moved days in the table, added and removed with an audit row', async () => {
  assert.equal(computeDeadline(await loadCalendar(db()), '2027-12-22', 1, 'working_days'), '2027-12-23');

  const off = await addMovedDay(db(), admin, {
    day: '2027-12-23',
    working: false,
    reason: 'Tests: a day off',
  });
  assert.ok(off.ok);
  const saturday = await addMovedDay(db(), admin, {
    day: '2027-12-18',
    working: true,
    reason: 'Tests: worked',
  });
  assert.ok(saturday.ok);

  const cal = await loadCalendar(db());
  assert.equal(cal.isWorkingDay('2027-12-23'), false);
  assert.equal(cal.isWorkingDay('2027-12-18'), true);
  // 24–26 December are holidays, 27 December is a Monday.
  assert.equal(computeDeadline(cal, '2027-12-22', 1, 'working_days'), '2027-12-27');

  const year = await calendarOfYear(db(), admin, 2027);
  assert.deepEqual(
    year.moved.map((m) => m.day),
    ['2027-12-18', '2027-12-23'],
  );
  assert.ok(year.holidays.some((h) => h.day === '2027-11-18' && h.name.lv.includes('proklamēšanas')));

  const removed = await removeMovedDay(db(), admin, off.row.id);
  assert.equal(removed?.day, '2027-12-23');
  assert.equal(await removeMovedDay(db(), admin, off.row.id), undefined);
  assert.equal((await loadCalendar(db())).isWorkingDay('2027-12-23'), true);
  assert.deepEqual(await auditActions(), [
    'calendar.moved_day.add',
    'calendar.moved_day.add',
    'calendar.moved_day.delete',
  ]);
});

test('a day already in the table, or a move that changes nothing, is refused and writes nothing', async () => {
  const before = await auditActions();
  const again = await addMovedDay(db(), admin, { day: '2027-12-18', working: true, reason: 'Again' });
  assert.deepEqual(again, { ok: false, problem: 'duplicate' });
  const weekday = await addMovedDay(db(), admin, { day: '2027-12-15', working: true, reason: 'A Wednesday' });
  assert.deepEqual(weekday, { ok: false, problem: 'alreadyWorking' });
  const sunday = await addMovedDay(db(), admin, { day: '2027-12-19', working: false, reason: 'A Sunday' });
  assert.deepEqual(sunday, { ok: false, problem: 'alreadyOff' });
  const christmas = await addMovedDay(db(), admin, { day: '2027-12-24', working: false, reason: 'Holiday' });
  assert.deepEqual(christmas, { ok: false, problem: 'alreadyOff' });
  assert.deepEqual(await auditActions(), before);
});

test('only an administrator edits the calendar', async () => {
  await assert.rejects(
    addMovedDay(db(), clerk, { day: '2027-12-11', working: true, reason: 'x' }),
    ForbiddenError,
  );
  await assert.rejects(calendarOfYear(db(), clerk, 2027), ForbiddenError);
  await assert.rejects(removeMovedDay(db(), clerk, 1), ForbiddenError);
});
