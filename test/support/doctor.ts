/**
 * Runs `postman-sigv4 doctor` from the built dist/cli.cjs as a user does, without blocking the
 * event loop (the stand-ins it calls run in the test's own process), in a throwaway HOME whose
 * AWS profile `doctor` holds the given credentials and whose AWS_ENDPOINT_URL_CLOUDFRONT points
 * at the control-plane stand-in.
 */
import { Agent, type AgentOptions } from 'node:http';
import type { StackCredential } from '../stack';
import { awsHome, CLI, type AwsHome } from './awsHome';
import { runProcess } from './newman';

export interface DoctorRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const DOCTOR_PROFILE = 'doctor';

export function doctorHome(credential: StackCredential, cloudFrontApiUrl: string, extraEnv: NodeJS.ProcessEnv = {}): AwsHome {
  const token = credential.sessionToken ? `aws_session_token = ${credential.sessionToken}\n` : '';
  return awsHome(
    {
      config: `[profile ${DOCTOR_PROFILE}]\nregion = eu-west-1\n`,
      credentials: `[${DOCTOR_PROFILE}]\naws_access_key_id = ${credential.accessKeyId}\naws_secret_access_key = ${credential.secretAccessKey}\n${token}`,
    },
    { AWS_ENDPOINT_URL_CLOUDFRONT: cloudFrontApiUrl, ...extraEnv },
  );
}

export async function runDoctor(home: AwsHome, args: string[], timeoutMs = 60_000): Promise<DoctorRun> {
  const { exitCode, stdout, stderr } = await runProcess(process.execPath, [CLI, 'doctor', ...args], timeoutMs, home.env);
  return { code: exitCode, stdout, stderr };
}

/**
 * An HTTP agent for newman that resolves the given names to 127.0.0.1 and refuses every other
 * name, so a request can carry a real-looking alternate domain name (api.example.com) in its URL
 * and Host header and still reach a loopback stand-in, with no DNS lookup and no other traffic.
 */
export function loopbackAgent(names: string[]): Agent {
  const lookup = (hostname: string, options: unknown, callback: (error: Error | null, address?: string | Array<{ address: string; family: number }>, family?: number) => void) => {
    if (names.indexOf(hostname.toLowerCase()) < 0) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (loopback agent)`), { code: 'ENOTFOUND' }));
    if ((options as { all?: boolean }).all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
    callback(null, '127.0.0.1', 4);
  };
  return new Agent({ lookup } as AgentOptions);
}
