import type { ComponentChildren } from 'preact';
import { CHANNELS, FEE_KINDS, TIME_UNITS } from '../../../db/schema';
import { type Locale, pick } from '../../../platform/i18n';
import {
  BilingualField,
  Checkboxes,
  CsrfInput,
  DateInput,
  ErrorSummary,
  Radios,
  Select,
  type ShownErrors,
  Textarea,
  TextInput,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { type FieldKey, fieldText, text } from '../messages';
import { standardHref, standardsHref, versionHref } from '../paths';
import { LEVELS } from '../schema';

export interface EditForm {
  values: FormValues;
  errors: ShownErrors;
  rows: { doc: number; law: number };
}

function Section(props: { title: string; children: ComponentChildren }) {
  return (
    <>
      <h2 class="govuk-heading-m govuk-!-margin-top-8">{props.title}</h2>
      {props.children}
    </>
  );
}

function DocumentRows(props: { locale: Locale; form: EditForm }) {
  const { locale, form } = props;
  return (
    <>
      {Array.from({ length: form.rows.doc }, (_, i) => (
        <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" key={`doc-${i}`}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {text(locale, 'edit.documentN', { n: i + 1 })}
          </legend>
          <BilingualField
            locale={locale}
            id={`doc-${i}-name`}
            legend={fieldText(locale, 'documentName')}
            values={form.values}
            errors={form.errors}
          />
          <BilingualField
            locale={locale}
            id={`doc-${i}-note`}
            legend={fieldText(locale, 'documentNote')}
            values={form.values}
            errors={form.errors}
          />
        </fieldset>
      ))}
      <input type="hidden" name="docRows" value={String(form.rows.doc)} />
      <button type="submit" name="action" value="add-document" class="govuk-button govuk-button--secondary">
        {text(locale, 'edit.addDocument')}
      </button>
    </>
  );
}

function LawRows(props: { locale: Locale; form: EditForm }) {
  const { locale, form } = props;
  const f = (key: FieldKey) => fieldText(locale, key);
  return (
    <>
      {Array.from({ length: form.rows.law }, (_, i) => (
        <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" key={`law-${i}`}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {text(locale, 'edit.lawN', { n: i + 1 })}
          </legend>
          <BilingualField
            locale={locale}
            id={`law-${i}-title`}
            legend={f('lawTitle')}
            values={form.values}
            errors={form.errors}
          />
          <TextInput
            locale={locale}
            id={`law-${i}-url`}
            label={f('lawUrl')}
            type="url"
            values={form.values}
            errors={form.errors}
          />
          <Select
            locale={locale}
            id={`law-${i}-level`}
            label={f('lawLevel')}
            emptyLabel={f('choose')}
            options={LEVELS.map((l) => ({ value: l, label: f(`level.${l}`) }))}
            values={form.values}
            errors={form.errors}
          />
        </fieldset>
      ))}
      <input type="hidden" name="lawRows" value={String(form.rows.law)} />
      <button type="submit" name="action" value="add-law" class="govuk-button govuk-button--secondary">
        {text(locale, 'edit.addLaw')}
      </button>
    </>
  );
}

export function EditPage(props: {
  site: StaffSiteContext;
  code: string;
  version: number;
  name: string;
  centres: { code: string; name: { lv: string; en: string } }[];
  form: EditForm;
}) {
  const { site, code, form } = props;
  const { locale } = site;
  const f = (key: FieldKey) => fieldText(locale, key);
  const title = text(locale, 'edit.title', { n: props.version });
  const common = { locale, values: form.values, errors: form.errors };
  return (
    <StaffLayout
      site={site}
      title={`${title} — ${props.name}`}
      current="standards"
      crumbs={[
        { text: text(locale, 'list.title'), href: standardsHref(locale) },
        { text: props.name, href: standardHref(locale, code) },
        {
          text: text(locale, 'standard.versionN', { n: props.version }),
          href: versionHref(locale, code, props.version),
        },
      ]}
    >
      <ErrorSummary locale={locale} errors={form.errors} />
      <span class="govuk-caption-l">{props.name}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <form method="post" action={versionHref(locale, code, props.version, 'edit')} novalidate>
        <CsrfInput token={site.csrfToken} />
        <input type="hidden" name="opened" value={String(form.values.opened ?? '')} />

        <Section title={text(locale, 'edit.texts')}>
          <BilingualField {...common} id="name" legend={f('name')} />
          <BilingualField {...common} id="description" legend={f('description')} multiline />
          <BilingualField {...common} id="whoMayApply" legend={f('whoMayApply')} multiline />
          <BilingualField {...common} id="result" legend={f('result')} multiline />
        </Section>

        <Section title={f('requiredDocuments')}>
          <DocumentRows locale={locale} form={form} />
        </Section>

        <Section title={text(locale, 'edit.feeAndTime')}>
          <TextInput
            {...common}
            id="fee"
            label={f('fee')}
            hint={f('feeHint')}
            width={5}
            inputmode="decimal"
            bold
          />
          <TextInput
            {...common}
            id="feeCurrency"
            label={f('feeCurrency')}
            hint={f('feeCurrencyHint')}
            width={3}
            bold
          />
          <Radios
            {...common}
            id="feeKind"
            legend={f('feeKind')}
            items={FEE_KINDS.map((k) => ({ value: k, label: f(`feeKind.${k}`) }))}
          />
          <BilingualField {...common} id="feeNote" legend={f('feeNote')} />
          <TextInput
            {...common}
            id="processingTime"
            label={f('processingTime')}
            width={3}
            inputmode="numeric"
            bold
          />
          <Radios
            {...common}
            id="processingTimeUnit"
            legend={f('processingTimeUnit')}
            inline
            items={TIME_UNITS.map((u) => ({ value: u, label: f(`unit.${u}`) }))}
          />
          <BilingualField {...common} id="processingTimeBasis" legend={f('processingTimeBasis')} />
        </Section>

        <Section title={f('legalBasis')}>
          <LawRows locale={locale} form={form} />
          <Radios
            {...common}
            id="legalLevel"
            legend={f('legalLevel')}
            items={LEVELS.map((l) => ({ value: l, label: f(`regulation.${l}`) }))}
          />
        </Section>

        <Section title={text(locale, 'edit.channels')}>
          <Checkboxes
            {...common}
            id="applyChannels"
            legend={f('applyChannels')}
            items={CHANNELS.map((c) => ({ value: c, label: f(`channel.${c}`) }))}
          />
          <Checkboxes
            {...common}
            id="receiveChannels"
            legend={f('receiveChannels')}
            items={CHANNELS.map((c) => ({ value: c, label: f(`channel.${c}`) }))}
          />
          <Checkboxes
            {...common}
            id="centres"
            legend={f('centres')}
            hint={f('centresHint')}
            small
            items={props.centres.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
          />
          <BilingualField {...common} id="centreException" legend={f('centreException')} />
          <Checkboxes
            {...common}
            id="onTheSpot"
            legend={f('onTheSpot')}
            items={[{ value: 'yes', label: f('onTheSpotLabel') }]}
          />
          <Radios
            {...common}
            id="eserviceMaturity"
            legend={f('eserviceMaturity')}
            items={[0, 1, 2, 3, 4].map((m) => ({ value: String(m), label: f(`maturity.${m}` as FieldKey) }))}
          />
          <TextInput {...common} id="eserviceUrl" label={f('eserviceUrl')} type="url" bold />
        </Section>

        <Section title={text(locale, 'edit.other')}>
          <BilingualField {...common} id="contact" legend={f('contact')} />
          <BilingualField {...common} id="keywords" legend={f('keywords')} />
          <Textarea
            {...common}
            id="internalNotes"
            label={f('internalNotes')}
            hint={f('internalNotesHint')}
            bold
          />
          <DateInput {...common} id="reviewDue" legend={f('reviewDue')} />
        </Section>

        <div class="govuk-button-group">
          <button type="submit" name="action" value="save" class="govuk-button" data-module="govuk-button">
            {text(locale, 'edit.save')}
          </button>
          <a class="govuk-link" href={versionHref(locale, code, props.version)}>
            {text(locale, 'version.back')}
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}
