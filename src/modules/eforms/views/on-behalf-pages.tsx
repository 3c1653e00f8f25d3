import { Radios, TextInput } from '../../../platform/web/components/form';
import { PERSONAL_CODE_EXAMPLE } from '../../parties/identifiers';
import { BASIS_TEXT, PROOF_FIELD, REPRESENTATION_BASES } from '../on-behalf';
import type { DraftFileRow } from '../service';
import { FormFieldInput } from './form-field';
import { CsrfHidden, say } from './journey-layout';
import { frameOf, RadioStep, StepPage, type StepProps } from './step-page';
import { AttachedFiles } from './step-pages';

/** "Who are you applying for?": oneself, or someone else as their representative. */
export function ForWhomPage(props: StepProps) {
  const { locale } = props.ctx.site;
  return (
    <RadioStep
      {...props}
      id="applyingFor"
      title={say(locale, 'Kura vārdā jūs piesakāties?', 'Who are you applying for?')}
      items={[
        { value: 'self', label: say(locale, 'Savā vārdā', 'Myself') },
        {
          value: 'other',
          label: say(
            locale,
            'Citas personas vārdā (kā tās pārstāvis)',
            'Someone else (as their representative)',
          ),
          hint: say(
            locale,
            'Piemēram, savam bērnam, aizbilstamajam vai personai, kas jūs pilnvarojusi',
            'For example, your child, a person in your guardianship or someone who gave you power of attorney',
          ),
        },
      ]}
    />
  );
}

/**
 * The person applied for, on what basis the filler represents them (as the desk records it), and the
 * document of it: a power of attorney's copy is asked for (PROOF_FIELD).
 */
export function RepresentedPage(props: StepProps & { files: DraftFileRow[] }) {
  const { ctx, values, errors } = props;
  const { locale } = ctx.site;
  const common = { locale, values, errors };
  const removeForm = 'remove-represented';
  return (
    <StepPage
      {...frameOf(props)}
      title={say(locale, 'Persona, kuru pārstāvat', 'The person you are applying for')}
      conditions
      multipart
      after={
        <form id={removeForm} method="post" action={props.action}>
          <CsrfHidden token={ctx.csrf} />
        </form>
      }
      intro={
        <p class="govuk-body">
          {say(
            locale,
            'Iesniegumu reģistrēsim šīs personas vārdā, un jūs tajā norādīsim kā tās pārstāvi.',
            'The application is registered in this person’s name, with you as their representative.',
          )}
        </p>
      }
    >
      <TextInput
        {...common}
        id="representedName"
        label={say(locale, 'Vārds, uzvārds', 'Full name')}
        spellcheck={false}
      />
      <TextInput
        {...common}
        id="representedCode"
        label={say(locale, 'Personas kods', 'Personal code')}
        hint={say(locale, `Piemēram, ${PERSONAL_CODE_EXAMPLE}`, `For example, ${PERSONAL_CODE_EXAMPLE}`)}
        inputmode="numeric"
        width={10}
        spellcheck={false}
      />
      <Radios
        locale={locale}
        id="basis"
        legend={say(
          locale,
          'Uz kāda pamata jūs pārstāvat šo personu?',
          'On what basis do you represent this person?',
        )}
        items={REPRESENTATION_BASES.map((b) => ({ value: b, label: BASIS_TEXT[b][locale] }))}
        values={values}
        errors={errors}
      />
      {/* Shown only when „Cits” is chosen (form-conditions.js); without JavaScript always, its hint says when. */}
      <div data-show-when="basis" data-show-when-values="other">
        <TextInput
          {...common}
          id="basisOther"
          label={say(locale, 'Cits pamats', 'Other basis')}
          hint={say(
            locale,
            'Tikai, ja izvēlējāties „Cits”: aprakstiet pamatu, piemēram, tiesas nolēmums',
            'Only if you chose ‘Other’: describe the basis, for example a court decision',
          )}
        />
      </div>
      <AttachedFiles locale={locale} files={props.files} form={removeForm} />
      <FormFieldInput locale={locale} field={PROOF_FIELD} values={values} errors={errors} />
    </StepPage>
  );
}
