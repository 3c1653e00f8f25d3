import type { ComponentChildren } from 'preact';
import { formatDate, type Locale, pick } from '../../../../platform/i18n';
import { SummaryList } from '../../../../platform/web/components/summary-list';
import { msg } from '../../messages';
import type { ChangedField, FieldChange } from '../../service';
import type { VersionRow } from '../../store';
import { type CentreRef, channelsText, feeText, listText, timeText } from '../format';

export interface Upcoming {
  version: VersionRow;
  changes: FieldChange[];
}

/** The anchor of the section; the banner at the top of the page links to it. */
export const UPCOMING_ID = 'kas-mainisies';

/** A notice at the top of the page: the description changes from a date, with a link to what changes. */
export function UpcomingBanner(props: { upcoming: Upcoming; locale: Locale }) {
  const { upcoming, locale } = props;
  const date = formatDate(upcoming.version.validFrom!, locale);
  return (
    <div class="govuk-inset-text pietura-upcoming-banner">
      {msg(locale, 'upcoming.banner', { date })}{' '}
      <a class="govuk-link" href={`#${UPCOMING_ID}`}>
        {msg(locale, 'upcoming.link')}
      </a>
    </div>
  );
}

/** „Kas mainīsies no 01.01.2027.”: each public field the next version changes, now and then. */
export function UpcomingSection(props: {
  upcoming: Upcoming;
  centres: CentreRef[];
  locale: Locale;
  until: string | null;
}) {
  const { upcoming, centres, locale } = props;
  const from = upcoming.version.validFrom!;
  const date = formatDate(from, locale);
  const until = formatDate(props.until ?? dayBefore(from), locale);
  return (
    <section class="pietura-section" id={UPCOMING_ID} aria-labelledby={`${UPCOMING_ID}-title`}>
      <h2 class="govuk-heading-m" id={`${UPCOMING_ID}-title`}>
        {msg(locale, 'upcoming.title', { date })}
      </h2>
      {upcoming.changes.length === 0 ? (
        <p class="govuk-body">{msg(locale, 'upcoming.none')}</p>
      ) : (
        <>
          <p class="govuk-body">{msg(locale, 'upcoming.lead', { date, until })}</p>
          {upcoming.changes.map((c) => (
            <div key={c.field}>
              <h3 class="govuk-heading-s">{msg(locale, `changed.${c.field}`)}</h3>
              <SummaryList
                rows={[
                  { key: msg(locale, 'upcoming.now'), value: fieldValue(c.before, c.field, centres, locale) },
                  {
                    key: msg(locale, 'upcoming.from', { date }),
                    value: fieldValue(c.after, c.field, centres, locale),
                  },
                ]}
              />
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function fieldValue(
  v: VersionRow,
  field: ChangedField,
  centres: CentreRef[],
  locale: Locale,
): ComponentChildren {
  const none = msg(locale, 'changed.none');
  switch (field) {
    case 'name':
    case 'description':
    case 'whoMayApply':
    case 'result':
    case 'contact':
      return pick(v[field], locale) || none;
    case 'requiredDocuments':
      return list(
        v.requiredDocuments.map((d) => pick(d.name, locale)),
        none,
      );
    case 'legalBasis':
      return list(
        v.legalBasis.map((r) => pick(r.title, locale)),
        none,
      );
    case 'fee':
      return (
        <>
          {feeText(v, locale)}
          {v.feeNote && <p class="govuk-body-s pietura-fact-note">{pick(v.feeNote, locale)}</p>}
        </>
      );
    case 'processingTime':
      return timeText(v.processingTime, v.processingTimeUnit, locale);
    case 'applyChannels':
    case 'receiveChannels':
      return channelsText(v[field], locale) || none;
    case 'centres':
      if (v.centres.length === 0) return msg(locale, 'where.everyCentre');
      // Names, never codes; a code no centre has any more is left out.
      return listText(
        centres.filter((c) => v.centres.includes(c.code)).map((c) => pick(c.name, locale)),
        locale,
      );
    case 'onTheSpot':
      return msg(locale, v.onTheSpot ? 'yes' : 'no');
  }
}

function list(items: string[], none: string): ComponentChildren {
  if (items.length === 0) return none;
  return (
    <ul class="govuk-list govuk-list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
