import type { ComponentChildren } from 'preact';
import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { Tag } from '../../../platform/web/components/tag';
import { worklistHref } from '../../cases/paths';
import type { CaseWork } from '../../cases/service';
import { itemHref as planItemHref } from '../../drafting/paths';
import { requestHref, standardHref, versionHref } from '../../standards/paths';
import { taskText } from '../messages';
import type { TaskList } from '../service';

function Group(props: { id: string; title: string; count: number; children: ComponentChildren }) {
  if (props.count === 0) return null;
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`}>
      <h3 class="govuk-heading-s" id={`${props.id}-title`}>
        {props.title} ({props.count})
      </h3>
      <ul class="govuk-list govuk-list--spaced">{props.children}</ul>
    </section>
  );
}

/** The case work of the dashboard, each a link to the worklist filtered to it. */
const CASE_WORK: { key: keyof CaseWork; query: string }[] = [
  { key: 'overdue', query: 'overdue=1' },
  { key: 'dueSoon', query: '' },
  { key: 'assignedToMe', query: 'assignee=me' },
  { key: 'unassigned', query: 'status=registered&assignee=none' },
  { key: 'readyForIssue', query: 'status=ready_for_issue' },
];

/** The signed-in member of staff's tasks, each a link to where it is done. */
export function TaskListSection(props: { locale: Locale; tasks: TaskList }) {
  const { locale, tasks } = props;
  const t = (key: Parameters<typeof taskText>[1], params?: Record<string, string | number>) =>
    taskText(locale, key, params);
  const cases = CASE_WORK.filter((w) => (tasks.cases?.[w.key] ?? 0) > 0);
  const total =
    tasks.toApprove.length +
    tasks.returned.length +
    tasks.requests.length +
    tasks.reviewsDue.length +
    tasks.planDue.length +
    cases.length;
  return (
    <div id="tasks">
      <h2 class="govuk-heading-m">{t('tasks.title')}</h2>
      {total === 0 && <p class="govuk-body">{t('tasks.none')}</p>}
      {tasks.cases && cases.length > 0 && (
        <section id="tasks-cases" aria-labelledby="tasks-cases-title">
          <h3 class="govuk-heading-s" id="tasks-cases-title">
            {t('tasks.cases')}
          </h3>
          <ul class="govuk-list govuk-list--spaced">
            {cases.map((w) => (
              <li key={w.key}>
                <a class="govuk-link" href={worklistHref(locale, w.query)}>
                  {t(`tasks.cases.${w.key}`, { n: tasks.cases![w.key] })}
                </a>{' '}
                {w.key === 'overdue' && <Tag colour="yellow">{t('tasks.overdue')}</Tag>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Group id="tasks-returned" title={t('tasks.returned')} count={tasks.returned.length}>
        {tasks.returned.map((v) => (
          <li key={v.code}>
            <a class="govuk-link" href={versionHref(locale, v.code, v.version)}>
              {pick(v.name, locale)}, {t('tasks.versionN', { n: v.version })}
            </a>
            {v.comment && (
              <div class="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-2">
                <span class="govuk-visually-hidden">{t('tasks.comment')}: </span>
                {v.comment.body} — {v.comment.authorName}
              </div>
            )}
          </li>
        ))}
      </Group>
      <Group id="tasks-approve" title={t('tasks.toApprove')} count={tasks.toApprove.length}>
        {tasks.toApprove.map((v) => (
          <li key={v.code}>
            <a class="govuk-link" href={versionHref(locale, v.code, v.version)}>
              {pick(v.name, locale)}, {t('tasks.versionN', { n: v.version })}
            </a>
          </li>
        ))}
      </Group>
      <Group id="tasks-requests" title={t('tasks.requests')} count={tasks.requests.length}>
        {tasks.requests.map(({ request, code }) => (
          <li key={request.id}>
            <a class="govuk-link" href={requestHref(locale, code, request.id)}>
              {code}:{' '}
              {request.kind === 'withdraw'
                ? t('tasks.request.withdraw', { date: formatDate(request.effectiveFrom ?? '', locale) })
                : t('tasks.request.restore')}
            </a>{' '}
            — {request.reason}
          </li>
        ))}
      </Group>
      <Group id="tasks-reviews" title={t('tasks.reviewsDue')} count={tasks.reviewsDue.length}>
        {tasks.reviewsDue.map((r) => (
          <li key={r.code}>
            <a class="govuk-link" href={standardHref(locale, r.code)}>
              {pick(r.name, locale)}
            </a>
            ,{' '}
            {r.reviewDue
              ? t('tasks.reviewBy', { date: formatDate(r.reviewDue, locale) })
              : t('tasks.reviewMissing')}
          </li>
        ))}
      </Group>
      <Group id="tasks-plan" title={t('tasks.planDue')} count={tasks.planDue.length}>
        {tasks.planDue.map((i) => (
          <li key={i.id}>
            <a class="govuk-link" href={planItemHref(locale, i.id)}>
              {pick(i.title, locale)}
            </a>
            : {t(`tasks.kind.${i.kind}`)}, {t('tasks.deadline', { date: formatDate(i.deadline, locale) })}{' '}
            {i.status === 'overdue' && <Tag colour="yellow">{t('tasks.overdue')}</Tag>}
          </li>
        ))}
      </Group>
    </div>
  );
}
