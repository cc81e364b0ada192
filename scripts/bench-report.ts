/** Writes benchmark results into docs/BENCHMARKS.md, one section per benchmark, replacing its previous run. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const file = path.resolve(import.meta.dirname, '..', 'docs', 'BENCHMARKS.md');

export function machine(): string {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function recordBenchmark(name: string, command: string, lines: string[]): void {
	const start = `<!-- bench:${name} -->`;
	const end = `<!-- /bench:${name} -->`;
	const section = [
		start,
		`### ${name} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
		'',
		`Command: \`${command}\``,
		'',
		...lines,
		end
	].join('\n');
	let doc = fs.existsSync(file)
		? fs.readFileSync(file, 'utf8')
		: "# Benchmarks\n\nFigures measured on this project's machines by the scripts named in each section; re-run a script to refresh its section.\n";
	const re = new RegExp(`${start}[\\s\\S]*?${end}`);
	doc = re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}\n`;
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, doc);
}
