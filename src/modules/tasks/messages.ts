import { defineMessages } from '../../platform/i18n';

/** Words of the dashboard's task list. */
export const taskText = defineMessages({
  'tasks.title': { lv: 'Jūsu uzdevumi', en: 'Your tasks' },
  'tasks.none': { lv: 'Šobrīd jums nav neviena uzdevuma.', en: 'You have no tasks at the moment.' },
  'tasks.toApprove': {
    lv: 'Versijas, kas gaida jūsu apstiprinājumu',
    en: 'Versions waiting for your approval',
  },
  'tasks.returned': { lv: 'Jums atgrieztās versijas', en: 'Versions returned to you' },
  'tasks.requests': {
    lv: 'Atsaukšanas un atjaunošanas pieprasījumi, par kuriem jālemj',
    en: 'Withdrawal and restore requests to decide',
  },
  'tasks.reviewsDue': { lv: 'Standarti, kas jāpārskata', en: 'Standards due for review' },
  'tasks.planDue': {
    lv: 'Izstrādes plāna uzdevumi, kam termiņš tuvāko 30 dienu laikā',
    en: 'Drafting-plan tasks due within 30 days',
  },
  'tasks.versionN': { lv: '{n}. versija', en: 'version {n}' },
  'tasks.reviewBy': { lv: 'pārskatīt līdz {date}', en: 'review by {date}' },
  'tasks.reviewMissing': { lv: 'pārskatīšanas datums nav norādīts', en: 'no review date set' },
  'tasks.deadline': { lv: 'termiņš {date}', en: 'due {date}' },
  'tasks.overdue': { lv: 'nokavēts', en: 'overdue' },
  'tasks.kind.write': { lv: 'uzrakstīt standartu', en: 'write the standard' },
  'tasks.kind.review': { lv: 'pārskatīt standartu', en: 'review the standard' },
  'tasks.request.withdraw': { lv: 'atsaukt no {date}', en: 'withdraw from {date}' },
  'tasks.request.restore': { lv: 'atjaunot', en: 'restore' },
  'tasks.comment': { lv: 'Vadītāja piezīme', en: 'The head’s note' },
  'tasks.cases': { lv: 'Lietas', en: 'Cases' },
  'tasks.cases.overdue': { lv: 'Nokavēts termiņš: {n}', en: 'Past their deadline: {n}' },
  'tasks.cases.dueSoon': { lv: 'Termiņš tuvāko 3 dienu laikā: {n}', en: 'Due within 3 days: {n}' },
  'tasks.cases.assignedToMe': { lv: 'Piešķirtas jums: {n}', en: 'Assigned to you: {n}' },
  'tasks.cases.unassigned': {
    lv: 'Vēl nav piešķirtas speciālistam: {n}',
    en: 'Not yet assigned to a specialist: {n}',
  },
  'tasks.cases.readyForIssue': { lv: 'Gatavas izsniegšanai: {n}', en: 'Ready to be issued: {n}' },
});
