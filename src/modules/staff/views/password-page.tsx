import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { PASSWORD_MIN_LENGTH } from '../../../platform/auth/password';
import { staffHref } from '../../../platform/auth/paths';
import {
  ErrorSummary,
  type FormError,
  SuccessBanner,
  TextInput,
} from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { staffText } from '../messages';

export function PasswordPage(props: { site: StaffSiteContext; errors: FormError[]; changed: boolean }) {
  const { site, errors } = props;
  const { locale } = site;
  const text = (k: Parameters<typeof staffText>[1]) => staffText(locale, k, { min: PASSWORD_MIN_LENGTH });
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  const title = text('password.title');
  return (
    <StaffLayout
      site={site}
      title={errors.length > 0 ? `${locale === 'lv' ? 'Kļūda' : 'Error'}: ${title}` : title}
      crumbs={[{ text: text('dashboard.title'), href: staffHref(locale, 'dashboard') }]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.changed && (
            <SuccessBanner
              locale={locale}
              title={text('common.success')}
              message={text('password.changed')}
            />
          )}
          <ErrorSummary locale={locale} errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <form method="post" action={staffHref(locale, 'password')} novalidate>
            <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
            <TextInput
              locale={locale}
              id="current"
              label={text('password.current')}
              type="password"
              autocomplete="current-password"
              error={errorOf('current')}
              width={30}
              bold
            />
            <TextInput
              locale={locale}
              id="next"
              label={text('password.new')}
              hint={text('password.newHint')}
              type="password"
              autocomplete="new-password"
              error={errorOf('next')}
              width={30}
              bold
            />
            <TextInput
              locale={locale}
              id="confirm"
              label={text('password.confirm')}
              type="password"
              autocomplete="new-password"
              error={errorOf('confirm')}
              width={30}
              bold
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {text('password.submit')}
            </button>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
