import type { Locale } from '../../../platform/i18n';
import { Tag, type TagColour } from '../../../platform/web/components/tag';
import { text } from '../messages';
import type { VersionState } from '../service';

export type ShownState = VersionState | 'serviceWithdrawn' | 'withdrawalScheduled';

const COLOURS: Record<ShownState, TagColour> = {
  draft: 'grey',
  review: 'yellow',
  scheduled: 'turquoise',
  inForce: 'green',
  superseded: 'default',
  withdrawn: 'purple',
  serviceWithdrawn: 'purple',
  withdrawalScheduled: 'purple',
};

/** The state of a version in words (the colour only repeats what the words say). */
export function StatusTag(props: { locale: Locale; state: ShownState }) {
  return <Tag colour={COLOURS[props.state]}>{text(props.locale, `status.${props.state}`)}</Tag>;
}
