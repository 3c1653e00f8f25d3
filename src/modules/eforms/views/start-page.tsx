import * as catalogue from '../../catalogue/service';
import { filesAsked, fillingMinutes } from '../start-facts';
import { CsrfHidden, type JourneyContext, JourneyLayout, say } from './journey-layout';

/** The start page (GOV.UK): what you need, how long it takes, the fee, and "Start now". */
export function StartPage(props: { ctx: JourneyContext; action: string; startCsrf: string }) {
  const { ctx } = props;
  const { locale } = ctx.site;
  const v = ctx.journey.standard.version;
  const files = filesAsked(ctx.journey.definition, locale);
  const minutes = fillingMinutes(ctx.journey.definition);
  return (
    <JourneyLayout ctx={ctx} title={say(locale, 'Pieteikties tiešsaistē', 'Apply online')}>
      <h1 class="govuk-heading-xl">{say(locale, 'Pieteikties tiešsaistē', 'Apply online')}</h1>
      <p class="govuk-body-l">
        {say(
          locale,
          'Aizpildiet iesniegumu šeit: tas tiks reģistrēts tāpat kā pakalpojumu centrā, un jūs saņemsiet reģistrācijas numuru un piekļuves kodu.',
          'Fill in the application here: it is registered as it would be at a service centre, and you get a registration number and an access code.',
        )}
      </p>
      <h2 class="govuk-heading-m">{say(locale, 'Kas jums būs vajadzīgs', 'What you need')}</h2>
      <ul class="govuk-list govuk-list--bullet">
        <li>{say(locale, 'jūsu vārds, uzvārds un personas kods', 'your name and personal code')}</li>
        <li>{say(locale, 'e-pasta adrese vai tālruņa numurs', 'an email address or a phone number')}</li>
        <li>
          {say(
            locale,
            'ja piesakāties citas personas vārdā, arī tās vārds, uzvārds un personas kods un tas, uz kāda pamata jūs to pārstāvat (piemēram, pilnvara — tad arī tās kopija datnē)',
            'if you are applying for someone else, also their name and personal code, and on what basis you represent them (for example, a power of attorney — then also a copy of it as a file)',
          )}
        </li>
        {files.map((f, i) => (
          <li key={String(i)}>
            {f.label}
            {say(locale, ' (datnē, ko pievienot', ' (as a file to attach')}
            {f.optional ? say(locale, ', ja jums tāda ir', ', if you have one') : ''}
            {f.onlyIf ? `; ${f.onlyIf}` : ''})
          </li>
        ))}
      </ul>
      <h2 class="govuk-heading-m">{say(locale, 'Cik ilgi tas aizņem', 'How long it takes')}</h2>
      <p class="govuk-body">
        {say(
          locale,
          `Aizpildīšana aizņem aptuveni ${minutes} minūtes. `,
          `Filling it in takes about ${minutes} minutes. `,
        )}
        {say(locale, 'Atbildi sniegsim ', 'We answer ')}
        {catalogue.withinText(v.processingTime, v.processingTimeUnit, locale)}.
      </p>
      <h2 class="govuk-heading-m">{say(locale, 'Maksa', 'Fee')}</h2>
      <p class="govuk-body">{catalogue.feeText(v, locale)}</p>
      <form method="post" action={props.action} novalidate>
        <CsrfHidden token={props.startCsrf} />
        <button type="submit" class="govuk-button govuk-button--start" data-module="govuk-button">
          {say(locale, 'Sākt', 'Start now')}
          <svg
            class="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
      </form>
      <p class="govuk-body">
        {say(
          locale,
          'Atbildes tiek saglabātas pēc katras lapas. Ja sākāt agrāk un saglabājāt iesniegumu, atveriet saiti, ko nosūtījām jums e-pastā.',
          'Your answers are saved after every page. If you started before and saved the application, open the link we sent you by email.',
        )}
      </p>
    </JourneyLayout>
  );
}
