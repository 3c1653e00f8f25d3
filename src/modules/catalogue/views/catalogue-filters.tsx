import { CHANNELS, ORGANISATION_KINDS } from '../../../db/schema';
import { type Locale, pick } from '../../../platform/i18n';
import { CheckboxFilter } from '../../../platform/web/components/checkboxes';
import { Select } from '../../../platform/web/components/select';
import { href } from '../../../platform/web/paths';
import { renderOnce } from '../../../platform/web/render';
import { capitalise, channelName, msg } from '../messages';
import type { CatalogueFilter } from '../schema';
import type { FilterChoices } from '../service';
import { hasFilters } from './catalogue-href';

export type { FilterChoices };

type Selection = Pick<CatalogueFilter, 'category' | 'unit' | 'centre' | 'channel' | 'eservice' | 'onTheSpot'>;

/**
 * The filter panel: plain selects and checkboxes inside the catalogue's GET form, so it works without JS.
 * With nothing selected (a search, the whole catalogue) it depends only on the choices (one object
 * per catalogue revision and language, service.filterChoices) and whether there is anything to
 * clear: rendered once for them.
 */
export function CatalogueFilters(props: { locale: Locale; filter: CatalogueFilter; choices: FilterChoices }) {
  const { locale, filter, choices } = props;
  const { category, unit, centre, channel, eservice, onTheSpot } = filter;
  const selection: Selection = { category, unit, centre, channel, eservice, onTheSpot };
  const canClear = hasFilters(filter);
  if (category || unit || centre || channel || eservice || onTheSpot) {
    return (
      <div class="pietura-filters pietura-no-print">
        <FilterFields locale={locale} selected={selection} canClear={canClear} choices={choices} />
      </div>
    );
  }
  const html = renderOnce(choices, canClear ? 'filters/clearable' : 'filters', () => (
    <FilterFields locale={locale} selected={{}} canClear={canClear} choices={choices} />
  ));
  return <div class="pietura-filters pietura-no-print" dangerouslySetInnerHTML={{ __html: html }} />;
}

function FilterFields(props: {
  locale: Locale;
  selected: Selection;
  canClear: boolean;
  choices: FilterChoices;
}) {
  const { locale, selected: filter, choices } = props;
  return (
    <>
      <h2 class="govuk-heading-m">{msg(locale, 'filter.heading')}</h2>
      <Select
        locale={locale}
        full
        id="filter-category"
        name="category"
        label={msg(locale, 'filter.category')}
        emptyLabel={msg(locale, 'filter.category.any')}
        value={filter.category}
        options={choices.categories.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
      />
      <Select
        locale={locale}
        full
        id="filter-unit"
        name="unit"
        label={msg(locale, 'filter.unit')}
        emptyLabel={msg(locale, 'filter.unit.any')}
        value={filter.unit}
        groups={ORGANISATION_KINDS.map((kind) => ({
          label: msg(locale, `unit.${kind}`),
          options: choices.units
            .filter((u) => u.kind === kind)
            .map((u) => ({ value: u.code, label: pick(u.name, locale) })),
        }))}
      />
      <Select
        locale={locale}
        full
        id="filter-centre"
        name="centre"
        label={msg(locale, 'filter.centre')}
        emptyLabel={msg(locale, 'filter.centre.any')}
        value={filter.centre}
        options={choices.centres.map((c) => ({ value: c.code, label: pick(c.name, locale) }))}
      />
      <Select
        locale={locale}
        full
        id="filter-channel"
        name="channel"
        label={msg(locale, 'filter.channel')}
        emptyLabel={msg(locale, 'filter.channel.any')}
        value={filter.channel}
        options={CHANNELS.map((c) => ({ value: c, label: capitalise(channelName(locale, c)) }))}
      />
      <CheckboxFilter
        idPrefix="filter"
        legend={msg(locale, 'filter.options')}
        items={[
          {
            name: 'eservice',
            value: '1',
            label: msg(locale, 'filter.eservice'),
            checked: Boolean(filter.eservice),
          },
          {
            name: 'onTheSpot',
            value: '1',
            label: msg(locale, 'filter.onTheSpot'),
            checked: Boolean(filter.onTheSpot),
          },
        ]}
      />
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {msg(locale, 'filter.apply')}
      </button>
      {props.canClear && (
        <p class="govuk-body">
          <a class="govuk-link" href={href(locale, 'services')}>
            {msg(locale, 'filter.clear')}
          </a>
        </p>
      )}
    </>
  );
}
