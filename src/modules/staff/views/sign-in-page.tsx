import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { staffHref } from '../../../platform/auth/paths';
import { LOCKOUT_MINUTES } from '../../../platform/auth/service';
import {
  ErrorSummary,
  type FormError,
  SuccessBanner,
  TextInput,
} from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { staffText } from '../messages';

export function SignInPage(props: {
  site: StaffSiteContext;
  email: string;
  next: string | undefined;
  errors: FormError[];
  signedOut: boolean;
}) {
  const { site, errors } = props;
  const { locale } = site;
  const text = (k: Parameters<typeof staffText>[1]) => staffText(locale, k, { minutes: LOCKOUT_MINUTES });
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  const title = text('signIn.title');
  return (
    <StaffLayout
      site={site}
      title={errors.length > 0 ? `${locale === 'lv' ? 'Kļūda' : 'Error'}: ${title}` : title}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.signedOut && (
            <SuccessBanner
              locale={locale}
              title={text('common.success')}
              message={text('signIn.signedOut')}
            />
          )}
          <ErrorSummary locale={locale} errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <p class="govuk-body">{text('signIn.lead')}</p>
          <form method="post" action={staffHref(locale, 'signIn')} novalidate>
            <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
            {props.next && <input type="hidden" name="next" value={props.next} />}
            <TextInput
              locale={locale}
              id="email"
              label={text('signIn.email')}
              type="email"
              autocomplete="username"
              spellcheck={false}
              value={props.email}
              error={errorOf('email')}
              width={30}
              bold
            />
            <TextInput
              locale={locale}
              id="password"
              label={text('signIn.password')}
              type="password"
              autocomplete="current-password"
              error={errorOf('password')}
              width={30}
              bold
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {text('signIn.submit')}
            </button>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
