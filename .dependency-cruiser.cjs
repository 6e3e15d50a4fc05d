/**
 * The layering of src/ (docs/architecture.md), checked by dependency-cruiser in `npm test`
 * (test/layering.test.ts) and by `npm run layers`. Paths are relative to the repository root.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'sigv4-imports-nothing-of-ours',
      comment: 'src/sigv4 is the SigV4 core: every other folder builds on it, so it builds on none of them.',
      severity: 'error',
      from: { path: '^src/sigv4/' },
      to: { pathNot: '^(src/sigv4/|node_modules/)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'credentials-and-cloudfront-import-only-sigv4',
      comment:
        'src/credentials (credential answers) and src/cloudfront (the doctor\'s analysis of a distribution config) are pure: ' +
        'they import the SigV4 core and their own folder, no package (no AWS SDK) and no Node module (no I/O).',
      severity: 'error',
      from: { path: '^src/(credentials|cloudfront)/' },
      to: { pathNot: '^src/(sigv4|$1)/' },
    },
    {
      name: 'postman-and-diagnose-do-not-import-cli',
      comment: 'The sandbox adapter and the diagnosis run inside Postman: the command-line tool (Node, the AWS SDK) is not theirs to use.',
      severity: 'error',
      from: { path: '^src/(postman|diagnose)/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'dist-entries-never-reach-cli',
      comment: 'The scripts pasted into Postman (every entry but the CLI\'s own) never bundle any of src/cli, directly or through another module.',
      severity: 'error',
      from: { path: '^src/entries/', pathNot: '^src/entries/cli\\.ts$' },
      to: { path: '^src/cli/', reachable: true },
    },
    {
      name: 'no-circular',
      comment: 'No module depends on itself through others (type-only imports count).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: both circles broken in issue 24 ran through a type.
    tsPreCompilationDeps: true,
  },
};
