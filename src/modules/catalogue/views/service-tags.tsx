import type { Locale } from '../../../platform/i18n';
import { Tag } from '../../../platform/web/components/tag';
import { levelTag, msg } from '../messages';
import type { ServiceStandard } from '../service';

/** The badges of a service: e-service, done on the spot, one-stop level. */
export function ServiceTags(props: { standard: ServiceStandard; locale: Locale }) {
  const { standard, locale } = props;
  return (
    <ul class="pietura-tag-row" aria-label={msg(locale, 'tags.label')}>
      {standard.eserviceAvailable && (
        <li>
          <Tag colour="blue">{msg(locale, 'tag.eservice')}</Tag>
        </li>
      )}
      {standard.version.onTheSpot && (
        <li>
          <Tag colour="green">{msg(locale, 'tag.onTheSpot')}</Tag>
        </li>
      )}
      <li>
        <Tag colour={standard.oneStopLevel === 'full' ? 'turquoise' : 'grey'}>
          {levelTag(locale, standard.oneStopLevel)}
        </Tag>
      </li>
    </ul>
  );
}
