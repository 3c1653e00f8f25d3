import { defineMessages, type Locale } from '../../platform/i18n';
import { commonFieldError } from '../../platform/web/form-schema';

const ERRORS = {
  unitRequired: { lv: 'Izvēlieties struktūrvienību', en: 'Choose the unit' },
  target: {
    lv: 'Izvēlieties pakalpojumu vai ierakstiet jaunā standarta nosaukumu',
    en: 'Choose a service or enter the title of the new standard',
  },
  targetBoth: {
    lv: 'Izvēlieties pakalpojumu vai ierakstiet jaunu nosaukumu, ne abus',
    en: 'Choose a service or enter a new title, not both',
  },
  serviceUnit: {
    lv: 'Šis pakalpojums nav izvēlētās struktūrvienības pakalpojums',
    en: 'This service does not belong to the chosen unit',
  },
  serviceUnknown: { lv: 'Izvēlieties pakalpojumu no saraksta', en: 'Choose a service from the list' },
  kind: {
    lv: 'Izvēlieties, vai standarts jāuzraksta vai jāpārskata',
    en: 'Choose whether to write or review the standard',
  },
  responsible: { lv: 'Izvēlieties atbildīgo no saraksta', en: 'Choose the responsible person from the list' },
} satisfies Record<string, { lv: string; en: string }>;

const errorText = defineMessages(ERRORS);

export function planErrorMessage(locale: Locale, key: string): string {
  return Object.hasOwn(ERRORS, key)
    ? errorText(locale, key as keyof typeof ERRORS)
    : commonFieldError(locale, key);
}

export const text = defineMessages({
  'plan.title': { lv: 'Standartu izstrādes plāns', en: 'Standards drafting plan' },
  'plan.intro': {
    lv: 'Kuri pakalpojumu standarti katrai struktūrvienībai jāuzraksta vai jāpārskata un līdz kuram datumam.',
    en: 'Which service standards each unit must write or review, and by when.',
  },
  'plan.add': { lv: 'Pievienot uzdevumu', en: 'Add a task' },
  'plan.coverage': { lv: 'Standartu pārklājums', en: 'Standards coverage' },
  'plan.filter': { lv: 'Struktūrvienība', en: 'Unit' },
  'plan.allUnits': { lv: 'Visas struktūrvienības', en: 'All units' },
  'plan.apply': { lv: 'Atlasīt', en: 'Filter' },
  'plan.empty': { lv: 'Plānā nav uzdevumu.', en: 'The plan has no tasks.' },
  'plan.unit': { lv: 'Struktūrvienība', en: 'Unit' },
  'plan.standard': { lv: 'Standarts', en: 'Standard' },
  'plan.kind': { lv: 'Uzdevums', en: 'Task' },
  'plan.deadline': { lv: 'Termiņš', en: 'Deadline' },
  'plan.responsible': { lv: 'Atbildīgais', en: 'Responsible' },
  'plan.status': { lv: 'Statuss', en: 'Status' },
  'plan.note': { lv: 'Piezīme', en: 'Note' },
  'plan.edit': { lv: 'Labot', en: 'Edit' },
  'plan.newStandard': { lv: 'jauns standarts', en: 'new standard' },
  'kind.write': { lv: 'Uzrakstīt', en: 'Write' },
  'kind.review': { lv: 'Pārskatīt', en: 'Review' },
  'status.done': { lv: 'Izpildīts', en: 'Done' },
  'status.open': { lv: 'Darbā', en: 'Open' },
  'status.overdue': { lv: 'Nokavēts', en: 'Overdue' },
  'form.newTitle': { lv: 'Jauna pakalpojuma standarts', en: 'Title of a new standard' },
  'form.newTitleHint': {
    lv: 'Ja pakalpojuma vēl nav katalogā, izvēlieties „Nav katalogā” un ierakstiet nosaukumu.',
    en: 'If the service is not in the catalogue yet, choose ‘Not in the catalogue’ and enter its title.',
  },
  'form.service': { lv: 'Pakalpojums', en: 'Service' },
  'form.noService': { lv: 'Nav katalogā (jauns standarts)', en: 'Not in the catalogue (new standard)' },
  'form.nobody': { lv: 'Vēl nav noteikts', en: 'Not decided yet' },
  'form.choose': { lv: 'Izvēlieties', en: 'Choose' },
  'form.addTitle': { lv: 'Jauns plāna uzdevums', en: 'New plan task' },
  'form.editTitle': { lv: 'Labot plāna uzdevumu', en: 'Edit the plan task' },
  'form.save': { lv: 'Saglabāt', en: 'Save' },
  'form.back': { lv: 'Atpakaļ uz plānu', en: 'Back to the plan' },
  'done.created': { lv: 'Uzdevums pievienots plānam.', en: 'The task was added to the plan.' },
  'done.saved': { lv: 'Izmaiņas saglabātas.', en: 'Changes saved.' },
  'coverage.title': { lv: 'Standartu pārklājums', en: 'Standards coverage' },
  'coverage.intro': {
    lv: 'Cik pakalpojumu standartu katrai struktūrvienībai ir publicēti, izskatīšanā, melnrakstā un nokavēti. Nokavēts: pagājis pārskatīšanas datums vai plāna termiņš.',
    en: 'How many service standards each unit has published, in review, in draft and overdue. Overdue: the review date or the plan deadline has passed.',
  },
  'coverage.unit': { lv: 'Struktūrvienība', en: 'Unit' },
  'coverage.published': { lv: 'Publicēti', en: 'Published' },
  'coverage.review': { lv: 'Izskatīšanā', en: 'In review' },
  'coverage.draft': { lv: 'Melnrakstā', en: 'Draft' },
  'coverage.overdue': { lv: 'Nokavēti', en: 'Overdue' },
  'coverage.plan': { lv: 'Plāna uzdevumi: izpildīti no visiem', en: 'Plan tasks: done of all' },
  'coverage.total': { lv: 'Kopā', en: 'Total' },
  'coverage.chart': {
    lv: 'Stabiņu diagramma: tie paši skaitļi, kas tabulā',
    en: 'Bar chart: the same numbers as in the table',
  },
  'coverage.centres': { lv: 'Centru darba laiks', en: 'Centre opening hours' },
  'coverage.centresOk': {
    lv: 'Visi centri nākamos 12 mēnešus ir atvērti līdz 19:00 vismaz divus vakarus mēnesī.',
    en: 'Every centre is open until 19:00 on at least two evenings a month for the next 12 months.',
  },
});
export type TextKey = Parameters<typeof text>[1];
