import { formatDate, type Locale } from '../../../platform/i18n';
import { Tag, type TagColour } from '../../../platform/web/components/tag';
import { DUE, label, STATUS } from '../messages';
import type { CaseStatus, DueState } from '../types';

const DUE_COLOUR: Record<DueState, TagColour | 'red'> = {
  ok: 'green',
  due_soon: 'yellow',
  overdue: 'red',
  paused: 'grey',
  closed: 'grey',
};

/** The deadline with its state in words (never colour alone). */
export function DueDate(props: { locale: Locale; dueOn: string; state: DueState }) {
  const { locale, state } = props;
  const colour = DUE_COLOUR[state];
  return (
    <span class="pietura-due">
      {formatDate(props.dueOn, locale)}{' '}
      {state !== 'ok' && state !== 'closed' && (
        <strong class={`govuk-tag govuk-tag--${colour}`}>{label(DUE, state, locale)}</strong>
      )}
    </span>
  );
}

const STATUS_COLOUR: Record<CaseStatus, TagColour> = {
  registered: 'blue',
  forwarded: 'purple',
  in_progress: 'light-blue',
  awaiting_applicant: 'yellow',
  decided: 'turquoise',
  ready_for_issue: 'green',
  issued: 'grey',
  rejected: 'grey',
  withdrawn: 'grey',
};

export function StatusTag(props: { locale: Locale; status: CaseStatus }) {
  return <Tag colour={STATUS_COLOUR[props.status]}>{label(STATUS, props.status, props.locale)}</Tag>;
}
