import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import { LOCALES, type Locale } from '../../platform/i18n';
import { readMultipartForm } from '../../platform/uploads/multipart';
import { type FormValues, fieldErrors, readForm, type ShownErrors } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { formatIban } from './checks';
import { settingsError, text } from './messages';
import { settingsCandidate, settingsSchema } from './schema';
import * as settings from './service';
import { SettingsPage } from './views/settings-page';

function valuesOf(m: settings.MunicipalityRow): FormValues {
  return {
    'name-lv': m.name.lv,
    'name-en': m.name.en,
    'shortName-lv': m.shortName.lv,
    'shortName-en': m.shortName.en,
    registrationNumber: m.registrationNumber ?? '',
    address: m.address,
    phone: m.phone ?? '',
    email: m.email ?? '',
    eAddress: m.eAddress ?? '',
    website: m.website ?? '',
    registryPrefix: m.registryPrefix,
    primaryColour: m.primaryColour,
    accentColour: m.accentColour,
    bankAccount: m.bankAccount ? formatIban(m.bankAccount) : '',
    bankName: m.bankName ?? '',
  };
}

/** The uploaded coat of arms: a file part with content; an empty file input means "keep". */
function uploadedArms(body: unknown): Buffer | undefined {
  const part = readMultipartForm(body).files.get('arms')?.[0];
  return part && part.bytes.length > 0 ? part.bytes : undefined;
}

/** Municipality settings (issue 6 point 27): name, arms, colours, contacts, registry prefix, bank account. */
export function settingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';

    const render = async (
      request: FastifyRequest,
      reply: FastifyReply,
      form: { values: FormValues; errors: ShownErrors; saved?: boolean },
      hasArms: boolean,
    ) => {
      const site = await staffSiteContext(db, request, staffHref(other, 'settings'));
      return sendPage(
        reply,
        <SettingsPage
          site={site}
          values={form.values}
          errors={form.errors}
          hasArms={hasArms}
          saved={form.saved}
        />,
        form.errors.size > 0 ? 400 : 200,
      );
    };

    app.get<{ Querystring: Record<string, unknown> }>(
      staffHref(locale, 'settings'),
      guarded,
      async (request, reply) => {
        const m = await settings.getSettings(db, signedInActor(request));
        const values = m ? valuesOf(m) : {};
        return render(
          request,
          reply,
          { values, errors: new Map(), saved: request.query.saved === '1' },
          Boolean(m?.coatOfArmsSvg),
        );
      },
    );

    app.post(staffHref(locale, 'settings'), guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const current = await settings.getSettings(db, actor);
      const values = readForm(request.body);
      const hasArms = Boolean(current?.coatOfArmsSvg);
      const parsed = settingsSchema.safeParse(settingsCandidate(values));
      const arms = uploadedArms(request.body);
      // The contrast and the file are checked even when other fields are wrong, so every problem shows at once.
      const extra = settings.settingsProblems(
        {
          primaryColour: parsed.success ? parsed.data.primaryColour : String(values.primaryColour ?? ''),
          accentColour: parsed.success ? parsed.data.accentColour : String(values.accentColour ?? ''),
        },
        arms,
      ).problems;
      const errors: ShownErrors = new Map();
      if (!parsed.success)
        for (const e of fieldErrors(parsed.error, (p) => p))
          errors.set(e.field, settingsError(locale, e.key, e.field));
      const shownProblems = (problems: settings.SettingsProblem[]) => {
        for (const p of problems) {
          if (errors.has(p.field)) continue;
          if (p.problem === 'contrast')
            errors.set(p.field, settingsError(locale, `contrast.${p.field}`, p.field, p.ratio));
          else if (p.field === 'arms') errors.set('arms', settingsError(locale, `arms.${p.problem}`, 'arms'));
        }
      };
      shownProblems(
        extra.filter((p) => p.field === 'arms' || /^#[0-9a-f]{6}$/i.test(String(values[p.field]))),
      );
      if (errors.size > 0 || !parsed.success) return render(request, reply, { values, errors }, hasArms);
      const saved = await settings.saveSettings(db, actor, parsed.data, arms);
      if (saved === 'not_set_up') {
        errors.set('name-lv', text(locale, 'notSetUp'));
        return render(request, reply, { values, errors }, hasArms);
      }
      if (!saved.ok) {
        shownProblems(saved.problems);
        return render(request, reply, { values, errors }, hasArms);
      }
      return reply.redirect(`${staffHref(locale, 'settings')}?saved=1`, 303);
    });
  }
}
