import { runCli } from './cliMain.ts';

// `npm run packs -- <command>`; see cliMain.ts for the commands.
process.exitCode = await runCli(process.argv.slice(2));
