import { type Locale, pick } from '../../../../platform/i18n';
import { capitalise, channelName, msg } from '../../messages';
import type { ServiceStandard } from '../../service';
import { hostOf, safeUrl } from '../format';

/** Who may apply, the documents to bring and the ways to apply, with the e-service when there is one. */
export function ApplySection(props: { standard: ServiceStandard; locale: Locale }) {
  const { standard, locale } = props;
  const v = standard.version;
  // Applied for here, the journey is the e-service: another site's address would be a second way in.
  const eserviceUrl = standard.onlineForm ? undefined : safeUrl(v.eserviceUrl);
  return (
    <>
      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.who')}</h2>
      <p class="govuk-body">{pick(v.whoMayApply, locale)}</p>

      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.documents')}</h2>
      {v.requiredDocuments.length === 0 ? (
        <p class="govuk-body">{msg(locale, 'service.documents.none')}</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {v.requiredDocuments.map((d) => (
            <li key={d.name.lv}>
              {pick(d.name, locale)}
              {d.note && <span class="govuk-hint pietura-list-note">{pick(d.note, locale)}</span>}
            </li>
          ))}
        </ul>
      )}

      <h2 class="govuk-heading-m pietura-section">{msg(locale, 'service.apply')}</h2>
      <p class="govuk-body">{msg(locale, 'service.apply.intro')}</p>
      <ul class="govuk-list govuk-list--bullet">
        {v.applyChannels.map((c) => (
          <li key={c}>{capitalise(channelName(locale, c))}</li>
        ))}
      </ul>
      {standard.onlineForm && (
        <p class="govuk-body pietura-no-print">
          <a
            href={onlineHref(standard.code, locale)}
            class="govuk-button govuk-button--start"
            data-module="govuk-button"
          >
            {locale === 'lv' ? 'Pieteikties tiešsaistē' : 'Apply online'}
            <StartIcon />
          </a>
        </p>
      )}
      {eserviceUrl && (
        <p class="govuk-body pietura-no-print">
          {msg(locale, 'service.eservice.where', { host: hostOf(eserviceUrl) })}
        </p>
      )}
      {eserviceUrl && (
        <a
          href={eserviceUrl}
          class="govuk-button govuk-button--start pietura-no-print"
          data-module="govuk-button"
          rel="noopener"
        >
          {msg(locale, 'service.eservice.start')}
          <StartIcon />
        </a>
      )}
    </>
  );
}

/** The online journey of modules/eforms (its address, not its code: the catalogue does not import it). */
function onlineHref(code: string, locale: Locale): string {
  const c = encodeURIComponent(code);
  return locale === 'lv' ? `/pakalpojumi/${c}/pieteikties` : `/en/services/${c}/apply`;
}

function StartIcon() {
  return (
    <svg
      class="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}
