// The command table. One file per command; main.ts dispatches by name.
import type { Command } from "../io.js";
import { analyzeCommand } from "./analyze.js";
import { serveCommand } from "./serve.js";

export const COMMANDS: readonly Command[] = [analyzeCommand, serveCommand];
