// Runs the CLI from source in a child process (worker and kill tests spawn it).
import { main } from "../../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
