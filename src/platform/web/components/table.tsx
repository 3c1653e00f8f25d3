import type { ComponentChildren } from 'preact';

export interface TableHeader {
  text: ComponentChildren;
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  cells: ComponentChildren[];
  class?: string;
}

/**
 * GOV.UK table inside a box that scrolls sideways on a narrow screen, so a wide table never widens
 * the page. The box is a named, focusable region, so a keyboard user can scroll it too.
 */
export function Table(props: {
  /** Names the scrolling region for screen readers; the caption when it is plain text. */
  label: string;
  id?: string;
  caption?: ComponentChildren;
  captionSize?: 's' | 'm' | 'l';
  head?: (ComponentChildren | TableHeader)[];
  rows: TableRow[];
  /** Shown in one cell when there are no rows. */
  empty?: ComponentChildren;
  firstCellIsHeader?: boolean;
}) {
  const headers = (props.head ?? []).map((h) =>
    h !== null && typeof h === 'object' && 'text' in (h as object)
      ? (h as TableHeader)
      : { text: h as ComponentChildren },
  );
  return (
    <section class="pietura-table-scroll" aria-label={props.label} tabindex={0}>
      <table class="govuk-table" id={props.id}>
        {props.caption && (
          <caption class={`govuk-table__caption govuk-table__caption--${props.captionSize ?? 's'}`}>
            {props.caption}
          </caption>
        )}
        {headers.length > 0 && props.rows.length > 0 && (
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {headers.map((h, i) => (
                <th
                  key={i}
                  scope="col"
                  class={`govuk-table__header${h.numeric ? ' govuk-table__header--numeric' : ''}`}
                >
                  {h.text}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody class="govuk-table__body">
          {props.rows.length === 0 && props.empty !== undefined && (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell" colSpan={Math.max(headers.length, 1)}>
                {props.empty}
              </td>
            </tr>
          )}
          {props.rows.map((row) => (
            <tr class={`govuk-table__row${row.class ? ` ${row.class}` : ''}`} key={row.key}>
              {row.cells.map((cell, i) => {
                const numeric = headers[i]?.numeric ? ' govuk-table__cell--numeric' : '';
                return i === 0 && props.firstCellIsHeader ? (
                  <th key={i} scope="row" class="govuk-table__header">
                    {cell}
                  </th>
                ) : (
                  <td key={i} class={`govuk-table__cell${numeric}`}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
