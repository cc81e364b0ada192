import { locale, type Lang } from '$lib/i18n';

/** Names of the feed's codes (statuses, channels, event types, sources, …) in both languages; unknown codes show as sent. */

type Names = Record<string, { vi: string; en: string }>;

export const STATUS: Names = {
	late: { vi: 'Trễ hạn (đã xử lý)', en: 'Late (finished)' },
	overdue: { vi: 'Quá hạn (đang xử lý)', en: 'Overdue (open)' },
	due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
	in_time: { vi: 'Còn hạn', en: 'In time' },
	on_time: { vi: 'Đúng hạn', en: 'On time' }
};

/** Order of the status filter: the problems first. */
export const STATUS_ORDER = ['late', 'overdue', 'due_soon', 'in_time', 'on_time'] as const;

export const CHANNEL: Names = {
	online: { vi: 'Trực tuyến', en: 'Online' },
	in_person: { vi: 'Trực tiếp', en: 'In person' },
	postal: { vi: 'Bưu chính', en: 'Postal' }
};

export const STATE: Names = {
	processing: { vi: 'Đang xử lý', en: 'Being processed' },
	supplement: { vi: 'Chờ bổ sung', en: 'Awaiting documents' },
	completed: { vi: 'Đã xử lý xong', en: 'Processed' },
	returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
	stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
	withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
	not_accepted: { vi: 'Không tiếp nhận', en: 'Not accepted' },
	pending: { vi: 'Chưa tiếp nhận', en: 'Not yet received' }
};

export const EVENT: Names = {
	received: { vi: 'Tiếp nhận', en: 'Received' },
	not_accepted: { vi: 'Không tiếp nhận', en: 'Not accepted' },
	assigned: { vi: 'Chuyển xử lý', en: 'Assigned' },
	transferred: { vi: 'Chuyển đơn vị khác (liên thông)', en: 'Transferred to another unit' },
	digitised: { vi: 'Số hóa', en: 'Digitised' },
	supplement_requested: { vi: 'Yêu cầu bổ sung', en: 'Documents requested' },
	supplement_received: { vi: 'Nhận bổ sung', en: 'Documents received' },
	rescheduled: { vi: 'Hẹn lại ngày trả', en: 'Rescheduled' },
	paid: { vi: 'Thanh toán phí, lệ phí', en: 'Fee paid' },
	completed: { vi: 'Xử lý xong', en: 'Processed' },
	returned: { vi: 'Trả kết quả', en: 'Result returned' },
	synced: { vi: 'Đồng bộ lên Cổng DVC quốc gia', en: 'Synced to the national portal' },
	stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
	withdrawn: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
	rated: { vi: 'Đánh giá', en: 'Rated' }
};

export const SOURCE: Names = {
	upload: { vi: 'Người nộp tải lên', en: 'Uploaded by the applicant' },
	paper: { vi: 'Bản giấy', en: 'On paper' },
	reused: { vi: 'Tái sử dụng hồ sơ, kết quả đã số hóa', en: 'Reused from digitised dossiers or results' },
	personal_storage: { vi: 'Kho dữ liệu cá nhân trên Cổng DVC quốc gia', en: "Applicant's data store on the national portal" },
	database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
	vneid: { vi: 'VNeID', en: 'VNeID' }
};

export const DATABASE: Names = {
	population: { vi: 'CSDL quốc gia về dân cư', en: 'National population database' },
	civil_status: { vi: 'CSDL hộ tịch điện tử', en: 'Civil status database' },
	land: { vi: 'CSDL đất đai', en: 'Land database' },
	insurance: { vi: 'CSDL bảo hiểm', en: 'Insurance database' },
	business_registry: { vi: 'CSDL đăng ký doanh nghiệp', en: 'Business registry' },
	vehicle: { vi: 'CSDL phương tiện', en: 'Vehicle database' },
	driving_licence: { vi: 'CSDL giấy phép lái xe', en: 'Driving licence database' },
	judicial_record: { vi: 'CSDL lý lịch tư pháp', en: 'Judicial record database' },
	health: { vi: 'CSDL y tế', en: 'Health database' }
};

export const METHOD: Names = {
	portal: { vi: 'Cổng DVC quốc gia', en: 'National portal' },
	gateway: { vi: 'Cổng thanh toán của bộ, tỉnh', en: 'Ministry or province gateway' },
	cash: { vi: 'Tiền mặt', en: 'Cash' },
	transfer: { vi: 'Chuyển khoản', en: 'Bank transfer' }
};

export const RATING: Names = {
	satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
	neutral: { vi: 'Bình thường', en: 'Neutral' },
	dissatisfied: { vi: 'Không hài lòng', en: 'Dissatisfied' }
};

export const OUTCOME: Names = {
	approved: { vi: 'Giải quyết', en: 'Granted' },
	rejected: { vi: 'Từ chối', en: 'Refused' }
};

export const KIND: Names = {
	province: { vi: 'Tỉnh, thành phố', en: 'Province' },
	ministry: { vi: 'Bộ, ngành', en: 'Ministry' },
	agency: { vi: 'Sở, ban, ngành', en: 'Agency' },
	commune: { vi: 'Xã, phường', en: 'Commune' }
};

export function name(table: Names, code: string | null | undefined, lang: Lang): string {
	if (code == null || code === '') return '–';
	return table[code]?.[lang] ?? code;
}

/** How late, in the unit a reader takes in at a glance: 10 phút, 15 giờ, 2,7 ngày (calendar time). */
export function lateBy(days: number, lang: Lang): string {
	const minutes = days * 1440;
	if (minutes < 60) return lang === 'vi' ? `${Math.max(1, Math.round(minutes))} phút` : `${Math.max(1, Math.round(minutes))} min`;
	if (days < 1) return lang === 'vi' ? `${Math.round(minutes / 60)} giờ` : `${Math.round(minutes / 60)} h`;
	const n = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(days);
	return lang === 'vi' ? `${n} ngày` : `${n} days`;
}
