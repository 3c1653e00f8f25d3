import type { Locale } from '../../../platform/i18n';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import type { WorkflowError } from '../errors';
import { text } from '../messages';

/** A workflow step the standard's state does not allow: what happened, and that nothing changed. */
export function RefusedPage(props: {
  site: StaffSiteContext;
  error: WorkflowError;
  back: string;
  backLabel?: string;
}) {
  const { site, error } = props;
  const locale: Locale = site.locale;
  const title = text(locale, 'refused.title');
  return (
    <StaffLayout site={site} title={title} current="standards">
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body" id="refusal">
        {text(locale, `refused.${error.refusal}`, { n: error.version ?? '' })}
      </p>
      <p class="govuk-body">{text(locale, 'refused.nothingChanged')}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={props.back}>
          {props.backLabel ?? text(locale, 'version.back')}
        </a>
      </p>
    </StaffLayout>
  );
}
