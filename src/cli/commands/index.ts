// The command table. One file per command; main.ts dispatches by name.
import type { Command } from "../io.js";
import { analyzeCommand } from "./analyze.js";
import { compareCommand } from "./compare.js";
import { ingestCommand } from "./ingest.js";
import { kbCommand } from "./kb.js";
import { regroupCommand } from "./regroup.js";
import { reportCommand } from "./report.js";
import { retryCommand } from "./retry.js";
import { serveCommand } from "./serve.js";
import { statusCommand } from "./status.js";
import { storiesCommand } from "./stories.js";
import { watchCommand } from "./watch.js";
import { workerCommand } from "./worker.js";

export const COMMANDS: readonly Command[] = [analyzeCommand, serveCommand, ingestCommand, storiesCommand, regroupCommand, reportCommand, statusCommand, retryCommand, workerCommand, watchCommand, compareCommand, kbCommand];
