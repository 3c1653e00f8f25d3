import { type Locale, pick } from '../../../../platform/i18n';
import { href } from '../../../../platform/web/paths';
import { msg } from '../../messages';
import type { ServiceStandard } from '../../service';
import { availableCentres, type CentreRef } from '../format';

/** Where the service can be applied for in person, and how far the centres provide it (seed 2.2). */
export function WhereSection(props: { standard: ServiceStandard; centres: CentreRef[]; locale: Locale }) {
  const { standard, locale } = props;
  const v = standard.version;
  const inPerson = v.applyChannels.includes('in_person');
  const listed = availableCentres(standard, props.centres);
  return (
    <>
      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.where')}</h2>
      {!inPerson ? (
        <p class="govuk-body">{msg(locale, 'service.where.none')}</p>
      ) : v.centres.length === 0 ? (
        <p class="govuk-body">
          {msg(locale, 'service.where.everyCentre')}{' '}
          <a class="govuk-link" href={href(locale, 'centres')}>
            {msg(locale, 'service.where.allCentres')}
          </a>
        </p>
      ) : (
        <>
          <p class="govuk-body">{msg(locale, 'service.where.listed')}</p>
          <ul class="govuk-list govuk-list--bullet">
            {listed.map((c) => (
              <li key={c.code}>
                <a class="govuk-link" href={href(locale, 'centres', c.code)}>
                  {pick(c.name, locale)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="govuk-heading-s">{msg(locale, 'service.level')}</h3>
      <p class="govuk-body">{msg(locale, `level.${standard.oneStopLevel}`)}</p>
    </>
  );
}
