import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { staffHref } from '../../../platform/auth/paths';
import { SuccessBanner } from '../../../platform/web/components/form';
import { TableScroll } from '../../../platform/web/components/table';
import { Tag } from '../../../platform/web/components/tag';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { staffText } from '../messages';
import { newUserHref, type UserAction, userActionHref, userHref } from '../paths';
import type { ScopeOption, UserListRow } from '../service';
import { describeGrant } from './roles';

export type UsersNotice =
  | { kind: 'created' }
  | { kind: 'deactivated' }
  | { kind: 'reactivated' }
  | { kind: 'revoked'; count: number }
  | { kind: 'self' };

export function UsersPage(props: {
  site: StaffSiteContext;
  users: UserListRow[];
  scopes: { units: ScopeOption[]; centres: ScopeOption[] };
  notice?: UsersNotice;
}) {
  const { site, users, scopes, notice } = props;
  const { locale } = site;
  const text = (k: Parameters<typeof staffText>[1], params?: Record<string, string | number>) =>
    staffText(locale, k, params);
  const me = site.actor?.id;
  const action = (user: UserListRow, kind: UserAction, label: string) => (
    <form method="post" action={userActionHref(locale, user.id, kind)} class="govuk-!-display-inline-block">
      <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
      <button
        type="submit"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1 govuk-!-margin-right-1"
      >
        {label}
        <span class="govuk-visually-hidden"> {text('users.of', { name: user.name })}</span>
      </button>
    </form>
  );
  return (
    <StaffLayout
      site={site}
      title={text('users.title')}
      current="users"
      crumbs={[{ text: text('dashboard.title'), href: staffHref(locale, 'dashboard') }]}
    >
      {notice?.kind === 'created' && (
        <SuccessBanner locale={locale} title={text('common.success')} message={text('users.created')} />
      )}
      {notice?.kind === 'deactivated' && (
        <SuccessBanner locale={locale} title={text('common.success')} message={text('users.deactivated')} />
      )}
      {notice?.kind === 'reactivated' && (
        <SuccessBanner locale={locale} title={text('common.success')} message={text('users.reactivated')} />
      )}
      {notice?.kind === 'revoked' && (
        <SuccessBanner
          locale={locale}
          title={text('common.success')}
          message={text('users.revoked', { count: notice.count })}
        />
      )}
      {notice?.kind === 'self' && (
        <div class="govuk-inset-text">
          <p class="govuk-body">{text('users.cannotSelf')}</p>
        </div>
      )}
      <h1 class="govuk-heading-l">{text('users.title')}</h1>
      <p class="govuk-body">
        <a class="govuk-button" href={newUserHref(locale)} data-module="govuk-button">
          {text('users.create')}
        </a>
      </p>
      <TableScroll label={text('users.title')}>
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">{text('users.title')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {text('users.name')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text('users.email')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text('users.roles')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text('users.status')}
              </th>
              <th scope="col" class="govuk-table__header">
                {text('users.actions')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {users.map((user) => (
              <tr class="govuk-table__row" key={user.id}>
                <th scope="row" class="govuk-table__header">
                  {user.name}
                </th>
                <td class="govuk-table__cell">{user.email}</td>
                <td class="govuk-table__cell">
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    {user.grants.map((g) => (
                      <li key={`${g.role}-${g.unit ?? ''}-${g.centre ?? ''}`}>
                        {describeGrant(locale, g, scopes)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td class="govuk-table__cell">
                  {user.active ? (
                    <Tag colour="green">{text('users.active')}</Tag>
                  ) : (
                    <Tag colour="grey">{text('users.inactive')}</Tag>
                  )}{' '}
                  {user.locked && <Tag colour="yellow">{text('users.locked')}</Tag>}
                  <br />
                  <span class="govuk-body-s">{text('users.sessions', { count: user.openSessions })}</span>
                </td>
                <td class="govuk-table__cell">
                  <a
                    class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1 govuk-!-margin-right-1"
                    href={userHref(locale, user.id)}
                  >
                    {text('users.edit')}
                    <span class="govuk-visually-hidden"> {text('users.of', { name: user.name })}</span>
                  </a>
                  {user.active && user.id !== me && (
                    <a
                      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1 govuk-!-margin-right-1"
                      href={userActionHref(locale, user.id, 'deactivate')}
                    >
                      {text('users.deactivate')}
                      <span class="govuk-visually-hidden"> {text('users.of', { name: user.name })}</span>
                    </a>
                  )}
                  {!user.active && action(user, 'reactivate', text('users.reactivate'))}
                  {user.openSessions > 0 && action(user, 'endSessions', text('users.revoke'))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </StaffLayout>
  );
}
