import type { Bilingual } from '../../../db/schema';
import { type Locale, pick } from '../../../platform/i18n';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';

/** Links to every service centre's page, the main centre marked. */
export function CentreLinks(props: {
  locale: Locale;
  centres: { code: string; name: Bilingual; isMain: boolean }[];
}) {
  const { locale } = props;
  return (
    <ul class="govuk-list govuk-list--bullet">
      {props.centres.map((c) => (
        <li key={c.code}>
          <a class="govuk-link" href={href(locale, 'centres', c.code)}>
            {pick(c.name, locale)}
          </a>
          {c.isMain && <span class="govuk-hint pietura-inline-hint"> ({msg(locale, 'centres.main')})</span>}
        </li>
      ))}
    </ul>
  );
}
