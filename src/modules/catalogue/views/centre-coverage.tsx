import { type Locale, pick } from '../../../platform/i18n';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';
import type { CentreCoverage } from '../service';
import { listText } from './format';

/**
 * What the centres really take (seed 2.2, issue 6 point 19): the promise "any service at any
 * centre" only when the data says so, otherwise how many services and the exceptions by name.
 */
export function CentreCoverageText(props: { coverage: CentreCoverage; locale: Locale }) {
  const { coverage, locale } = props;
  if (coverage.exceptions.length === 0) {
    return (
      <p class="govuk-body">
        {msg(locale, coverage.receivedEverywhere ? 'coverage.allReceive' : 'coverage.all')}
      </p>
    );
  }
  return (
    <>
      <p class="govuk-body" id={COVERAGE_ID}>
        {msg(locale, 'coverage.most', {
          n: coverage.total - coverage.exceptions.length,
          total: coverage.total,
        })}
      </p>
      <ul class="govuk-list govuk-list--bullet pietura-coverage">
        {coverage.exceptions.map(({ standard, centres }) => (
          <li key={standard.code}>
            <a class="govuk-link" href={href(locale, 'services', standard.code)}>
              {pick(standard.version.name, locale)}
            </a>{' '}
            —{' '}
            {centres.length === 0
              ? msg(locale, 'coverage.notAtCentres')
              : msg(locale, 'coverage.only', {
                  centres: listText(
                    centres.map((c) => pick(c.name, locale)),
                    locale,
                  ),
                })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The same in one sentence, for the home page, with a link to the list of exceptions. */
export function CentreCoverageShort(props: { coverage: CentreCoverage; locale: Locale }) {
  const { coverage, locale } = props;
  if (coverage.exceptions.length === 0) return <CentreCoverageText coverage={coverage} locale={locale} />;
  return (
    <p class="govuk-body">
      {msg(locale, 'coverage.short', {
        n: coverage.total - coverage.exceptions.length,
        total: coverage.total,
      })}{' '}
      <a class="govuk-link" href={`${href(locale, 'centres')}#${COVERAGE_ID}`}>
        {msg(locale, 'coverage.exceptionsLink')}
      </a>
    </p>
  );
}

/** The anchor of the full list on the centres page. */
export const COVERAGE_ID = 'pakalpojumi-centros';
