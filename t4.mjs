import { DuckDBInstance, DuckDBDataChunk, BIGINT, VARCHAR, INTEGER } from '@duckdb/node-api';
import fs from 'node:fs';
import readline from 'node:readline';
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run(`create temp table stage(line_no integer, raw varchar)`);
let t0=Date.now();
const app = await c.createAppender('stage', 'main', 'temp');
const rl = readline.createInterface({input: fs.createReadStream('/work/scratch/ev.ndjson'), crlfDelay: Infinity});
let n=0, nums=[], strs=[];
for await (const line of rl) { n++; nums.push(n); strs.push(line); if (nums.length===2048){ const ch = DuckDBDataChunk.create([INTEGER, VARCHAR]); ch.setColumns([nums, strs]); app.appendDataChunk(ch); nums=[];strs=[];} }
if (nums.length){ const ch = DuckDBDataChunk.create([INTEGER, VARCHAR], nums.length); ch.setColumns([nums, strs]); app.appendDataChunk(ch);}
app.closeSync();
console.log('js stage', Date.now()-t0, n);
t0=Date.now();
await c.run(`create temp table s2 as select row_number() over () as line_no, line from read_csv('/work/scratch/ev.ndjson', columns={'line':'VARCHAR'}, delim=chr(1), quote='', escape='', header=false, auto_detect=false, max_line_size=10000000, strict_mode=false)`);
console.log('duck stage', Date.now()-t0);
console.log((await c.runAndReadAll(`select count(*) from stage s join s2 using(line_no) where s.raw is distinct from s2.line`)).getRows());
