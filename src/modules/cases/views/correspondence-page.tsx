import type { Bilingual } from '../../../db/schema';
import { pick } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { CHANNEL, DESK_CHANNELS, fieldLabel, label } from '../messages';
import { correspondenceHref, worklistHref } from '../paths';
import {
  CsrfInput,
  ErrorSummary,
  FileField,
  Radios,
  SelectField,
  type ShownErrors,
  SuccessBanner,
  say,
  TextInput,
} from './fields';

/** Correspondence that is not an application — received, or sent by the municipality — numbered in the same registry. */
export function CorrespondencePage(props: {
  site: StaffSiteContext;
  centres: { code: string; name: Bilingual }[];
  values: FormValues;
  errors: ShownErrors;
  notes?: string[];
  done?: string;
}) {
  const { site, values, errors } = props;
  const { locale } = site;
  const title = say(locale, 'Reģistrēt korespondenci', 'Register correspondence');
  return (
    <StaffLayout
      site={site}
      title={title}
      current="cases"
      crumbs={[{ text: say(locale, 'Lietas', 'Cases'), href: worklistHref(locale) }]}
    >
      <ErrorSummary locale={locale} errors={errors} extra={props.notes} />
      <SuccessBanner
        locale={locale}
        message={
          props.done && say(locale, `Reģistrēts ar numuru ${props.done}`, `Registered as ${props.done}`)
        }
      />
      <h1 class="govuk-heading-l">{title}</h1>
      <form method="post" action={correspondenceHref(locale)} encType="multipart/form-data" novalidate>
        <CsrfInput token={site.csrfToken} />
        <input type="hidden" name="idempotencyKey" value={String(values.idempotencyKey ?? '')} />
        <Radios
          locale={locale}
          name="direction"
          legend={fieldLabel(locale, 'direction')}
          inline
          items={[
            { value: 'in', label: say(locale, 'Saņemta', 'Received') },
            {
              value: 'out',
              label: say(locale, 'Nosūtīta (atbilde vai cita vēstule)', 'Sent (an answer or another letter)'),
            },
          ]}
          values={values}
          errors={errors}
        />
        <TextInput
          locale={locale}
          id="correspondent"
          label={fieldLabel(locale, 'correspondent')}
          hint={say(locale, 'Kas to atsūtīja vai kam tā nosūtīta', 'Who sent it, or who it was sent to')}
          width={30}
          values={values}
          errors={errors}
        />
        <TextInput
          locale={locale}
          id="subject"
          label={fieldLabel(locale, 'subject')}
          width={30}
          values={values}
          errors={errors}
        />
        <Radios
          locale={locale}
          name="channel"
          legend={fieldLabel(locale, 'channel')}
          inline
          items={DESK_CHANNELS.map((c) => ({ value: c, label: label(CHANNEL, c, locale) }))}
          values={values}
          errors={errors}
        />
        <SelectField
          locale={locale}
          id="centre"
          label={fieldLabel(locale, 'centre')}
          values={values}
          errors={errors}
          items={props.centres.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
        />
        <TextInput
          locale={locale}
          id="caseNumber"
          label={fieldLabel(locale, 'caseNumber')}
          width={20}
          values={values}
          errors={errors}
          hint={say(
            locale,
            'Nav obligāts; piemēram, ILN/2026/000123',
            'Optional; for example ILN/2026/000123',
          )}
        />
        <FileField
          locale={locale}
          id="documents"
          label={fieldLabel(locale, 'documents')}
          errors={errors}
          multiple
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {say(locale, 'Reģistrēt', 'Register')}
        </button>
      </form>
    </StaffLayout>
  );
}
