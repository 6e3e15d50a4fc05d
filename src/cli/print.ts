import { Argument, Command } from 'commander';
import { runAction } from './errors';
import { readScript, SCRIPT_FILE, type ScriptKind } from './scripts';

export function printCommand(): Command {
  return new Command('print')
    .description('write a built script to stdout, to paste into Postman or pipe into a file')
    .addArgument(new Argument('<script>', 'prerequest (collection Pre-request) or diagnose (collection Post-response)').choices(['prerequest', 'diagnose']))
    .addHelpText(
      'after',
      `\nThe scripts are this package's ${SCRIPT_FILE.prerequest} and ${SCRIPT_FILE.diagnose}.\nExample: npx --no-install postman-sigv4 print prerequest | pbcopy`,
    )
    .action((kind: ScriptKind) => runAction(() => process.stdout.write(readScript(kind))));
}
