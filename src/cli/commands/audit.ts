import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  type AuditAnchor,
  auditAnchorSchema,
  checkAuditAnchor,
  takeAuditAnchor,
} from '../../platform/audit/anchor';
import { verifyAuditChain } from '../../platform/audit/service';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../io';

async function readAnchor(file: string): Promise<AuditAnchor> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read the anchor file ${file}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(
      `${file} is not an audit anchor: it is not JSON (make one with \`pietura audit anchor\`).`,
    );
  }
  const parsed = auditAnchorSchema.safeParse(json);
  if (!parsed.success) {
    throw new CliError(
      `${file} is not an audit anchor: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.`,
    );
  }
  return parsed.data;
}

export function addAuditCommand(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description(
      'check the hash chain of the audit trail; exits non-zero at the first edited, inserted or deleted row',
    )
    .option(
      '-a, --anchor <file>',
      'also check that the chain still holds the head recorded in this file by `audit anchor`',
    )
    .action(async (options: { anchor?: string }) => {
      const anchor = options.anchor ? await readAnchor(options.anchor) : undefined;
      const { result, anchorProblem } = await withDatabase(io, async ({ db }) => {
        const result = await verifyAuditChain(db);
        const anchorProblem = result.ok && anchor ? await checkAuditAnchor(db, anchor) : null;
        return { result, anchorProblem };
      });
      if (!result.ok) {
        const { kind, id, detail } = result.problem;
        throw new CliError(
          `The audit trail is broken: row ${id} was ${kind} (${detail}). ${result.count} rows before it are intact.`,
        );
      }
      if (anchorProblem) {
        throw new CliError(
          `The audit trail does not match its anchor: ${anchorProblem}. The hash chain itself is consistent, so it was rewritten after the anchor was taken.`,
        );
      }
      const anchored = anchor ? ` It holds the anchored row ${anchor.lastId} unchanged.` : '';
      io.console.log(
        `The audit trail is intact: ${result.count} rows, last hash ${result.lastHash}.${anchored}`,
      );
    });
  audit
    .command('anchor')
    .description(
      'verify the chain and write its head (last id, hash, count, time) as JSON, to keep outside the database',
    )
    .option('-o, --output <file>', 'write to this file instead of the standard output')
    .action(async (options: { output?: string }) => {
      const result = await withDatabase(io, ({ db }) => takeAuditAnchor(db));
      if (!result.ok) {
        const { kind, id, detail } = result.problem;
        throw new CliError(
          `The audit trail is broken, so no anchor was written: row ${id} was ${kind} (${detail}).`,
        );
      }
      const json = `${JSON.stringify(result.anchor, null, 2)}\n`;
      if (!options.output) {
        io.stdout.write(json);
        return;
      }
      try {
        await writeFile(options.output, json, 'utf8');
      } catch (err) {
        throw new CliError(`Cannot write ${options.output}: ${(err as Error).message}`);
      }
      io.console.error(
        `Anchored the audit trail at row ${result.anchor.lastId} (${result.anchor.count} rows) in ${options.output}.`,
      );
    });
}
