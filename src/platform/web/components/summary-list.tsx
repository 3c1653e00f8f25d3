import type { ComponentChildren } from 'preact';

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
}

/** GOV.UK summary list: key–value pairs as a description list. Rows with an empty value are left out. */
export function SummaryList(props: {
  rows: (SummaryRow | false | '' | null | undefined)[];
  noBorder?: boolean;
  class?: string;
}) {
  const rows = props.rows.filter((r): r is SummaryRow => Boolean(r) && !isEmpty((r as SummaryRow).value));
  if (rows.length === 0) return null;
  const classes = ['govuk-summary-list', props.noBorder && 'govuk-summary-list--no-border', props.class]
    .filter(Boolean)
    .join(' ');
  return (
    <dl class={classes}>
      {rows.map((row) => (
        <div class="govuk-summary-list__row" key={row.key}>
          <dt class="govuk-summary-list__key">{row.key}</dt>
          <dd class="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function isEmpty(value: ComponentChildren): boolean {
  return value === null || value === undefined || value === false || value === '';
}
