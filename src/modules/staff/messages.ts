import { defineMessages } from '../../platform/i18n';

/** Words of the staff workspace shell: sign-in, password, dashboard and the users page. */
const messages = {
  'signIn.title': { lv: 'Ieiet darba vidē', en: 'Sign in to the staff workspace' },
  'signIn.lead': {
    lv: 'Pašvaldības darbiniekiem. Iedzīvotāji pakalpojumus atrod publiskajā vietnē.',
    en: 'For municipal staff. Residents find services on the public site.',
  },
  'signIn.email': { lv: 'E-pasta adrese', en: 'Email address' },
  'signIn.password': { lv: 'Parole', en: 'Password' },
  'signIn.submit': { lv: 'Ieiet', en: 'Sign in' },
  'signIn.signedOut': { lv: 'Jūs esat izgājis no darba vides.', en: 'You have signed out.' },
  'signIn.failed': {
    lv: 'Nepareiza e-pasta adrese vai parole, vai arī pēc atkārtotiem neveiksmīgiem mēģinājumiem ieeja šim kontam uz laiku ir bloķēta. Pārbaudiet ievadīto vai mēģiniet vēlreiz pēc {minutes} minūtēm.',
    en: 'The email address or password is wrong, or sign-in to this account is blocked for a while after repeated failed attempts. Check what you typed, or try again in {minutes} minutes.',
  },
  'error.emailRequired': { lv: 'Ievadiet e-pasta adresi', en: 'Enter your email address' },
  'error.emailInvalid': {
    lv: 'Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@example.lv',
    en: 'Enter an email address in the correct format, like name@example.lv',
  },
  'error.emailTaken': {
    lv: 'Lietotājs ar šo e-pasta adresi jau ir',
    en: 'A user with this email address already exists',
  },
  'error.passwordRequired': { lv: 'Ievadiet paroli', en: 'Enter your password' },
  'error.passwordShort': {
    lv: 'Parolei jābūt vismaz {min} rakstzīmju garai',
    en: 'The password must be at least {min} characters long',
  },
  'error.passwordLong': {
    lv: 'Parolei jābūt ne garākai par {max} rakstzīmēm',
    en: 'The password must be {max} characters or fewer',
  },
  'error.passwordMismatch': { lv: 'Paroles nesakrīt', en: 'The passwords do not match' },
  'error.currentWrong': { lv: 'Pašreizējā parole nav pareiza', en: 'The current password is wrong' },
  'error.currentLocked': {
    lv: 'Pārāk daudz nepareizu paroļu: konts ir bloķēts uz {minutes} minūtēm. Mēģiniet vēlāk.',
    en: 'Too many wrong passwords: the account is locked for {minutes} minutes. Try again later.',
  },
  'error.nameRequired': { lv: 'Ievadiet vārdu un uzvārdu', en: 'Enter the full name' },
  'error.nameInvalid': {
    lv: 'Vārdā drīkst būt ne vairāk kā 200 rakstzīmes, bez vadības rakstzīmēm',
    en: 'The name must be 200 characters or fewer, without control characters',
  },
  'error.roleRequired': { lv: 'Izvēlieties vismaz vienu lomu', en: 'Choose at least one role' },
  'error.unitUnknown': { lv: 'Izvēlieties struktūrvienību no saraksta', en: 'Choose a unit from the list' },
  'error.centreUnknown': { lv: 'Izvēlieties centru no saraksta', en: 'Choose a centre from the list' },
  'password.title': { lv: 'Mainīt paroli', en: 'Change your password' },
  'password.current': { lv: 'Pašreizējā parole', en: 'Current password' },
  'password.new': { lv: 'Jaunā parole', en: 'New password' },
  'password.newHint': {
    lv: 'Vismaz {min} rakstzīmes. Garu frāzi ir vieglāk atcerēties un grūtāk uzminēt.',
    en: 'At least {min} characters. A long phrase is easier to remember and harder to guess.',
  },
  'password.confirm': { lv: 'Jaunā parole vēlreiz', en: 'New password again' },
  'password.submit': { lv: 'Mainīt paroli', en: 'Change password' },
  'password.changed': {
    lv: 'Parole nomainīta. Citās ierīcēs jums būs jāieiet no jauna.',
    en: 'Your password has been changed. You will need to sign in again on other devices.',
  },
  'dashboard.title': { lv: 'Darbvirsma', en: 'Dashboard' },
  'dashboard.welcome': { lv: 'Labdien!', en: 'Hello' },
  'dashboard.roles': { lv: 'Jūsu lomas', en: 'Your roles' },
  'dashboard.noRoles': {
    lv: 'Jums vēl nav piešķirta neviena loma. Lūdziet to administratoram.',
    en: 'You have no role yet. Ask an administrator for one.',
  },
  'dashboard.account': { lv: 'Konts', en: 'Account' },
  'dashboard.changePassword': { lv: 'Mainīt paroli', en: 'Change your password' },
  'dashboard.manageUsers': { lv: 'Pārvaldīt lietotājus', en: 'Manage users' },
  'role.admin': { lv: 'Administrators', en: 'Administrator' },
  'role.manager': { lv: 'Vadība', en: 'Manager' },
  'role.editor': { lv: 'Standartu redaktors', en: 'Standards editor' },
  'role.head': { lv: 'Struktūrvienības vadītājs', en: 'Head of unit' },
  'role.specialist': { lv: 'Speciālists', en: 'Specialist' },
  'role.clerk': { lv: 'Klientu apkalpošanas speciālists', en: 'Front-desk clerk' },
  'roleHint.admin': {
    lv: 'visa sistēma, lietotāji un centri',
    en: 'everything, including users and centres',
  },
  'roleHint.manager': { lv: 'skata visu, pārskati', en: 'reads everything, reports' },
  'roleHint.editor': { lv: 'viss pakalpojumu katalogs', en: 'the whole service catalogue' },
  'users.title': { lv: 'Lietotāji', en: 'Users' },
  'users.create': { lv: 'Izveidot lietotāju', en: 'Create a user' },
  'users.name': { lv: 'Vārds, uzvārds', en: 'Name' },
  'users.email': { lv: 'E-pasts', en: 'Email' },
  'users.roles': { lv: 'Lomas', en: 'Roles' },
  'users.status': { lv: 'Statuss', en: 'Status' },
  'users.actions': { lv: 'Darbības', en: 'Actions' },
  'users.active': { lv: 'Aktīvs', en: 'Active' },
  'users.inactive': { lv: 'Deaktivizēts', en: 'Deactivated' },
  'users.locked': { lv: 'Bloķēts', en: 'Locked' },
  'users.sessions': { lv: 'Atvērtas sesijas: {count}', en: 'Open sessions: {count}' },
  'users.deactivate': { lv: 'Deaktivizēt', en: 'Deactivate' },
  'users.revoke': { lv: 'Izbeigt sesijas', en: 'End sessions' },
  'users.of': { lv: 'lietotājam {name}', en: 'of {name}' },
  'users.created': { lv: 'Lietotājs izveidots.', en: 'User created.' },
  'users.deactivated': {
    lv: 'Lietotājs deaktivizēts, sesijas izbeigtas.',
    en: 'User deactivated, sessions ended.',
  },
  'users.revoked': { lv: 'Izbeigtas sesijas: {count}.', en: 'Sessions ended: {count}.' },
  'users.cannotSelf': {
    lv: 'Savu kontu deaktivizēt nevar: to jādara citam administratoram.',
    en: 'You cannot deactivate your own account: another administrator must do it.',
  },
  'newUser.title': { lv: 'Jauns lietotājs', en: 'New user' },
  'newUser.password': { lv: 'Sākotnējā parole', en: 'Initial password' },
  'newUser.passwordHint': {
    lv: 'Vismaz {min} rakstzīmes. Paziņojiet to lietotājam drošā veidā; pēc ieiešanas viņš to var nomainīt.',
    en: 'At least {min} characters. Tell the user in a safe way; they can change it after signing in.',
  },
  'newUser.roles': { lv: 'Lomas visai pašvaldībai', en: 'Roles for the whole municipality' },
  'newUser.headUnit': { lv: 'Struktūrvienības vadītājs — struktūrvienība', en: 'Head of unit — unit' },
  'newUser.specialistUnit': { lv: 'Speciālists — struktūrvienība', en: 'Specialist — unit' },
  'newUser.clerkCentre': { lv: 'Klientu apkalpošanas speciālists — centrs', en: 'Front-desk clerk — centre' },
  'newUser.none': { lv: '— nav —', en: '— none —' },
  'newUser.submit': { lv: 'Izveidot lietotāju', en: 'Create user' },
  'users.edit': { lv: 'Labot lomas', en: 'Edit roles' },
  'users.reactivate': { lv: 'Aktivizēt atkal', en: 'Reactivate' },
  'users.reactivated': {
    lv: 'Lietotājs atkal aktīvs: viņš var ieiet ar līdzšinējo paroli.',
    en: 'The user is active again and can sign in with their existing password.',
  },
  'users.rolesSaved': { lv: 'Lomas saglabātas.', en: 'The roles were saved.' },
  'editUser.title': { lv: 'Lietotāja lomas', en: 'Roles of a user' },
  'editUser.lead': {
    lv: 'Mainītās lomas stājas spēkā uzreiz, arī lietotāja atvērtajās sesijās.',
    en: 'Changed roles take effect at once, in the user’s open sessions too.',
  },
  'editUser.submit': { lv: 'Saglabāt lomas', en: 'Save the roles' },
  'editUser.status': { lv: 'Konta statuss', en: 'Account status' },
  'error.ownAdmin': {
    lv: 'Sev administratora lomu noņemt nevar: to var izdarīt cits administrators.',
    en: 'You cannot take the administrator role from yourself: another administrator can.',
  },
  'error.ownWiden': {
    lv: 'Sev jaunu lomu piešķirt nevar: to var izdarīt cits administrators.',
    en: 'You cannot give yourself a new role: another administrator can.',
  },
  'deactivate.title': { lv: 'Deaktivizēt lietotāju?', en: 'Deactivate the user?' },
  'deactivate.who': { lv: 'Lietotājs: {name} ({email})', en: 'User: {name} ({email})' },
  'deactivate.effects': { lv: 'Kas notiks', en: 'What happens' },
  'deactivate.noSignIn': {
    lv: 'Lietotājs vairs nevarēs ieiet darba vidē.',
    en: 'The user can no longer sign in to the staff workspace.',
  },
  'deactivate.sessions': {
    lv: 'Visas viņa atvērtās sesijas (tagad {count}) tiks izbeigtas uzreiz.',
    en: 'All of their open sessions (now {count}) end at once.',
  },
  'deactivate.kept': {
    lv: 'Konts, lomas un darbību vēsture saglabāsies; administrators kontu var aktivizēt atkal.',
    en: 'The account, its roles and its history are kept; an administrator can reactivate it.',
  },
  'deactivate.confirm': { lv: 'Jā, deaktivizēt', en: 'Yes, deactivate' },
  'deactivate.cancel': { lv: 'Atcelt', en: 'Cancel' },
  'common.success': { lv: 'Izdevās', en: 'Success' },
  'error.invalid': { lv: 'Pārbaudiet šo lauku', en: 'Check this field' },
} satisfies Record<string, { lv: string; en: string }>;

export type StaffMessageKey = keyof typeof messages;
export const staffText = defineMessages<StaffMessageKey>(messages);

export function isStaffMessageKey(key: string): key is StaffMessageKey {
  return Object.hasOwn(messages, key);
}
