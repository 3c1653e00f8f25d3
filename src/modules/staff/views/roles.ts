import type { RoleGrant } from '../../../platform/auth/actor';
import { type Locale, pick } from '../../../platform/i18n';
import { staffText } from '../messages';
import type { ScopeOption } from '../service';

/** "Head of unit — Social services": a role with the name of its unit or centre. */
export function describeGrant(
  locale: Locale,
  grant: RoleGrant,
  scopes: { units: ScopeOption[]; centres: ScopeOption[] },
): string {
  const role = staffText(locale, `role.${grant.role}`);
  const scope = grant.unit
    ? scopes.units.find((u) => u.code === grant.unit)
    : grant.centre
      ? scopes.centres.find((c) => c.code === grant.centre)
      : undefined;
  const scopeName = scope ? pick(scope.name, locale) : (grant.unit ?? grant.centre);
  return scopeName ? `${role} — ${scopeName}` : role;
}
