import type { ApiKeyListItem } from '../../../platform/auth/api-keys';
import { staffHref } from '../../../platform/auth/paths';
import { defineMessages, formatDate, type Locale } from '../../../platform/i18n';
import { CsrfInput, ErrorSummary, SuccessBanner, TextInput } from '../../../platform/web/components/form';
import type { FormValues, ShownErrors } from '../../../platform/web/form-values';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';

export const apiKeyText = defineMessages({
  title: { lv: 'API atslēgas', en: 'API keys' },
  intro: {
    lv: 'Citas sistēmas (Open311 lietotnes, CPSV-AP publicētāji) piesakās ar API atslēgu. Katrs ar atslēgu izdarītais ieraksts audita žurnālā nosauc atslēgu. Atslēgu rāda tikai vienreiz, kad tā izveidota; glabā tikai tās nospiedumu.',
    en: 'Other systems (Open311 apps, CPSV-AP publishers) identify themselves with an API key. Every write made with a key names it in the audit trail. A key is shown only once, when it is created; only its fingerprint is stored.',
  },
  none: { lv: 'Vēl nav nevienas API atslēgas.', en: 'There are no API keys yet.' },
  name: { lv: 'Nosaukums', en: 'Name' },
  prefix: { lv: 'Sākums', en: 'Begins with' },
  created: { lv: 'Izveidota', en: 'Created' },
  lastUsed: { lv: 'Pēdējoreiz lietota', en: 'Last used' },
  state: { lv: 'Stāvoklis', en: 'State' },
  active: { lv: 'Derīga', en: 'Active' },
  revokedOn: { lv: 'Atsaukta {date}', en: 'Revoked on {date}' },
  never: { lv: 'Nav lietota', en: 'Never' },
  revoke: { lv: 'Atsaukt', en: 'Revoke' },
  revokeKey: { lv: 'Atsaukt atslēgu „{name}”', en: 'Revoke the key ‘{name}’' },
  newTitle: { lv: 'Jauna atslēga', en: 'New key' },
  nameHint: {
    lv: 'Kas to lietos, piemēram, „Mobilā lietotne”',
    en: 'Who will use it, for example ‘Mobile app’',
  },
  create: { lv: 'Izveidot atslēgu', en: 'Create key' },
  createdTitle: { lv: 'Atslēga izveidota', en: 'Key created' },
  createdBody: {
    lv: 'Nokopējiet atslēgu tagad un nododiet to drošā veidā. To vairs neparādīs: ja tā pazūd, atsauciet to un izveidojiet jaunu.',
    en: 'Copy the key now and hand it over securely. It will not be shown again: if it is lost, revoke it and create a new one.',
  },
  keyFor: { lv: 'Atslēga „{name}”', en: 'Key ‘{name}’' },
  revokedDone: { lv: 'Atslēga atsaukta.', en: 'The key was revoked.' },
  name_required: { lv: 'Ievadiet atslēgas nosaukumu', en: 'Enter a name for the key' },
  name_too_long: {
    lv: 'Nosaukumam jābūt ne garākam par 100 rakstzīmēm',
    en: 'The name must be 100 characters or fewer',
  },
  limit_invalid: { lv: 'Nederīgs pieprasījumu ierobežojums', en: 'The rate limit is not valid' },
  confirmTitle: { lv: 'Atsaukt API atslēgu?', en: 'Revoke the API key?' },
  confirmWho: { lv: 'Atslēga „{name}”, sākas ar {prefix}.', en: 'The key ‘{name}’, beginning {prefix}.' },
  confirmEffect: {
    lv: 'Sistēma, kas to lieto, vairs nevarēs iesniegt pieprasījumus: nākamo atbildēs ar 403. Atsaukumu nevar atcelt; vajadzības gadījumā izveidojiet jaunu atslēgu.',
    en: 'The system using it will no longer be able to file requests: the next one is answered with 403. This cannot be undone; create a new key if needed.',
  },
  confirm: { lv: 'Jā, atsaukt', en: 'Yes, revoke' },
  cancel: { lv: 'Atcelt', en: 'Cancel' },
});

type Key = Parameters<typeof apiKeyText>[1];

export function apiKeyRevokeHref(locale: Locale, id: number): string {
  return staffHref(locale, 'apiKeys', id, locale === 'lv' ? 'atsaukt' : 'revoke');
}

function when(d: Date | null, locale: Locale, none: string): string {
  return d ? formatDate(d, locale) : none;
}

export function ApiKeysPage(props: {
  site: StaffSiteContext;
  keys: ApiKeyListItem[];
  form: { values: FormValues; errors: ShownErrors };
  created?: { name: string; key: string };
  done?: string;
}) {
  const { site, keys, form } = props;
  const { locale } = site;
  const text = (k: Key, p?: Record<string, string | number>) => apiKeyText(locale, k, p);
  return (
    <StaffLayout
      site={site}
      title={text('title')}
      current="apiKeys"
      crumbs={[{ text: locale === 'lv' ? 'Darbvirsma' : 'Dashboard', href: staffHref(locale, 'dashboard') }]}
    >
      <SuccessBanner locale={locale} message={props.done} />
      <ErrorSummary locale={locale} errors={form.errors} />
      <h1 class="govuk-heading-l">{text('title')}</h1>
      {props.created && (
        <div class="govuk-panel govuk-panel--confirmation" id="new-key">
          <h2 class="govuk-panel__title">{text('createdTitle')}</h2>
          <div class="govuk-panel__body">
            {text('keyFor', { name: props.created.name })}
            <br />
            <code lang="en" class="pietura-api-key">
              {props.created.key}
            </code>
          </div>
        </div>
      )}
      {props.created && <p class="govuk-body govuk-!-font-weight-bold">{text('createdBody')}</p>}
      <p class="govuk-body">{text('intro')}</p>
      {keys.length === 0 ? (
        <p class="govuk-body">{text('none')}</p>
      ) : (
        <div class="pietura-table-scroll">
          <table class="govuk-table" id="api-keys">
            <caption class="govuk-table__caption govuk-visually-hidden">{text('title')}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                {(['name', 'prefix', 'created', 'lastUsed', 'state'] as const).map((k) => (
                  <th scope="col" class="govuk-table__header" key={k}>
                    {text(k)}
                  </th>
                ))}
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">{text('revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {keys.map((k) => (
                <tr class="govuk-table__row" key={k.id}>
                  <td class="govuk-table__cell">{k.name}</td>
                  <td class="govuk-table__cell">
                    <code>{k.prefix}…</code>
                  </td>
                  <td class="govuk-table__cell">
                    {formatDate(k.createdAt, locale)}
                    {k.createdByName ? ` (${k.createdByName})` : ''}
                  </td>
                  <td class="govuk-table__cell">{when(k.lastUsedAt, locale, text('never'))}</td>
                  <td class="govuk-table__cell">
                    {k.revokedAt
                      ? text('revokedOn', { date: formatDate(k.revokedAt, locale) })
                      : text('active')}
                  </td>
                  <td class="govuk-table__cell">
                    {!k.revokedAt && (
                      <a class="govuk-link" href={apiKeyRevokeHref(locale, k.id)}>
                        {text('revoke')}
                        <span class="govuk-visually-hidden"> {k.name}</span>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-heading" class="govuk-!-margin-top-6">
        <h2 class="govuk-heading-m" id="new-heading">
          {text('newTitle')}
        </h2>
        <form method="post" action={staffHref(locale, 'apiKeys')} novalidate>
          <CsrfInput token={site.csrfToken} />
          <TextInput
            locale={locale}
            id="name"
            label={text('name')}
            hint={text('nameHint')}
            values={form.values}
            errors={form.errors}
            width={20}
            bold
          />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            {text('create')}
          </button>
        </form>
      </section>
    </StaffLayout>
  );
}

export function RevokeApiKeyPage(props: { site: StaffSiteContext; apiKey: ApiKeyListItem }) {
  const { site, apiKey } = props;
  const { locale } = site;
  const text = (k: Key, p?: Record<string, string | number>) => apiKeyText(locale, k, p);
  return (
    <StaffLayout
      site={site}
      title={text('confirmTitle')}
      current="apiKeys"
      crumbs={[
        { text: locale === 'lv' ? 'Darbvirsma' : 'Dashboard', href: staffHref(locale, 'dashboard') },
        { text: text('title'), href: staffHref(locale, 'apiKeys') },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{text('confirmTitle')}</h1>
          <p class="govuk-body-l">{text('confirmWho', { name: apiKey.name, prefix: `${apiKey.prefix}…` })}</p>
          <p class="govuk-body">{text('confirmEffect')}</p>
          <form method="post" action={apiKeyRevokeHref(locale, apiKey.id)}>
            <CsrfInput token={site.csrfToken} />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
                {text('confirm')}
              </button>
              <a class="govuk-link" href={staffHref(locale, 'apiKeys')}>
                {text('cancel')}
              </a>
            </div>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
