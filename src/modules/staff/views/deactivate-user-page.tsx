import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { staffHref } from '../../../platform/auth/paths';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { staffText } from '../messages';
import { userActionHref, userHref } from '../paths';
import type { UserForAdmin } from '../service';

/** Asks before an account is deactivated, and says what that does. */
export function DeactivateUserPage(props: { site: StaffSiteContext; user: UserForAdmin }) {
  const { site, user } = props;
  const { locale } = site;
  const text = (k: Parameters<typeof staffText>[1], params?: Record<string, string | number>) =>
    staffText(locale, k, params);
  return (
    <StaffLayout
      site={site}
      title={`${text('deactivate.title')} ${user.name}`}
      current="users"
      crumbs={[
        { text: text('dashboard.title'), href: staffHref(locale, 'dashboard') },
        { text: text('users.title'), href: staffHref(locale, 'users') },
        { text: user.name, href: userHref(locale, user.id) },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{text('deactivate.title')}</h1>
          <p class="govuk-body-l" id="deactivate-who">
            {text('deactivate.who', { name: user.name, email: user.email })}
          </p>
          <h2 class="govuk-heading-m">{text('deactivate.effects')}</h2>
          <ul class="govuk-list govuk-list--bullet">
            <li>{text('deactivate.noSignIn')}</li>
            <li>{text('deactivate.sessions', { count: user.openSessions })}</li>
            <li>{text('deactivate.kept')}</li>
          </ul>
          <form method="post" action={userActionHref(locale, user.id, 'deactivate')}>
            <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
                {text('deactivate.confirm')}
              </button>
              <a class="govuk-link" href={staffHref(locale, 'users')}>
                {text('deactivate.cancel')}
              </a>
            </div>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
