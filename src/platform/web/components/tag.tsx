import type { ComponentChildren } from 'preact';

export type TagColour =
  | 'default'
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'yellow';

/** GOV.UK tag; its colour pairs meet WCAG AA contrast. */
export function Tag(props: { colour?: TagColour; children: ComponentChildren }) {
  const colour = props.colour && props.colour !== 'default' ? ` govuk-tag--${props.colour}` : '';
  return <strong class={`govuk-tag${colour}`}>{props.children}</strong>;
}
