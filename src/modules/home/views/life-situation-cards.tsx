import type { Bilingual } from '../../../db/schema';
import { type Locale, pick } from '../../../platform/i18n';
import { href } from '../../../platform/web/paths';

/** Life situations as a grid of cards, each linking its guide. */
export function LifeSituationCards(props: {
  locale: Locale;
  lifeSituations: { code: string; title: Bilingual; summary: Bilingual }[];
}) {
  const { locale } = props;
  return (
    <ul class="pietura-cards">
      {props.lifeSituations.map((ls) => (
        <li class="pietura-cards__card" key={ls.code}>
          <h3 class="govuk-heading-s">
            <a class="govuk-link" href={href(locale, 'lifeSituations', ls.code)}>
              {pick(ls.title, locale)}
            </a>
          </h3>
          <p class="govuk-body-s">{pick(ls.summary, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
