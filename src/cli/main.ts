import { Command } from 'commander';
import { version } from '../../package.json';
import { canonicalCommand } from './canonical';
import { EXIT_INTERNAL_ERROR, EXIT_USER_ERROR } from './errors';
import { injectCommand } from './inject';
import { printCommand } from './print';

export function program(): Command {
  return new Command('postman-sigv4')
    .description('Postman scripts that sign AWS SigV4 requests for the API Gateway origin behind CloudFront.')
    .version(version, '-v, --version')
    .addCommand(injectCommand())
    .addCommand(printCommand())
    .addCommand(canonicalCommand())
    .addHelpText('after', `\nExit status: 0 done, ${EXIT_USER_ERROR} bad input or usage (one line on stderr says what to fix), ${EXIT_INTERNAL_ERROR} internal error.`)
    .showSuggestionAfterError();
}

export function main(argv: string[]): void {
  program().parse(argv);
}
