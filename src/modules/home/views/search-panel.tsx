import type { Locale } from '../../../platform/i18n';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';

/** The prominent search box: a plain GET to the catalogue with ?q=. */
export function SearchPanel(props: { locale: Locale }) {
  const { locale } = props;
  return (
    <search class="pietura-search-panel">
      <form method="get" action={href(locale, 'services')}>
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--m" for="q">
            {msg(locale, 'search.label')}
          </label>
          <div class="govuk-hint" id="q-hint">
            {msg(locale, 'search.hint')}
          </div>
          <div class="pietura-search">
            <input class="govuk-input" id="q" name="q" type="search" aria-describedby="q-hint" />
            <button class="govuk-button" type="submit" data-module="govuk-button">
              {msg(locale, 'search.button')}
            </button>
          </div>
        </div>
        <p class="govuk-body">
          <a class="govuk-link" href={href(locale, 'services')}>
            {msg(locale, 'search.all')}
          </a>
        </p>
      </form>
    </search>
  );
}
