import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { defineMessages, type Locale, t } from '../../../platform/i18n';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';

export const synonymText = defineMessages({
  title: { lv: 'Meklēšanas saistītie termini', en: 'Related search terms' },
  lead: {
    lv: 'Ja iedzīvotāja meklējumā ir termins, meklē arī katru saistīto frāzi, un rāda tikai pakalpojumus, kuru nosaukumā ir kāds no meklētajiem vārdiem. Frāzes atdaliet ar semikolu „;”, svarīgāko pirmo.',
    en: 'When a resident’s search holds a term, each related phrase is searched too, and only services with a searched word in their name are shown. Separate the phrases with a semicolon ‘;’, the most important first.',
  },
  term: { lv: 'Termins', en: 'Term' },
  termHint: { lv: 'Piemēram: sociālais pabalsts', en: 'For example: social benefit' },
  related: { lv: 'Saistītās frāzes', en: 'Related phrases' },
  relatedHint: {
    lv: 'Piemēram: garantētais minimālais ienākums; mājokļa pabalsts',
    en: 'For example: guaranteed minimum income; housing benefit',
  },
  add: { lv: 'Pievienot terminu', en: 'Add the term' },
  delete: { lv: 'Dzēst', en: 'Delete' },
  deleteLabel: { lv: 'Dzēst terminu „{term}”', en: 'Delete the term ‘{term}’' },
  none: { lv: 'Saistīto terminu vēl nav.', en: 'There are no related terms yet.' },
  caption: { lv: 'Saistītie termini', en: 'Related terms' },
  actions: { lv: 'Darbības', en: 'Actions' },
  'term.required': { lv: 'Aizpildiet lauku „Termins”', en: 'Enter the term' },
  'term.long': {
    lv: 'Laukā „Termins” var būt ne vairāk kā 100 rakstzīmju',
    en: 'The term must be 100 characters or fewer',
  },
  'related.required': { lv: 'Aizpildiet lauku „Saistītās frāzes”', en: 'Enter the related phrases' },
  'related.long': {
    lv: 'Laukā „Saistītās frāzes” var būt ne vairāk kā 1000 rakstzīmju',
    en: 'The related phrases must be 1000 characters or fewer',
  },
  'term.duplicate': {
    lv: 'Termins „{term}” jau ir sarakstā; labojiet vai dzēsiet esošo',
    en: 'The term ‘{term}’ is already listed; change or delete the one there',
  },
});
export type SynonymMessage = Parameters<typeof synonymText>[1];

export interface SynonymFormError {
  field: 'term' | 'related';
  text: string;
}

/** The editors' page for related search terms: the list, each with a delete button, and a form to add one. */
export function SynonymsPage(props: {
  site: StaffSiteContext;
  action: string;
  deleteAction: (id: number) => string;
  synonyms: { id: number; term: string; related: string }[];
  values: { term: string; related: string };
  errors: SynonymFormError[];
}) {
  const { site, errors, values } = props;
  const locale: Locale = site.locale;
  const m = (key: SynonymMessage, params?: Record<string, string>) => synonymText(locale, key, params);
  const errorOf = (field: SynonymFormError['field']) => errors.find((e) => e.field === field)?.text;
  const title = m('title');
  return (
    <StaffLayout site={site} title={errors.length > 0 ? `${t(locale, 'error.summary')}: ${title}` : title}>
      {errors.length > 0 && (
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">{t(locale, 'error.summary')}</h2>
            <div class="govuk-error-summary__body">
              <ul class="govuk-list govuk-error-summary__list">
                {errors.map((e) => (
                  <li key={e.field}>
                    <a href={`#${e.field}`}>{e.text}</a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{m('lead')}</p>
      {props.synonyms.length === 0 ? (
        <p class="govuk-body">{m('none')}</p>
      ) : (
        <section class="pietura-table-scroll" aria-labelledby="synonyms-caption" tabindex={0}>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m" id="synonyms-caption">
              {m('caption')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {m('term')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {m('related')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {m('actions')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {props.synonyms.map((s) => (
                <tr class="govuk-table__row" key={s.id}>
                  <th scope="row" class="govuk-table__header">
                    {s.term}
                  </th>
                  <td class="govuk-table__cell">{s.related}</td>
                  <td class="govuk-table__cell">
                    <form method="post" action={props.deleteAction(s.id)}>
                      <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
                      <button
                        type="submit"
                        class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                        data-module="govuk-button"
                        aria-label={m('deleteLabel', { term: s.term })}
                      >
                        {m('delete')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <form method="post" action={props.action} novalidate>
        <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
        <div class={`govuk-form-group${errorOf('term') ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for="term">
            {m('term')}
          </label>
          <div class="govuk-hint" id="term-hint">
            {m('termHint')}
          </div>
          {errorOf('term') && (
            <p class="govuk-error-message" id="term-error">
              <span class="govuk-visually-hidden">{locale === 'lv' ? 'Kļūda:' : 'Error:'}</span>{' '}
              {errorOf('term')}
            </p>
          )}
          <input
            class={`govuk-input govuk-input--width-30${errorOf('term') ? ' govuk-input--error' : ''}`}
            id="term"
            name="term"
            type="text"
            value={values.term}
            aria-describedby={errorOf('term') ? 'term-hint term-error' : 'term-hint'}
          />
        </div>
        <div class={`govuk-form-group${errorOf('related') ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for="related">
            {m('related')}
          </label>
          <div class="govuk-hint" id="related-hint">
            {m('relatedHint')}
          </div>
          {errorOf('related') && (
            <p class="govuk-error-message" id="related-error">
              <span class="govuk-visually-hidden">{locale === 'lv' ? 'Kļūda:' : 'Error:'}</span>{' '}
              {errorOf('related')}
            </p>
          )}
          <textarea
            class={`govuk-textarea${errorOf('related') ? ' govuk-textarea--error' : ''}`}
            id="related"
            name="related"
            rows={3}
            aria-describedby={errorOf('related') ? 'related-hint related-error' : 'related-hint'}
          >
            {values.related}
          </textarea>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {m('add')}
        </button>
      </form>
    </StaffLayout>
  );
}
