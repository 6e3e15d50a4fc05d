import { Argument, Command } from 'commander';
import { runAction } from './errors';
import { readScript, SCRIPT_FILE, type ScriptKind } from './scripts';

export function printCommand(): Command {
  return new Command('print')
    .description('write a built script to stdout, to paste into Postman or pipe into a file')
    .addArgument(new Argument('<script>', 'prerequest (collection Pre-request) or diagnose (collection Post-response)').choices(['prerequest', 'diagnose']))
    .option('--compact', 'the compact file (the same program minified, one line of code): what to paste for a collection run in newman')
    .addHelpText(
      'after',
      `\nThe scripts are this package's ${SCRIPT_FILE.prerequest} and ${SCRIPT_FILE.diagnose} (with --compact, the .compact.js files).\nExample: npx --no-install postman-sigv4 print prerequest --compact | pbcopy`,
    )
    .action((kind: ScriptKind, options: { compact?: boolean }) => runAction(() => process.stdout.write(readScript(kind, { compact: Boolean(options.compact) }))));
}
