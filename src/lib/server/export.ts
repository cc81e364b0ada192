import type { Store } from './store/db';
import type { Viewer } from './read/scope';
import type { Lang } from '$lib/i18n';
import { BOM, csvLine, csvHeaders } from './csv';
import { cachedRanking, cachedScorecard } from './index/views';
import { InputError, resolveWindow } from './index/service';
import { procedureTable, dossierCsv, parseDossierQuery, DOSSIER_CSV_COLUMNS } from './read/dossiers';
import { monthlyTrend, lastMonths } from './index/trend';
import { GROUPS } from './index/catalogue';
import { parseViolationQuery, violationRows, VIOLATION_CSV_COLUMNS } from './reuse/violations';
import { cachedReuseRanking, cachedUnitReuse, cachedNationalReuse } from './reuse/views';
import { reuseRates } from './reuse/rates';
import { databaseLabel, sourceLabel } from '$lib/reuse';

/** Every table of the dashboard as CSV, with headers in the reader's language. */

const H: Record<string, { vi: string; en: string }> = {
	rank: { vi: 'Hạng', en: 'Rank' },
	rank_change: { vi: 'Thay đổi hạng', en: 'Rank change' },
	code: { vi: 'Mã đơn vị', en: 'Unit code' },
	unit: { vi: 'Đơn vị', en: 'Unit' },
	kind: { vi: 'Loại', en: 'Kind' },
	total: { vi: 'Tổng điểm', en: 'Total' },
	change: { vi: 'Thay đổi điểm', en: 'Score change' },
	received: { vi: 'Hồ sơ tiếp nhận', en: 'Dossiers received' },
	group: { vi: 'Nhóm', en: 'Group' },
	metric_code: { vi: 'Mã chỉ tiêu', en: 'Metric code' },
	metric: { vi: 'Chỉ tiêu', en: 'Metric' },
	numerator: { vi: 'Tử số', en: 'Numerator' },
	denominator: { vi: 'Mẫu số', en: 'Denominator' },
	percent: { vi: 'Tỷ lệ (%)', en: 'Ratio (%)' },
	score: { vi: 'Điểm', en: 'Score' },
	max: { vi: 'Điểm tối đa', en: 'Maximum' },
	formula: { vi: 'Cách tính', en: 'Formula' },
	procedure: { vi: 'Mã TTHC', en: 'Procedure code' },
	procedure_name: { vi: 'Thủ tục hành chính', en: 'Procedure' },
	online: { vi: 'Trực tuyến', en: 'Online' },
	on_time: { vi: 'Đúng hạn, còn hạn', en: 'On time or in time' },
	late: { vi: 'Trễ hạn, quá hạn', en: 'Late or overdue' },
	rerequested: { vi: 'Hồ sơ bị yêu cầu lại giấy tờ', en: 'Dossiers with re-requested documents' },
	month: { vi: 'Tháng', en: 'Month' },
	dossier: { vi: 'Mã hồ sơ', en: 'Dossier' },
	agency: { vi: 'Mã đơn vị tiếp nhận', en: 'Receiving unit code' },
	agency_name: { vi: 'Đơn vị tiếp nhận', en: 'Receiving unit' },
	root_name: { vi: 'Bộ, tỉnh', en: 'Ministry or province' },
	channel: { vi: 'Kênh nộp', en: 'Channel' },
	received_at: { vi: 'Ngày tiếp nhận', en: 'Received at' },
	due_initial: { vi: 'Hạn trả ban đầu', en: 'First due date' },
	due: { vi: 'Hạn trả', en: 'Due date' },
	rescheduled: { vi: 'Số lần hẹn lại', en: 'Times rescheduled' },
	apology: { vi: 'Có thư xin lỗi', en: 'With apology' },
	end_at: { vi: 'Ngày kết thúc', en: 'Finished at' },
	timeliness: { vi: 'Tình trạng hạn', en: 'Timeliness' },
	days_late: { vi: 'Số ngày trễ', en: 'Days late' },
	state: { vi: 'Trạng thái', en: 'State' },
	officer: { vi: 'Cán bộ đang xử lý', en: 'Official holding it' },
	department: { vi: 'Phòng, ban', en: 'Department' },
	components_from_data: { vi: 'Thành phần lấy từ dữ liệu', en: 'Components from data' },
	components_rerequested: { vi: 'Thành phần bị yêu cầu lại', en: 'Components re-requested' },
	applicant_name: { vi: 'Người nộp', en: 'Applicant' },
	component: { vi: 'Mã thành phần', en: 'Component code' },
	component_name: { vi: 'Thành phần hồ sơ', en: 'Dossier component' },
	database: { vi: 'Mã CSDL lẽ ra phải dùng', en: 'Database code that should have served it' },
	database_name: { vi: 'CSDL lẽ ra phải dùng', en: 'Database that should have served it' },
	source: { vi: 'Người dân đã phải', en: 'The applicant had to' },
	received_by: { vi: 'Cán bộ tiếp nhận', en: 'Received by' },
	reuse_rank: { vi: 'Hạng tái sử dụng', en: 'Reuse rank' },
	violation_rank: { vi: 'Hạng vi phạm (1 = nhiều nhất)', en: 'Violation rank (1 = most)' },
	reusing: { vi: 'Hồ sơ có tái sử dụng dữ liệu', en: 'Dossiers reusing data' },
	reuse_pct: { vi: 'Tỷ lệ hồ sơ tái sử dụng (%)', en: 'Reuse rate (%)' },
	components: { vi: 'Thành phần hồ sơ', en: 'Components' },
	from_data: { vi: 'Thành phần lấy từ dữ liệu', en: 'Components from data' },
	component_reuse_pct: { vi: 'Tỷ lệ thành phần lấy từ dữ liệu (%)', en: 'Component reuse rate (%)' },
	replaceable: { vi: 'Thành phần có thể lấy từ CSDL', en: 'Replaceable components' },
	rerequested_components: { vi: 'Thành phần bị yêu cầu nộp lại', en: 'Components re-requested' },
	rerequest_pct: { vi: 'Tỷ lệ yêu cầu nộp lại (%)', en: 'Re-request rate (%)' },
	violating: { vi: 'Hồ sơ vi phạm', en: 'Dossiers with violations' }
};

const REUSE_COUNT_COLUMNS = [
	'received',
	'reusing',
	'reuse_pct',
	'components',
	'from_data',
	'component_reuse_pct',
	'replaceable',
	'rerequested_components',
	'rerequest_pct',
	'violating'
];

const head = (keys: string[], lang: Lang) => keys.map((k) => H[k]?.[lang] ?? k);

/**
 * The first rows are read before the answer starts: a unit outside the viewer's scope (or any bad filter) then
 * answers 404 or 400, never a 200 whose body breaks off.
 */
export async function csvResponse(
	filename: string,
	header: string[],
	rows: AsyncIterable<unknown[][]> | unknown[][] | { text: AsyncIterable<string> }
): Promise<Response> {
	const enc = new TextEncoder();
	// Rows become lines here, unless they come already written (`text`).
	const lines = async function* (): AsyncGenerator<string> {
		if ('text' in rows) yield* rows.text;
		else if (Symbol.asyncIterator in rows) for await (const chunk of rows) yield chunk.map(csvLine).join('');
		else yield rows.map(csvLine).join('');
	};
	const iterator = lines();
	// The first chunk before answering: a query that fails does so with an error status, not a cut-off file.
	let first: IteratorResult<string> | null = await iterator.next();
	let started = false;
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!started) {
				started = true;
				controller.enqueue(enc.encode(BOM + csvLine(header)));
				return;
			}
			const next = first ?? (await iterator.next());
			first = null;
			if (next.done) controller.close();
			else controller.enqueue(enc.encode(next.value));
		},
		async cancel() {
			await iterator.return?.(undefined);
		}
	});
	return new Response(body, { headers: csvHeaders(filename) });
}

export async function exportCsv(store: Store, viewer: Viewer, name: string, p: URLSearchParams, lang: Lang): Promise<Response> {
	const q = { period: p.get('period'), asOf: p.get('asOf') };
	const w = resolveWindow(q);
	const suffix = `${w.period.key.replace(/\.\./, '_')}`;
	const groupName = (code: string) => GROUPS.find((g) => g.code === code)![lang];
	switch (name) {
		case 'ranking.csv': {
			const level = p.get('level') ?? 'province';
			const r = await cachedRanking(store, level as 'province', p.get('parent'), { ...q, kind: p.get('kind') });
			const header = [
				...head(['rank', 'rank_change', 'code', 'unit', 'kind', 'total'], lang),
				...GROUPS.map((g) => `${g[lang]} /${g.points}`),
				...head(['change', 'received'], lang)
			];
			const rows = r.rows.map((x) => [
				x.rank,
				x.rankChange,
				x.code,
				x.name,
				x.kind,
				x.total,
				...x.groups.map((g) => g.score),
				x.change,
				x.received
			]);
			return csvResponse(`xep-hang-${level}${r.parent ? `-${r.parent.code}` : ''}-${suffix}.csv`, header, rows);
		}
		case 'scorecard.csv': {
			const code = p.get('unit');
			if (!code) throw new InputError('unit', 'unit: required (a unit code)');
			const s = await cachedScorecard(store, code, q);
			const header = head(
				['group', 'metric_code', 'metric', 'numerator', 'denominator', 'percent', 'score', 'max', 'formula'],
				lang
			);
			const rows = s.groups.flatMap((g) =>
				g.metrics.map((m) => [
					groupName(g.code),
					m.code,
					m.def[lang],
					m.num,
					m.den,
					m.pct,
					m.score,
					m.max,
					lang === 'vi' ? m.def.formula_vi : m.def.formula_en
				])
			);
			rows.push([lang === 'vi' ? 'Tổng' : 'Total', '', '', '', '', '', s.total, s.max, '']);
			return csvResponse(`diem-${code}-${suffix}.csv`, header, rows);
		}
		case 'procedures.csv': {
			const code = p.get('unit');
			if (!code) throw new InputError('unit', 'unit: required (a unit code)');
			const rows = await procedureTable(store, code, w);
			return csvResponse(
				`thu-tuc-${code}-${suffix}.csv`,
				head(['procedure', 'procedure_name', 'received', 'online', 'on_time', 'late', 'rerequested'], lang),
				rows.map((r) => [r.procedure, r.name, r.received, r.online, r.on_time, r.late, r.rerequested])
			);
		}
		case 'trend.csv': {
			const code = p.get('unit') ?? 'VN';
			const points = await monthlyTrend(store, code, lastMonths(w.T, Number(p.get('months') ?? 12)));
			return csvResponse(
				`xu-huong-${code}.csv`,
				[...head(['month', 'total'], lang), ...GROUPS.map((g) => g[lang]), ...head(['received'], lang)],
				points.map((x) => [x.month, x.total, ...x.groups.map((g) => g.score), x.received])
			);
		}
		case 'dossiers.csv': {
			if (!viewer.export) throw new InputError('name', 'this account may not export dossiers', 403);
			const { filter, sort } = parseDossierQuery(p);
			return csvResponse(`ho-so-${filter.unit ?? 'ca-nuoc'}-${suffix}.csv`, head([...DOSSIER_CSV_COLUMNS], lang), {
				text: dossierCsv(store, viewer, filter, sort)
			});
		}
		case 'violations.csv': {
			if (!viewer.export) throw new InputError('name', 'this account may not export dossiers', 403);
			const { filter } = parseViolationQuery(p);
			return csvResponse(
				`vi-pham-tai-su-dung-${filter.unit ?? 'ca-nuoc'}-${suffix}.csv`,
				head([...VIOLATION_CSV_COLUMNS], lang),
				violationRows(store, viewer, filter, {
					database: (k) => databaseLabel(k, lang),
					source: (k) => sourceLabel(k, lang)
				})
			);
		}
		case 'reuse.csv': {
			const level = p.get('level') ?? 'province';
			const r = await cachedReuseRanking(store, level as 'province', p.get('parent'), { ...q, kind: p.get('kind') });
			return csvResponse(
				`tai-su-dung-${level}${r.parent ? `-${r.parent.code}` : ''}-${suffix}.csv`,
				head(['reuse_rank', 'violation_rank', 'code', 'unit', 'kind', ...REUSE_COUNT_COLUMNS], lang),
				r.rows.map((x) => [x.reuseRank, x.violationRank, x.code, x.name, x.kind, ...reuseCells(x.counts)])
			);
		}
		case 'reuse-procedures.csv': {
			const code = p.get('unit');
			const s = code ? await cachedUnitReuse(store, code, q) : await cachedNationalReuse(store, q);
			return csvResponse(
				`tai-su-dung-thu-tuc-${code ?? 'ca-nuoc'}-${suffix}.csv`,
				head(['procedure', 'procedure_name', ...REUSE_COUNT_COLUMNS], lang),
				s.byProcedure.map((x) => [x.procedure, x.name, ...reuseCells(x)])
			);
		}
		default:
			throw new InputError('name', `no export called "${name}"`, 404);
	}
}

function reuseCells(c: Parameters<typeof reuseRates>[0]): unknown[] {
	const r = reuseRates(c);
	return [
		c.received,
		c.reusing,
		r.reuse.pct,
		c.components,
		c.fromData,
		r.componentReuse.pct,
		c.replaceable,
		c.rerequested,
		r.rerequest.pct,
		c.violating
	];
}
