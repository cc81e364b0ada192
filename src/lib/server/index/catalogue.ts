/**
 * The metric catalogue of the index (INDICATORS.md) as data. Values marked unconfirmed in the spec are defaults:
 * an administrator overrides them at run time (settings key 'metrics'), never by a release.
 */

export const CATALOGUE_VERSION = '2026.1';

export type GroupCode = 'CKMB' | 'TDGQ' | 'CLGQ' | 'TTTT' | 'MDHL' | 'MDSH';
export type ZeroRule = 'full' | 'zero' | 'na';
/** root: measured for root units only, children show 0/0; inherited: children show their root's values; every: each unit. */
export type Scope = 'root' | 'inherited' | 'every';

export interface GroupDef {
	code: GroupCode;
	vi: string;
	en: string;
	/** Column headings. */
	short_vi: string;
	short_en: string;
	points: number;
	/** The five-group view of the official texts folds online payment into online service. */
	five: GroupCode;
}

export const GROUPS: GroupDef[] = [
	{
		code: 'CKMB',
		vi: 'Công khai, minh bạch',
		en: 'Transparency',
		short_vi: 'Công khai',
		short_en: 'Transparency',
		points: 18,
		five: 'CKMB'
	},
	{
		code: 'TDGQ',
		vi: 'Tiến độ giải quyết',
		en: 'Timeliness',
		short_vi: 'Tiến độ',
		short_en: 'Timeliness',
		points: 20,
		five: 'TDGQ'
	},
	{
		code: 'CLGQ',
		vi: 'Dịch vụ công trực tuyến',
		en: 'Online service',
		short_vi: 'DVC trực tuyến',
		short_en: 'Online',
		points: 12,
		five: 'CLGQ'
	},
	{
		code: 'TTTT',
		vi: 'Thanh toán trực tuyến',
		en: 'Online payment',
		short_vi: 'Thanh toán',
		short_en: 'Payment',
		points: 10,
		five: 'CLGQ'
	},
	{
		code: 'MDHL',
		vi: 'Mức độ hài lòng',
		en: 'Satisfaction',
		short_vi: 'Hài lòng',
		short_en: 'Satisfaction',
		points: 18,
		five: 'MDHL'
	},
	{ code: 'MDSH', vi: 'Số hóa hồ sơ', en: 'Digitisation', short_vi: 'Số hóa', short_en: 'Digitisation', points: 22, five: 'MDSH' }
];

export interface MetricDef {
	code: string;
	group: GroupCode;
	vi: string;
	en: string;
	/** What is counted, in plain words (numerator / denominator). */
	formula_vi: string;
	formula_en: string;
	/** 0 for metrics that are shown, not scored. */
	points: number;
	/** Ratio at which full points are earned (1 = linear). */
	target: number;
	zero: ZeroRule;
	scope: Scope;
	/** Shown as a percentage (ratio metrics) or as a plain value (counts, averages). */
	kind: 'ratio' | 'count' | 'days';
	unconfirmed?: boolean;
}

export const METRICS: MetricDef[] = [
	// CKMB — transparency, 18
	{
		code: 'PUBLISH_ON_TIME',
		group: 'CKMB',
		vi: 'Công bố TTHC đúng hạn',
		en: 'Procedures published on time',
		formula_vi:
			'Số TTHC trong các quyết định công bố ban hành trong kỳ, ký trước ngày văn bản có hiệu lực ít nhất 20 ngày làm việc (bộ) hoặc 5 ngày làm việc (tỉnh) / tổng số TTHC trong các quyết định đó',
		formula_en:
			'Procedures in publication decisions of the period signed at least 20 (ministry) or 5 (province) working days before the legal basis takes effect / procedures in those decisions',
		points: 6,
		target: 1,
		zero: 'full',
		scope: 'inherited',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'PUBLIC_UPDATE_ON_TIME',
		group: 'CKMB',
		vi: 'Công khai TTHC trên CSDL quốc gia đúng hạn',
		en: 'Procedures made public on the national database on time',
		formula_vi:
			'Số TTHC được công khai trên CSDL quốc gia trong 10 (bộ) hoặc 5 (tỉnh) ngày làm việc kể từ ngày ký quyết định / tổng số TTHC trong các quyết định của kỳ',
		formula_en:
			'Procedures made public on the national database within 10 (ministry) or 5 (province) working days of the decision / procedures in decisions of the period',
		points: 4,
		target: 1,
		zero: 'full',
		scope: 'inherited',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'PUBLIC_CONTENT_FULL',
		group: 'CKMB',
		vi: 'TTHC công khai đầy đủ nội dung',
		en: 'Published procedures with complete content',
		formula_vi:
			'Số TTHC đã công khai có đủ nội dung (tên, trình tự, cách thức, thành phần, thời hạn, đối tượng, cơ quan) / tổng số TTHC đã công khai',
		formula_en:
			'Published procedures with complete content (name, steps, method, components, time limit, target, agency) / published procedures',
		points: 2,
		target: 1,
		zero: 'full',
		scope: 'inherited',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'DOSSIER_SYNC',
		group: 'CKMB',
		vi: 'Hồ sơ đồng bộ lên Cổng DVC quốc gia',
		en: 'Dossiers synced to the national portal',
		formula_vi: 'Số hồ sơ tiếp nhận trong kỳ đã đồng bộ / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en: 'Dossiers received in the period and synced / dossiers received in the period',
		points: 6,
		target: 1,
		zero: 'full',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	// TDGQ — timeliness, 20
	{
		code: 'ON_TIME',
		group: 'TDGQ',
		vi: 'Hồ sơ giải quyết đúng hạn, còn hạn',
		en: 'Dossiers on time or still in time',
		formula_vi:
			'Số hồ sơ tiếp nhận trong kỳ đã giải quyết đúng hạn hoặc chưa giải quyết nhưng còn hạn tại thời điểm đánh giá / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en:
			'Dossiers received in the period that were finished on time, or are unfinished and not yet due at the evaluation time / dossiers received in the period',
		points: 20,
		target: 1,
		zero: 'full',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'AVG_DAYS',
		group: 'TDGQ',
		vi: 'Thời gian giải quyết trung bình (ngày)',
		en: 'Average processing time (days)',
		formula_vi: 'Tổng thời gian (kết thúc − tiếp nhận − thời gian tạm dừng) của hồ sơ đã giải quyết / số hồ sơ đó',
		formula_en: 'Sum of (end − reception − paused time) of finished dossiers / their count',
		points: 0,
		target: 1,
		zero: 'na',
		scope: 'every',
		kind: 'days'
	},
	{
		code: 'RECEIVED',
		group: 'TDGQ',
		vi: 'Hồ sơ tiếp nhận',
		en: 'Dossiers received',
		formula_vi: 'Số hồ sơ tiếp nhận trong kỳ',
		formula_en: 'Dossiers received in the period',
		points: 0,
		target: 1,
		zero: 'na',
		scope: 'every',
		kind: 'count'
	},
	{
		code: 'COMPLETED',
		group: 'TDGQ',
		vi: 'Hồ sơ đã giải quyết',
		en: 'Dossiers finished',
		formula_vi: 'Số hồ sơ tiếp nhận trong kỳ đã giải quyết xong tại thời điểm đánh giá',
		formula_en: 'Dossiers received in the period and finished by the evaluation time',
		points: 0,
		target: 1,
		zero: 'na',
		scope: 'every',
		kind: 'count'
	},
	{
		code: 'OVERDUE',
		group: 'TDGQ',
		vi: 'Hồ sơ trễ hạn, quá hạn',
		en: 'Dossiers late or overdue',
		formula_vi: 'Số hồ sơ tiếp nhận trong kỳ đã giải quyết trễ hạn hoặc chưa giải quyết mà đã quá hạn',
		formula_en: 'Dossiers received in the period finished late, or unfinished and past due',
		points: 0,
		target: 1,
		zero: 'na',
		scope: 'every',
		kind: 'count'
	},
	// CLGQ — online service, 12
	{
		code: 'FULL',
		group: 'CLGQ',
		vi: 'TTHC cung cấp DVC trực tuyến toàn trình',
		en: 'Procedures offered fully online',
		formula_vi: 'Số TTHC cung cấp trực tuyến toàn trình / số TTHC đủ điều kiện toàn trình (chỉ tính cho bộ, tỉnh)',
		formula_en: 'Procedures offered at full-process level / procedures eligible for it (root units only)',
		points: 2,
		target: 0.8,
		zero: 'zero',
		scope: 'root',
		kind: 'ratio'
	},
	{
		code: 'HAS_ONLINE',
		group: 'CLGQ',
		vi: 'DVC trực tuyến phát sinh hồ sơ',
		en: 'Online services that received an online dossier',
		formula_vi: 'Số TTHC cung cấp trực tuyến có ít nhất một hồ sơ trực tuyến trong kỳ / tổng số TTHC cung cấp trực tuyến',
		formula_en: 'Procedures offered online with at least one online dossier in the period / procedures offered online',
		points: 4,
		target: 1,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'ONLINE_DOSSIERS',
		group: 'CLGQ',
		vi: 'Hồ sơ nộp trực tuyến',
		en: 'Dossiers submitted online',
		formula_vi: 'Số hồ sơ tiếp nhận trực tuyến trong kỳ / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en: 'Dossiers received online in the period / dossiers received in the period',
		points: 6,
		target: 0.5,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'ONLINE_ON_TIME',
		group: 'CLGQ',
		vi: 'Hồ sơ trực tuyến đúng hạn',
		en: 'Online dossiers on time',
		formula_vi: 'Số hồ sơ trực tuyến đúng hạn, còn hạn / số hồ sơ trực tuyến',
		formula_en: 'Online dossiers on time or in time / online dossiers',
		points: 0,
		target: 1,
		zero: 'na',
		scope: 'every',
		kind: 'ratio'
	},
	// TTTT — online payment, 10
	{
		code: 'PAY_DOSSIERS',
		group: 'TTTT',
		vi: 'Hồ sơ thanh toán trực tuyến',
		en: 'Dossiers paid online',
		formula_vi:
			'Số hồ sơ có phí, lệ phí của kỳ được thanh toán qua Cổng DVC quốc gia hoặc cổng của bộ, tỉnh / số hồ sơ của kỳ thuộc TTHC có phí, lệ phí',
		formula_en:
			'Fee-bearing dossiers of the period paid through the national portal or a ministry/province gateway / dossiers of the period whose procedure has a fee',
		points: 6,
		target: 1,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'PAY_FORMALITIES',
		group: 'TTTT',
		vi: 'TTHC có phí phát sinh thanh toán trực tuyến',
		en: 'Fee-bearing procedures with online payments',
		formula_vi: 'Số TTHC có phí có ít nhất một lượt thanh toán trực tuyến trong kỳ / số TTHC có phí được cung cấp',
		formula_en: 'Fee-bearing procedures with at least one online payment in the period / fee-bearing procedures offered',
		points: 2,
		target: 0.8,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'PAY_PROVISION',
		group: 'TTTT',
		vi: 'TTHC có phí thanh toán trên Cổng DVC quốc gia',
		en: 'Fee-bearing procedures payable on the national portal',
		formula_vi: 'Số TTHC có phí có ít nhất một hồ sơ của kỳ thanh toán qua Cổng DVC quốc gia / số TTHC có phí được cung cấp',
		formula_en:
			'Fee-bearing procedures with at least one dossier of the period paid through the national portal itself / fee-bearing procedures offered',
		points: 2,
		target: 0.8,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	// MDHL — satisfaction, 18
	{
		code: 'DOSSIER_RECEIVING_SATISFACTION',
		group: 'MDHL',
		vi: 'Mức độ hài lòng trong tiếp nhận, giải quyết hồ sơ',
		en: 'Satisfaction with dossier handling',
		formula_vi:
			'Số hồ sơ tiếp nhận trong kỳ không quá hạn, không bị phản ánh, kiến nghị và không bị đánh giá không hài lòng / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en:
			'Dossiers received in the period that are neither overdue nor the subject of a complaint or a dissatisfied rating / dossiers received in the period',
		points: 6,
		target: 0.9,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio'
	},
	{
		code: 'PETITION_PROCESSING_ON_TIME',
		group: 'MDHL',
		vi: 'Xử lý phản ánh, kiến nghị đúng hạn',
		en: 'Petitions handled on time',
		formula_vi:
			'Số phản ánh, kiến nghị xử lý đúng hạn (15 ngày làm việc) hoặc còn hạn / số phản ánh, kiến nghị tiếp nhận hoặc xử lý trong kỳ',
		formula_en: 'Petitions handled within 15 working days, or still in time / petitions received or handled in the period',
		points: 6,
		target: 1,
		zero: 'full',
		scope: 'every',
		kind: 'ratio'
	},
	{
		code: 'PETITION_HANDLING_SATISFACTION',
		group: 'MDHL',
		vi: 'Hài lòng về xử lý phản ánh, kiến nghị',
		en: 'Satisfaction with petition handling',
		formula_vi:
			'Số phản ánh, kiến nghị trong kỳ trừ số có lượt không đồng tình nhiều hơn đồng tình, bị phản ánh lặp lại hoặc quá hạn / số phản ánh, kiến nghị tiếp nhận trong kỳ',
		formula_en:
			'Petitions of the period minus those with more dislikes than likes, repeated, or overdue / petitions received in the period',
		points: 6,
		target: 1,
		zero: 'full',
		scope: 'every',
		kind: 'ratio'
	},
	{
		code: 'PETITION_CLASSIFICATION_TTHC',
		group: 'MDHL',
		vi: 'Phản ánh về quy định, TTHC',
		en: 'Petitions about rules and procedures',
		formula_vi: 'Số phản ánh, kiến nghị về quy định, TTHC / số phản ánh, kiến nghị tiếp nhận trong kỳ',
		formula_en: 'Petitions about rules and procedures / petitions received in the period',
		points: 0,
		target: 1,
		zero: 'na',
		scope: 'every',
		kind: 'ratio'
	},
	{
		code: 'PETITION_CLASSIFICATION_STAFF',
		group: 'MDHL',
		vi: 'Phản ánh về hành vi cán bộ',
		en: 'Petitions about staff conduct',
		formula_vi: 'Số phản ánh, kiến nghị về hành vi của cán bộ, công chức / số phản ánh, kiến nghị tiếp nhận trong kỳ',
		formula_en: 'Petitions about staff conduct / petitions received in the period',
		points: 0,
		target: 1,
		zero: 'na',
		scope: 'every',
		kind: 'ratio'
	},
	// MDSH — digitisation and data reuse, 22
	{
		code: 'ORIGINAL_RESULT_AVAILABLE',
		group: 'MDSH',
		vi: 'Hồ sơ có kết quả điện tử',
		en: 'Dossiers with an electronic result',
		formula_vi: 'Số hồ sơ có kết quả giải quyết điện tử có giá trị pháp lý / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en: 'Dossiers whose result was issued electronically / dossiers received in the period',
		points: 6,
		target: 1,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'SO_HOA_GIAY_TO_GIAI_QUYET',
		group: 'MDSH',
		vi: 'Hồ sơ được số hóa',
		en: 'Digitised dossiers',
		formula_vi: 'Số hồ sơ được số hóa đủ thành phần (và kết quả, khi đã có) / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en: 'Dossiers with every component digitised (and the result, once issued) / dossiers received in the period',
		points: 4,
		target: 1,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'REUSED_DIGITIZED_DATA',
		group: 'MDSH',
		vi: 'Hồ sơ tái sử dụng dữ liệu đã số hóa',
		en: 'Dossiers reusing digitised data',
		formula_vi: 'Số hồ sơ có ít nhất một thành phần tái sử dụng từ hồ sơ, kết quả đã số hóa / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en:
			'Dossiers with at least one component reused from an earlier digitised dossier or result / dossiers received in the period',
		points: 2,
		target: 0.8,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
		group: 'MDSH',
		vi: 'Hồ sơ sử dụng kho dữ liệu cá nhân',
		en: "Dossiers using the citizen's data store",
		formula_vi:
			'Số hồ sơ có thành phần lấy từ kho dữ liệu cá nhân trên Cổng DVC quốc gia hoặc có kết quả đưa vào kho / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en:
			"Dossiers with a component from the citizen's data store on the national portal, or whose e-result was delivered to it / dossiers received in the period",
		points: 4,
		target: 1,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'CITIZEN_DATA_CONNECTED_DOSSIER',
		group: 'MDSH',
		vi: 'Hồ sơ khai thác dữ liệu dân cư',
		en: 'Dossiers using population data',
		formula_vi:
			'Số hồ sơ xác thực VNeID hoặc sử dụng dữ liệu từ kho cá nhân, CSDL quốc gia về dân cư / tổng số hồ sơ tiếp nhận trong kỳ',
		formula_en:
			'Dossiers with a VNeID-verified applicant, or data from the personal store or the population database / dossiers received in the period',
		points: 2,
		target: 1,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'CITIZEN_DATA_CONNECTED_FORMALITY',
		group: 'MDSH',
		vi: 'TTHC khai thác dữ liệu dân cư',
		en: 'Procedures using population data',
		formula_vi: 'Số TTHC có ít nhất một hồ sơ khai thác dữ liệu dân cư trong kỳ / số TTHC được cung cấp có đối tượng là cá nhân',
		formula_en:
			'Procedures with at least one dossier using population data in the period / procedures offered whose target includes individuals',
		points: 2,
		target: 1,
		zero: 'zero',
		scope: 'every',
		kind: 'ratio',
		unconfirmed: true
	},
	{
		code: 'ELECTRONIC_CERTIFIED_COPY',
		group: 'MDSH',
		vi: 'Xã cung cấp chứng thực bản sao điện tử',
		en: 'Communes offering electronic certified copies',
		formula_vi: 'Số xã, phường cung cấp dịch vụ chứng thực bản sao điện tử / tổng số xã, phường của đơn vị',
		formula_en: 'Communes offering electronic certified copies / communes of the unit',
		points: 2,
		target: 1,
		zero: 'full',
		scope: 'every',
		kind: 'ratio'
	}
];

/** Other tunable values of the method (unconfirmed in the spec, or the dashboard's own). */
export interface MethodSettings {
	/** Publication decisions must precede the legal basis by this many working days. */
	publishLeadDays: { ministry: number; province: number };
	/** … and be made public within this many working days of the decision. */
	publicDays: { ministry: number; province: number };
	/** Petitions must be handled within this many working days of receipt. */
	petitionDays: number;
	/** An open dossier is "due soon" when due within this many working (office) hours. */
	dueSoonHours: number;
	/** Colour bands on score ÷ maximum: below red is red, below amber is amber. */
	bands: { red: number; amber: number };
}

export const DEFAULT_SETTINGS: MethodSettings = {
	publishLeadDays: { ministry: 20, province: 5 },
	publicDays: { ministry: 10, province: 5 },
	petitionDays: 15,
	dueSoonHours: 8,
	bands: { red: 0.5, amber: 0.7 }
};

export type MetricOverride = Partial<Pick<MetricDef, 'points' | 'target' | 'zero' | 'scope'>>;

export interface Method {
	version: string;
	metrics: MetricDef[];
	groups: GroupDef[];
	settings: MethodSettings;
}

/** The catalogue with an administrator's overrides applied; unknown codes and bad values are ignored. */
export function method(
	overrides: Record<string, MetricOverride> = {},
	settings: Partial<MethodSettings> = {},
	stamp = ''
): Method {
	const metrics = METRICS.map((m) => {
		const o = overrides[m.code];
		if (!o) return m;
		const next = { ...m };
		if (typeof o.points === 'number' && o.points >= 0) next.points = o.points;
		if (typeof o.target === 'number' && o.target > 0 && o.target <= 1) next.target = o.target;
		if (o.zero === 'full' || o.zero === 'zero' || o.zero === 'na') next.zero = o.zero;
		if (o.scope === 'root' || o.scope === 'inherited' || o.scope === 'every') next.scope = o.scope;
		return next;
	});
	const groups = GROUPS.map((g) => ({
		...g,
		points: metrics.filter((m) => m.group === g.code).reduce((a, m) => a + m.points, 0)
	}));
	return {
		version: stamp ? `${CATALOGUE_VERSION}+${stamp}` : CATALOGUE_VERSION,
		metrics,
		groups,
		settings: { ...DEFAULT_SETTINGS, ...settings, bands: { ...DEFAULT_SETTINGS.bands, ...settings.bands } }
	};
}
