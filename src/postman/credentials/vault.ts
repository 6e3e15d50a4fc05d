import { SigningProblem } from '../problem';
import type { Pm } from '../sandbox';

/** A credential variable's value: text, or a Postman Vault secret to read (SPEC "Credential sources"). */
export interface Secret {
  variable: string;
  text?: string;
  vaultName?: string;
}

const VAULT_REFERENCE = /^\{\{vault:([^{}]+)\}\}$/;

/** The Vault secret a value names when it is exactly `{{vault:NAME}}`; a value that mixes one with other text is refused. */
export function vaultName(variable: string, value: string): string | undefined {
  const match = VAULT_REFERENCE.exec(value.trim());
  if (match) return match[1];
  if (value.indexOf('{{vault:') >= 0) {
    throw new SigningProblem(`${variable} mixes a {{vault:...}} reference with other text. A Vault secret can only be the whole value: set ${variable} to exactly {{vault:NAME}} and keep the whole secret in Vault.`);
  }
  return undefined;
}

/**
 * Reads a Vault secret with pm.vault.get, which returns a promise where the runtime has Vault
 * (the Postman app; postman-sandbox 6). newman has no pm.vault; the Postman CLI has one that
 * refuses every read. There the value has to come another way.
 */
export function readVault(pm: Pm, secret: Secret, done: (error: unknown, value?: string) => void): void {
  const name = secret.vaultName as string;
  const vault = pm.vault;
  if (!vault || typeof vault.get !== 'function') {
    done(
      new SigningProblem(
        `${secret.variable} is {{vault:${name}}}, but this runner cannot read Postman Vault (newman has no Vault). ` +
          `Pass the value instead: --env-var "${secret.variable}=..." from your CI's secret store, or run with \`postman-sigv4 run --profile NAME\`.`,
      ),
    );
    return;
  }
  // What runs after a Vault read runs inside these promise handlers: an exception there would be
  // an unhandled rejection, and the request would stay pointed nowhere without a word. So it is
  // passed on as the failure, once.
  let reported = false;
  const guarded = (handler: () => void) => {
    try {
      handler();
    } catch (failure) {
      if (reported) return;
      reported = true;
      done(failure);
    }
  };
  vault.get(name).then(
    (value) => guarded(() => {
      if (value === undefined || value === null || String(value).trim() === '') {
        done(new SigningProblem(`${secret.variable} is {{vault:${name}}}, but Postman Vault has no secret named ${name}. Add it in Vault (the key icon in the footer), or fix the name.`));
      } else done(null, String(value).trim());
    }),
    (error: unknown) => guarded(() => {
      // The Postman CLI (1.34) has pm.vault too, and refuses every read with this same text.
      const reason = error instanceof Error ? error.message : String(error);
      done(
        new SigningProblem(
          `${secret.variable} is {{vault:${name}}}, and reading it from Postman Vault failed: ${reason}. ` +
            'In the Postman app, allow scripts to read Vault: turn on "Enable support in scripts" in the Vault settings and allow this collection. ' +
            `The Postman CLI cannot read Vault: pass the value with --env-var "${secret.variable}=..." from your CI's secret store instead.`,
        ),
      );
    }),
  );
}
