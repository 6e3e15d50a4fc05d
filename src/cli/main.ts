import { Command } from 'commander';
import { version } from '../../package.json';
import { canonicalCommand } from './canonical';
import { doctorCommand } from './doctor';
import { EXIT_INTERNAL_ERROR, EXIT_USER_ERROR } from './errors';
import { injectCommand } from './inject';
import { argumentsToParse } from './newmanOptions';
import { presignCommand } from './presign';
import { printCommand } from './print';
import { runCommand } from './run';
import { credentialsCommand } from './serve/serve';

export function program(argv: string[] = []): Command {
  return new Command('postman-sigv4')
    .description('Postman scripts that sign AWS SigV4 requests for the API Gateway origin behind CloudFront.')
    .version(version, '-v, --version')
    .addCommand(injectCommand())
    .addCommand(printCommand())
    .addCommand(canonicalCommand())
    .addCommand(presignCommand())
    .addCommand(credentialsCommand())
    .addCommand(runCommand(argv))
    .addCommand(doctorCommand())
    .addHelpText('after', `\nExit status: 0 done, ${EXIT_USER_ERROR} bad input or usage (one line on stderr says what to fix), ${EXIT_INTERNAL_ERROR} internal error.`)
    .showSuggestionAfterError();
}

export async function main(argv: string[]): Promise<void> {
  await program(argv).parseAsync(argumentsToParse(argv));
}
