/** `doctor`'s human-readable report: where the URL goes, what to set in Postman, and each finding with its fix. */
import { DOCTOR_VARIABLES, hasErrorFinding, type DoctorReport } from '../cloudfront';

/** A long message wrapped to `width` columns, indented. */
function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function formatReport(report: DoctorReport): string {
  const { distribution, behavior, origin, variables, findings } = report;
  const aliases = distribution.aliases.length ? `; alternate domain names ${distribution.aliases.join(', ')}` : '';
  const names = Object.keys(variables);
  const width = Math.max(0, ...names.map((name) => name.length));
  const unset = DOCTOR_VARIABLES.filter((name) => variables[name] === undefined);
  const lines = [
    `${report.url}`,
    `  distribution  ${distribution.id} (${distribution.domainName}${aliases})`,
    `  behavior      ${behavior.pathPattern === '*' ? 'default (*)' : behavior.pathPattern} -> origin ${behavior.targetOriginId}`,
    `  origin        ${origin.domainName} (${origin.kind})${origin.originPath ? `, origin path ${origin.originPath}` : ''}`,
    '',
    names.length ? 'Set in Postman (environment or collection variables):' : 'Set no variables: the pre-request script\'s defaults fit this distribution.',
    ...names.map((name) => `  ${name.padEnd(width)} = ${variables[name]}`),
    ...(names.length && unset.length ? [`  and leave ${unset.join(', ')} empty.`] : []),
    '',
    findings.length ? 'Findings:' : 'Findings: none.',
  ];
  for (const finding of findings) {
    lines.push(`  ${finding.severity.toUpperCase()} ${finding.code}`, ...wrap(finding.message, '    '));
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  lines.push(
    '',
    hasErrorFinding(report)
      ? `${errors} error${errors > 1 ? 's' : ''}: signed requests to this URL fail until ${errors > 1 ? 'they are' : 'it is'} fixed in the distribution.`
      : report.variables.sigv4_cloudfront_oac === 'true'
        ? "No errors: with these variables, CloudFront's origin access control signs the requests for the origin."
        : 'No errors: with these variables, requests the pre-request script signs reach the origin as signed.',
  );
  return lines.join('\n') + '\n';
}
