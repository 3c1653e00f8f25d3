import type { ComponentChildren } from 'preact';
import { hostOf } from './format';

/** A link to another website says where it goes: "Likums par … (likumi.lv)". */
export function ExternalLink(props: { href: string; children: ComponentChildren }) {
  return (
    <a class="govuk-link" href={props.href} rel="noopener">
      {props.children} <span class="pietura-link-host">({hostOf(props.href)})</span>
    </a>
  );
}
