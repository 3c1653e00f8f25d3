import type { Bilingual } from '../../../db/schema';
import { formatDate, type Locale, pick } from '../../../platform/i18n';
import type { StagedFile } from '../../../platform/uploads/service';
import type { FormValues } from '../../../platform/web/form-values';
import { ACTION, DECISION, fieldLabel, label } from '../messages';
import { actHref } from '../paths';
import type { ActionType, CaseView } from '../types';
import {
  CsrfInput,
  FileField,
  Radios,
  SelectField,
  type ShownErrors,
  say,
  Textarea,
  TextInput,
} from './fields';
import { StagedList } from './intake-page';

export interface ActionFormState {
  /** The action whose form came back with errors (its typed values and errors are shown). */
  action?: ActionType;
  values: FormValues;
  errors: ShownErrors;
  /** Files chosen before the form came back, kept (staged) so that they need not be chosen again. */
  staged?: StagedFile[];
}

/** Every next allowed action as a small form carrying the row version the user saw. */
export function ActionForms(props: {
  locale: Locale;
  csrfToken: string;
  c: CaseView;
  units: { code: string; name: Bilingual }[];
  centres: { code: string; name: Bilingual }[];
  state?: ActionFormState;
}) {
  const { locale, c, state } = props;
  // A form refused as stale stays on the page with what was typed, even if the action is no longer possible.
  const shown =
    state?.action && !c.allowedActions.includes(state.action)
      ? [state.action, ...c.allowedActions]
      : c.allowedActions;
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="actions-title" class="pietura-no-print">
      <h2 class="govuk-heading-m" id="actions-title">
        {say(locale, 'Nākamās darbības', 'Next actions')}
      </h2>
      {shown.map((action) => {
        const mine = state?.action === action;
        const values = mine ? state.values : {};
        const errors = mine ? state.errors : new Map<string, string>();
        const staged = mine ? (state.staged ?? []) : [];
        return (
          <details class="govuk-details" key={action} open={mine} id={`action-${action}`}>
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">{label(ACTION, action, locale)}</span>
            </summary>
            <div class="govuk-details__text">
              <form
                method="post"
                action={actHref(locale, c.id)}
                encType={HAS_FILE.has(action) ? 'multipart/form-data' : undefined}
                novalidate
              >
                <CsrfInput token={props.csrfToken} />
                <input type="hidden" name="action" value={action} />
                <input type="hidden" name="rowVersion" value={String(c.rowVersion)} />
                <ActionFields {...props} action={action} values={values} errors={errors} staged={staged} />
                <button type="submit" class="govuk-button" data-module="govuk-button">
                  {label(ACTION, action, locale)}
                </button>
              </form>
            </div>
          </details>
        );
      })}
    </section>
  );
}

const HAS_FILE = new Set<ActionType>(['forward', 'request_info', 'info_received', 'decide']);

function ActionFields(props: {
  locale: Locale;
  c: CaseView;
  units: { code: string; name: Bilingual }[];
  centres: { code: string; name: Bilingual }[];
  action: ActionType;
  values: FormValues;
  errors: ShownErrors;
  staged: StagedFile[];
}) {
  const { locale, action, values, errors, c } = props;
  // Every input is named {action}-{field}: ids stay unique on a page with many forms.
  const id = (name: string) => `${action}-${name}`;
  const v = values;
  const e = errors;
  const reason = (
    <Textarea
      locale={locale}
      id={id('reason')}
      rows={3}
      label={fieldLabel(locale, 'reason')}
      values={v}
      errors={e}
    />
  );
  const file = (name: string, labelText: string, multiple = false) => (
    <FileField locale={locale} id={id(name)} label={labelText} errors={e} multiple={multiple}>
      {props.staged.length > 0 && <StagedList locale={locale} staged={props.staged} input={id(name)} />}
    </FileField>
  );
  switch (action) {
    case 'assign':
      return (
        <SelectField
          locale={locale}
          id={id('assigneeId')}
          label={fieldLabel(locale, 'assigneeId')}
          values={v}
          errors={e}
          items={c.assignable.map((a) => ({ value: String(a.id), label: a.name }))}
        />
      );
    case 'reroute':
      return (
        <>
          <SelectField
            locale={locale}
            id={id('unitCode')}
            label={fieldLabel(locale, 'unitCode')}
            values={v}
            errors={e}
            items={props.units
              .filter((u) => u.code !== c.unit.code)
              .map((u) => ({ value: u.code, label: pick(u.name, locale) }))}
          />
          {reason}
        </>
      );
    case 'forward':
      return (
        <>
          {c.forwardBy && (
            <p class="govuk-body">
              {say(
                locale,
                `Iesniegumu, kas nav pašvaldības kompetencē, pārsūta līdz ${formatDate(c.forwardBy, locale)} (5 darbdienas no saņemšanas) un par to informē iesniedzēju.`,
                `An application outside the municipality’s competence is forwarded by ${formatDate(c.forwardBy, locale)} (5 working days from receipt), and the applicant told.`,
              )}
            </p>
          )}
          <TextInput
            locale={locale}
            id={id('institution')}
            label={fieldLabel(locale, 'institution')}
            values={v}
            errors={e}
          />
          {reason}
          {file('letter', say(locale, 'Pavadvēstule (nav obligāta)', 'Covering letter (optional)'))}
        </>
      );
    case 'request_info':
      return (
        <>
          <Textarea
            rows={3}
            locale={locale}
            id={id('message')}
            label={fieldLabel(locale, 'message')}
            values={v}
            errors={e}
          />
          {file('letter', say(locale, 'Vēstule (nav obligāta)', 'Letter (optional)'))}
        </>
      );
    case 'info_received':
      return (
        <>
          <Textarea
            rows={3}
            locale={locale}
            id={id('note')}
            label={fieldLabel(locale, 'note')}
            values={v}
            errors={e}
          />
          {file(
            'documents',
            say(locale, 'Saņemtie dokumenti (nav obligāti)', 'Documents received (optional)'),
            true,
          )}
        </>
      );
    case 'suspend':
    case 'extend':
      return (
        <>
          {reason}
          <TextInput
            locale={locale}
            id={id('newDueOn')}
            label={fieldLabel(locale, 'newDueOn')}
            values={v}
            errors={e}
            hint={say(
              locale,
              `Darba diena, piemēram, 30.12.2026.${c.maxDueOn ? `; ne vēlāk kā ${formatDate(c.maxDueOn, locale)}` : ''}`,
              `A working day, for example 30.12.2026${c.maxDueOn ? `; no later than ${formatDate(c.maxDueOn, locale)}` : ''}`,
            )}
          />
        </>
      );
    case 'decide':
      return (
        <>
          <Radios
            locale={locale}
            name={id('decision')}
            legend={fieldLabel(locale, 'decision')}
            small
            values={v}
            errors={e}
            items={(['granted', 'partly', 'refused'] as const).map((d) => ({
              value: d,
              label: label(DECISION, d, locale),
            }))}
          />
          <Textarea
            rows={3}
            locale={locale}
            id={id('summary')}
            label={say(locale, 'Lēmuma kopsavilkums', 'Summary of the decision')}
            values={v}
            errors={e}
          />
          {file('document', fieldLabel(locale, 'document'))}
        </>
      );
    case 'ready_for_issue':
      return (
        <SelectField
          locale={locale}
          id={id('centreCode')}
          label={fieldLabel(locale, 'deliveryCentre')}
          values={v}
          errors={e}
          emptyLabel={c.delivery.centre ? pick(c.delivery.centre.name, locale) : '—'}
          items={props.centres.map((x) => ({ value: x.code, label: pick(x.name, locale) }))}
        />
      );
    case 'issue':
      return (
        <>
          <Radios
            locale={locale}
            name={id('how')}
            legend={fieldLabel(locale, 'how')}
            small
            values={v}
            errors={e}
            items={[
              { value: 'in_person', label: say(locale, 'Klātienē centrā', 'In person at a centre') },
              { value: 'post', label: say(locale, 'Pa pastu', 'By post') },
              {
                value: 'electronic',
                label: say(
                  locale,
                  'Elektroniski (lejupielāde ar kodu)',
                  'Electronically (download with the code)',
                ),
              },
            ]}
          />
          <TextInput
            locale={locale}
            id={id('postedOn')}
            label={fieldLabel(locale, 'postedOn')}
            values={v}
            errors={e}
            hint={say(
              locale,
              'Tikai pa pastu; piemēram, 31.12.2026.',
              'By post only; for example 31.12.2026',
            )}
          />
          <Textarea
            rows={3}
            locale={locale}
            id={id('note')}
            label={fieldLabel(locale, 'note')}
            values={v}
            errors={e}
          />
        </>
      );
    case 'withdraw':
    case 'reject':
      return reason;
  }
}
