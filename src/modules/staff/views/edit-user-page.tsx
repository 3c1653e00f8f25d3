import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { staffHref } from '../../../platform/auth/paths';
import { ErrorSummary, type FormError, SuccessBanner } from '../../../platform/web/components/form';
import { Tag } from '../../../platform/web/components/tag';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { staffText } from '../messages';
import { userActionHref, userHref } from '../paths';
import type { ScopeOption, UserForAdmin } from '../service';
import { RoleFields, type RoleValues } from './role-fields';

/** The form values of an account's current grants. */
export function roleValuesOf(user: UserForAdmin): RoleValues {
  const scoped = (role: 'head' | 'specialist' | 'clerk') => {
    const g = user.grants.find((x) => x.role === role);
    return (role === 'clerk' ? g?.centre : g?.unit) ?? '';
  };
  return {
    roles: user.grants.filter((g) => ['admin', 'manager', 'editor'].includes(g.role)).map((g) => g.role),
    headUnit: scoped('head'),
    specialistUnit: scoped('specialist'),
    clerkCentre: scoped('clerk'),
  };
}

/** An account seen by the administrator: its status with activation, and its roles and scopes. */
export function EditUserPage(props: {
  site: StaffSiteContext;
  user: UserForAdmin;
  values: RoleValues;
  errors: FormError[];
  scopes: { units: ScopeOption[]; centres: ScopeOption[] };
  saved?: boolean;
}) {
  const { site, user, values, errors, scopes } = props;
  const { locale } = site;
  const text = (k: Parameters<typeof staffText>[1], params?: Record<string, string | number>) =>
    staffText(locale, k, params);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  const title = `${text('editUser.title')}: ${user.name}`;
  const isMe = site.actor?.kind === 'staff' && site.actor.id === user.id;
  return (
    <StaffLayout
      site={site}
      title={errors.length > 0 ? `${locale === 'lv' ? 'Kļūda' : 'Error'}: ${title}` : title}
      current="users"
      crumbs={[
        { text: text('dashboard.title'), href: staffHref(locale, 'dashboard') },
        { text: text('users.title'), href: staffHref(locale, 'users') },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <SuccessBanner
            locale={locale}
            title={text('common.success')}
            message={props.saved ? text('users.rolesSaved') : undefined}
          />
          <ErrorSummary locale={locale} errors={errors} />
          <span class="govuk-caption-l">{text('editUser.title')}</span>
          <h1 class="govuk-heading-l">{user.name}</h1>
          <p class="govuk-body">{user.email}</p>
          <h2 class="govuk-heading-m">{text('editUser.status')}</h2>
          <p class="govuk-body">
            {user.active ? (
              <Tag colour="green">{text('users.active')}</Tag>
            ) : (
              <Tag colour="grey">{text('users.inactive')}</Tag>
            )}
          </p>
          {user.active && !isMe && (
            <p class="govuk-body">
              <a class="govuk-link" href={userActionHref(locale, user.id, 'deactivate')}>
                {text('users.deactivate')}
                <span class="govuk-visually-hidden"> {text('users.of', { name: user.name })}</span>
              </a>
            </p>
          )}
          {!user.active && (
            <form method="post" action={userActionHref(locale, user.id, 'reactivate')}>
              <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
              <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                {text('users.reactivate')}
              </button>
            </form>
          )}
          <h2 class="govuk-heading-m">{text('users.roles')}</h2>
          <p class="govuk-body">{text('editUser.lead')}</p>
          <form method="post" action={userHref(locale, user.id)} novalidate>
            <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
            <RoleFields locale={locale} values={values} errorOf={errorOf} scopes={scopes} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {text('editUser.submit')}
            </button>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
