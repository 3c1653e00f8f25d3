import type { Actor } from '../../../platform/auth/actor';
import { hasRole } from '../../../platform/auth/actor';
import { staffHref } from '../../../platform/auth/paths';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { TaskList } from '../../tasks/service';
import { TaskListSection } from '../../tasks/views/task-list';
import { staffText } from '../messages';
import type { ScopeOption } from '../service';
import { describeGrant } from './roles';

export function DashboardPage(props: {
  site: StaffSiteContext;
  actor: Actor;
  scopes: { units: ScopeOption[]; centres: ScopeOption[] };
  tasks: TaskList;
}) {
  const { site, actor, scopes } = props;
  const { locale } = site;
  const text = (k: Parameters<typeof staffText>[1]) => staffText(locale, k, { name: actor.name });
  return (
    <StaffLayout site={site} title={text('dashboard.title')} current="dashboard">
      <h1 class="govuk-heading-xl">{text('dashboard.welcome')}</h1>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <TaskListSection locale={locale} tasks={props.tasks} />
          <h2 class="govuk-heading-m">{text('dashboard.roles')}</h2>
          {actor.grants.length === 0 ? (
            <p class="govuk-body">{text('dashboard.noRoles')}</p>
          ) : (
            <ul class="govuk-list govuk-list--bullet">
              {actor.grants.map((g) => (
                <li key={`${g.role}-${g.unit ?? ''}-${g.centre ?? ''}`}>
                  {describeGrant(locale, g, scopes)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="govuk-grid-column-one-third">
          <h2 class="govuk-heading-m">{text('dashboard.account')}</h2>
          <ul class="govuk-list">
            <li>
              <a class="govuk-link" href={staffHref(locale, 'password')}>
                {text('dashboard.changePassword')}
              </a>
            </li>
            {hasRole(actor, 'admin') && (
              <li>
                <a class="govuk-link" href={staffHref(locale, 'users')}>
                  {text('dashboard.manageUsers')}
                </a>
              </li>
            )}
          </ul>
        </div>
      </div>
    </StaffLayout>
  );
}
