// A worker that claims jobs and is killed before completing them (argv: url, count, leaseMs).
import { openStore } from "../../src/store/open.js";

const [url, count, lease] = process.argv.slice(2);
const store = await openStore({ db: url! });
const jobs = await store.claim("doomed", { limit: Number(count), leaseMs: Number(lease) });
process.stdout.write(`${JSON.stringify(jobs.map((j) => j.id))}\n`);
process.kill(process.pid, "SIGKILL");
