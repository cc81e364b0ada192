/** UI strings in Vietnamese (default) and English. Keys are stable; add both languages together. */
export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

const vi = {
	app_name: 'Chỉ số 766',
	app_tagline: 'Chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính',
	nav_overview: 'Tổng quan',
	nav_feed: 'Dữ liệu đồng bộ',
	nav_reuse: 'Tái sử dụng dữ liệu',
	nav_officials: 'Cán bộ xử lý',
	nav_admin: 'Quản trị',
	sign_in: 'Đăng nhập',
	sign_out: 'Đăng xuất',
	lang_switch: 'English',
	updated: 'Cập nhật',
	live: 'Trực tiếp',
	reconnecting: 'Đang kết nối lại…',
	province: 'Tỉnh, thành phố',
	ministry: 'Bộ, ngành',
	dossiers: 'Hồ sơ',
	dossiers_open: 'Đang giải quyết',
	dossiers_today: 'Tiếp nhận hôm nay',
	events: 'Sự kiện',
	events_today: 'Sự kiện hôm nay',
	last_event: 'Sự kiện gần nhất',
	no_data: 'Chưa có dữ liệu',
	no_data_hint: 'Chưa nhận được hồ sơ nào. Gửi sự kiện qua POST /api/v1/events hoặc chạy npm run ingest.',
	rejected_records: 'Bản ghi bị từ chối',
	batches: 'Lô dữ liệu gần đây',
	source: 'Nguồn',
	received: 'Nhận',
	accepted: 'Chấp nhận',
	duplicates: 'Trùng',
	rejected: 'Từ chối',
	reason: 'Lý do',
	line: 'Dòng',
	time: 'Thời gian',
	total: 'Tổng',
	by_province: 'Hồ sơ và sự kiện theo tỉnh, thành phố',
	by_ministry: 'Hồ sơ và sự kiện theo bộ, ngành',
	error_title: 'Đã có lỗi',
	error_back: 'Về trang tổng quan',
	not_found: 'Không tìm thấy trang'
};
export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
	app_name: 'Index 766',
	app_tagline: 'Quality of service to citizens and businesses in administrative procedures',
	nav_overview: 'Overview',
	nav_feed: 'Data feeds',
	nav_reuse: 'Data reuse',
	nav_officials: 'Officials',
	nav_admin: 'Administration',
	sign_in: 'Sign in',
	sign_out: 'Sign out',
	lang_switch: 'Tiếng Việt',
	updated: 'Updated',
	live: 'Live',
	reconnecting: 'Reconnecting…',
	province: 'Province',
	ministry: 'Ministry',
	dossiers: 'Dossiers',
	dossiers_open: 'In progress',
	dossiers_today: 'Received today',
	events: 'Events',
	events_today: 'Events today',
	last_event: 'Latest event',
	no_data: 'No data yet',
	no_data_hint: 'No dossier has arrived yet. Send events to POST /api/v1/events or run npm run ingest.',
	rejected_records: 'Rejected records',
	batches: 'Recent batches',
	source: 'Source',
	received: 'Received',
	accepted: 'Accepted',
	duplicates: 'Duplicates',
	rejected: 'Rejected',
	reason: 'Reason',
	line: 'Line',
	time: 'Time',
	total: 'Total',
	by_province: 'Dossiers and events by province',
	by_ministry: 'Dossiers and events by ministry',
	error_title: 'Something went wrong',
	error_back: 'Back to the overview',
	not_found: 'Page not found'
};

const messages: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function translator(lang: Lang) {
	const m = messages[lang] ?? vi;
	return (key: MessageKey, vars?: Record<string, string | number>): string => {
		let s = m[key] ?? vi[key] ?? key;
		if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
		return s;
	};
}

export function locale(lang: Lang): string {
	return lang === 'en' ? 'en-GB' : 'vi-VN';
}

/** Numbers and dates formatted for the language; times always in Vietnam time. */
export function formatters(lang: Lang) {
	const loc = locale(lang);
	const int = new Intl.NumberFormat(loc, { maximumFractionDigits: 0 });
	const dec2 = new Intl.NumberFormat(loc, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	const dec1 = new Intl.NumberFormat(loc, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const dt = new Intl.DateTimeFormat(loc, { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' });
	const d = new Intl.DateTimeFormat(loc, { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' });
	const tm = new Intl.DateTimeFormat(loc, { timeZone: 'Asia/Ho_Chi_Minh', timeStyle: 'medium' });
	const day = new Intl.DateTimeFormat(loc, { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
	const hm = new Intl.DateTimeFormat(loc, { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
	return {
		int: (n: number | null | undefined) => (n == null ? '–' : int.format(n)),
		dec2: (n: number | null | undefined) => (n == null ? '–' : dec2.format(n)),
		dec1: (n: number | null | undefined) => (n == null ? '–' : dec1.format(n)),
		pct: (n: number | null | undefined) => (n == null ? '–' : `${dec2.format(n * 100)} %`),
		dateTime: (t: string | Date | null | undefined) => (t == null ? '–' : dt.format(new Date(t))),
		date: (t: string | Date | null | undefined) => (t == null ? '–' : d.format(new Date(t))),
		time: (t: string | Date | null | undefined) => (t == null ? '–' : tm.format(new Date(t))),
		/** 23/11/2026 (four-digit year in both languages), and 14:05: the parts of a table cell. */
		day: (t: string | Date | null | undefined) => (t == null ? '–' : day.format(new Date(t))),
		hourMinute: (t: string | Date | null | undefined) => (t == null ? '–' : hm.format(new Date(t))),
		dayTime: (t: string | Date | null | undefined) => (t == null ? '–' : `${day.format(new Date(t))} ${hm.format(new Date(t))}`)
	};
}

/**
 * A page's own strings, kept beside the page: `const t = $derived(pageTranslator(data.lang, STRINGS))`, where
 * STRINGS = { vi: {...}, en: {...} } with the same keys; the shared keys above are available too.
 */
export function pageTranslator<K extends string>(lang: Lang, strings: { vi: Record<K, string>; en: Record<K, string> }) {
	const shared = translator(lang);
	const own = strings[lang] ?? strings.vi;
	return (key: K | MessageKey, vars?: Record<string, string | number>): string => {
		let s = (own as Record<string, string>)[key] ?? shared(key as MessageKey);
		if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
		return s;
	};
}
