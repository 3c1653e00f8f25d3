import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../platform/i18n';
import {
  BilingualField,
  Checkboxes,
  type FormValues,
  Radios,
  Select,
  type ShownErrors,
  Textarea,
  TextInput,
} from '../../../platform/web/components/form';
import { DATE_RULES, FIELD_TYPES, FILE_KINDS, type FieldType, type FormField } from '../../eforms/definition';

import { formText } from '../form-messages';

/**
 * The inputs of one question: code, type, label and hint in both languages, required, the limits of
 * every type under a heading per type (those of other types are ignored on save; with JavaScript only
 * the chosen type's are shown), options one a line, and the condition as checkboxes of the earlier
 * questions' answers (`showWhen` = "code=value"). Works without JavaScript.
 */
export function FieldInputs(props: {
  locale: Locale;
  values: FormValues;
  errors: ShownErrors;
  /** Earlier yes/no and choice questions the condition may name. */
  sources: FormField[];
}) {
  const { locale, values, errors } = props;
  const t = (key: Parameters<typeof formText>[1]) => formText(locale, key);
  const common = { locale, values, errors };
  return (
    <>
      <BilingualField {...common} id="label" legend={t('field.label')} />
      <Select
        {...common}
        id="type"
        label={t('field.type')}
        options={FIELD_TYPES.map((type) => ({ value: type, label: formText(locale, `type.${type}`) }))}
      />
      <TextInput {...common} id="code" label={t('field.code')} hint={t('field.codeHint')} width={20} bold />
      <BilingualField {...common} id="hint" legend={t('field.hint')} multiline />
      <Radios
        {...common}
        id="required"
        legend={t('field.required')}
        inline
        items={[
          { value: 'yes', label: t('yes') },
          { value: 'no', label: t('no') },
        ]}
      />
      <Textarea
        {...common}
        id="options"
        label={t('field.options')}
        hint={t('field.optionsHint')}
        rows={5}
        bold
      />
      <div data-limits>
        <h2 class="govuk-heading-m govuk-!-margin-top-6">{t('field.limits')}</h2>
        <p class="govuk-hint" data-limits-hint>
          {t('field.limitsHint')}
        </p>
        <LimitGroup types={['text', 'textarea', 'address']} title={t('field.limitsFor.text')}>
          <TextInput
            {...common}
            id="maxLength"
            label={t('field.maxLength')}
            hint={t('field.maxLengthHint')}
            inputmode="numeric"
            width={5}
            bold
          />
        </LimitGroup>
        <LimitGroup types={['number']} title={t('field.limitsFor.number')}>
          <TextInput {...common} id="min" label={t('field.min')} inputmode="decimal" width={10} bold />
          <TextInput {...common} id="max" label={t('field.max')} inputmode="decimal" width={10} bold />
          <Checkboxes
            {...common}
            id="integer"
            legend={t('field.integer')}
            small
            items={[{ value: 'yes', label: t('field.integer') }]}
          />
          <Checkboxes
            {...common}
            id="money"
            legend={t('field.money')}
            small
            items={[{ value: 'yes', label: t('field.money') }]}
          />
        </LimitGroup>
        <LimitGroup types={['date']} title={t('field.limitsFor.date')}>
          <Radios
            {...common}
            id="dateRule"
            legend={t('field.dateRule')}
            small
            items={DATE_RULES.map((rule) => ({
              value: rule,
              label: formText(locale, `field.dateRule.${rule}`),
            }))}
          />
        </LimitGroup>
        <LimitGroup types={['file']} title={t('field.limitsFor.file')}>
          <TextInput
            {...common}
            id="maxFiles"
            label={t('field.maxFiles')}
            hint={t('field.maxFilesHint')}
            inputmode="numeric"
            width={3}
            bold
          />
          <Checkboxes
            {...common}
            id="accept"
            legend={t('field.accept')}
            hint={t('field.acceptHint')}
            small
            items={FILE_KINDS.map((kind) => ({ value: kind, label: kind.toUpperCase() }))}
          />
        </LimitGroup>
      </div>
      <ConditionInputs {...props} />
      <script type="module" src="/assets/js/form-limits.js" />
    </>
  );
}

/** The limits of some types of answer, under their heading; form-limits.js hides those of other types. */
function LimitGroup(props: { types: FieldType[]; title: string; children: ComponentChildren }) {
  return (
    <div data-limits-for={props.types.join(' ')}>
      <h3 class="govuk-heading-s">{props.title}</h3>
      {props.children}
    </div>
  );
}

function ConditionInputs(props: {
  locale: Locale;
  values: FormValues;
  errors: ShownErrors;
  sources: FormField[];
}) {
  const { locale, values, errors, sources } = props;
  const t = (key: Parameters<typeof formText>[1]) => formText(locale, key);
  const error = errors.get('showWhen');
  return (
    <>
      <h2 class="govuk-heading-m govuk-!-margin-top-6">{t('field.condition')}</h2>
      <p class="govuk-hint">{t('field.conditionHint')}</p>
      {error && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">{locale === 'lv' ? 'Kļūda:' : 'Error:'}</span> {error}
        </p>
      )}
      {sources.length === 0 && <p class="govuk-body">{t('field.conditionNone')}</p>}
      {sources.map((source, i) => (
        <Checkboxes
          key={source.code}
          locale={locale}
          id={i === 0 ? 'showWhen' : `showWhen-${source.code}`}
          name="showWhen"
          values={values}
          small
          legend={formText(locale, 'field.conditionOn', { field: source.label[locale] })}
          items={
            source.type === 'yesno'
              ? [
                  { value: `${source.code}=yes`, label: t('yes') },
                  { value: `${source.code}=no`, label: t('no') },
                ]
              : (source.options ?? []).map((o) => ({
                  value: `${source.code}=${o.key}`,
                  label: o.label[locale],
                }))
          }
        />
      ))}
    </>
  );
}
