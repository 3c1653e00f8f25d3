import { CHANNELS, ORGANISATION_KINDS } from '../../../db/schema';
import { type Locale, pick } from '../../../platform/i18n';
import { CheckboxFilter } from '../../../platform/web/components/checkboxes';
import { Select } from '../../../platform/web/components/select';
import { href } from '../../../platform/web/paths';
import { capitalise, channelName, msg } from '../messages';
import type { CatalogueFilter } from '../schema';
import type { CategoryRow, OrganisationRow } from '../store';
import { hasFilters } from './catalogue-href';
import type { CentreRef } from './format';

export interface FilterChoices {
  categories: CategoryRow[];
  units: OrganisationRow[];
  centres: CentreRef[];
}

/** The filter panel: plain selects and checkboxes inside the catalogue's GET form, so it works without JS. */
export function CatalogueFilters(props: { locale: Locale; filter: CatalogueFilter; choices: FilterChoices }) {
  const { locale, filter, choices } = props;
  return (
    <div class="pietura-filters pietura-no-print">
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
      {hasFilters(filter) && (
        <p class="govuk-body">
          <a class="govuk-link" href={href(locale, 'services')}>
            {msg(locale, 'filter.clear')}
          </a>
        </p>
      )}
    </div>
  );
}
