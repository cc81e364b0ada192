import type { Lang } from './i18n';

/** Names of the databases and sources that can serve a dossier component (FEED.md), for pages and CSV files. */

const DATABASES: Record<string, { vi: string; en: string }> = {
	population: { vi: 'CSDL quốc gia về dân cư', en: 'National population database' },
	civil_status: { vi: 'CSDL hộ tịch điện tử', en: 'Civil status database' },
	land: { vi: 'CSDL đất đai', en: 'Land database' },
	insurance: { vi: 'CSDL bảo hiểm', en: 'Insurance database' },
	business_registry: { vi: 'CSDL đăng ký doanh nghiệp', en: 'Business registry' },
	vehicle: { vi: 'CSDL đăng ký phương tiện', en: 'Vehicle registration database' },
	driving_licence: { vi: 'CSDL giấy phép lái xe', en: 'Driving licence database' },
	judicial_record: { vi: 'CSDL lý lịch tư pháp', en: 'Judicial record database' },
	health: { vi: 'CSDL y tế', en: 'Health database' },
	education: { vi: 'CSDL văn bằng, giáo dục', en: 'Education and diplomas database' }
};

/** Buckets of reuse that are not a database. */
const OTHER: Record<string, { vi: string; en: string }> = {
	reused: { vi: 'Hồ sơ, kết quả đã số hóa trước đó', en: 'Earlier digitised dossiers or results' },
	personal_storage: { vi: 'Kho dữ liệu cá nhân (Cổng DVC quốc gia)', en: 'Personal data store (national portal)' },
	vneid: { vi: 'Giấy tờ trên VNeID (không rõ CSDL)', en: 'VNeID document (database not stated)' }
};

const SOURCES: Record<string, { vi: string; en: string }> = {
	upload: { vi: 'Tải lên', en: 'Uploaded' },
	paper: { vi: 'Nộp bản giấy', en: 'On paper' },
	database: { vi: 'Lấy từ CSDL', en: 'From a database' },
	vneid: { vi: 'Qua VNeID', en: 'Through VNeID' },
	reused: { vi: 'Tái sử dụng', en: 'Reused' },
	personal_storage: { vi: 'Kho dữ liệu cá nhân', en: 'Personal data store' }
};

/** A database or bucket by its key; `kind` tells a bucket ('reused', …) from a database of the same name. */
export function databaseLabel(key: string | null, lang: Lang, kind = 'database'): string {
	if (!key) return '–';
	const names = kind === 'database' ? (DATABASES[key] ?? OTHER[key]) : (OTHER[key] ?? DATABASES[key]);
	return names?.[lang] ?? key;
}

export function sourceLabel(key: string | null, lang: Lang): string {
	if (!key) return '–';
	return SOURCES[key]?.[lang] ?? key;
}
