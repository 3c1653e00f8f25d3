import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n';
import type { FormValues, ShownErrors } from '../form-values';
import { formGroupClass, Hint, hintId } from './field-group';
import { componentText } from './messages';
import { Textarea, TextInput } from './text-input';

/** One text in Latvian and English: a fieldset with the two inputs ({id}-lv, {id}-en). */
export function BilingualField(props: {
  locale: Locale;
  id: string;
  legend: ComponentChildren;
  values: FormValues;
  errors: ShownErrors;
  hint?: ComponentChildren;
  multiline?: boolean;
}) {
  const { locale, id } = props;
  const hasError = props.errors.has(`${id}-lv`) || props.errors.has(`${id}-en`);
  const Field = props.multiline ? Textarea : TextInput;
  return (
    <div class={formGroupClass(hasError)}>
      <fieldset class="govuk-fieldset" aria-describedby={props.hint ? hintId(id) : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        <Hint id={id}>{props.hint}</Hint>
        {(['lv', 'en'] as const).map((lang) => (
          <Field
            key={lang}
            locale={locale}
            id={`${id}-${lang}`}
            label={componentText(locale, `language.${lang}`)}
            values={props.values}
            errors={props.errors}
            lang={lang}
          />
        ))}
      </fieldset>
    </div>
  );
}
