// The browser modules of the UI, served from disk next to this module: compiled .js under dist/
// (npm run build), or the .ts sources transpiled once in memory when running from src/ (tsx, vitest).
// Besides client/ (served as /assets/NAME.js), the few domain/ modules the client imports (as
// ../../domain/NAME.js, which the browser asks for as /domain/NAME.js).
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const CLIENT_DIR = fileURLToPath(new URL("./client/", import.meta.url));
const DOMAIN_DIR = fileURLToPath(new URL("../domain/", import.meta.url));
/** The domain/ modules the browser loads: plain TypeScript with no DOM, importing nothing but types and each other. */
const SHARED = new Set(["labels.js", "slot.js"]);
const FROM_SOURCE = import.meta.url.endsWith(".ts");

let names: Promise<Set<string>> | undefined;
const cache = new Map<string, Promise<string>>();

/** Module names the browser may load ("main.js", "story.js"), from the client folder's listing. */
function clientModules(): Promise<Set<string>> {
  names ??= readdir(CLIENT_DIR).then((files) => new Set(
    files.filter((f) => (FROM_SOURCE ? /^[a-z-]+\.ts$/ : /^[a-z-]+\.js$/).test(f) && !f.endsWith(".d.ts")).map((f) => f.replace(/\.ts$/, ".js")),
  ));
  return names;
}

/** The JavaScript of one client module, or null when there is no such module. */
export async function clientModule(name: string): Promise<string | null> {
  if (!(await clientModules()).has(name)) return null;
  return load(CLIENT_DIR, name);
}

/** The JavaScript of a domain/ module the client imports, or null when the browser may not load it. */
export function sharedModule(name: string): Promise<string> | null {
  return SHARED.has(name) ? load(DOMAIN_DIR, name) : null;
}

function load(dir: string, name: string): Promise<string> {
  let js = cache.get(dir + name);
  if (!js) {
    js = FROM_SOURCE ? transpile(dir, name.replace(/\.js$/, ".ts")) : readFile(dir + name, "utf8");
    cache.set(dir + name, js);
  }
  return js;
}

async function transpile(dir: string, file: string): Promise<string> {
  const source = await readFile(dir + file, "utf8");
  const ts = (await import("typescript")).default;
  return ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, verbatimModuleSyntax: true },
  }).outputText;
}
