import {
	FAMILY_NAMES,
	MIDDLE_NAMES_MALE,
	MIDDLE_NAMES_FEMALE,
	GIVEN_NAMES_MALE,
	GIVEN_NAMES_FEMALE,
	COMMUNE_NAME_PARTS
} from '../reference/names';
import type { Rng } from './random';

/**
 * Synthetic applicants and officials. The lists here are shared by the set-based generator (SQL) and live mode
 * (JS), so both produce the same kind of people.
 */

/** Mobile prefixes in use (Viettel, VinaPhone, MobiFone, Vietnamobile…). */
export const MOBILE_PREFIXES = [
	'086',
	'096',
	'097',
	'098',
	'032',
	'033',
	'034',
	'035',
	'036',
	'037',
	'038',
	'039',
	'088',
	'091',
	'094',
	'081',
	'082',
	'083',
	'084',
	'085',
	'089',
	'090',
	'093',
	'070',
	'076',
	'077',
	'078',
	'079',
	'092'
];

export const COMPANY_FORMS = ['Công ty TNHH', 'Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV', 'Doanh nghiệp tư nhân'];
export const COMPANY_TRADES = [
	'Thương mại',
	'Thương mại và Dịch vụ',
	'Xây dựng',
	'Đầu tư và Phát triển',
	'Sản xuất',
	'Vận tải',
	'Công nghệ',
	'Nông sản',
	'Thực phẩm',
	'Du lịch',
	'Xuất nhập khẩu',
	'Cơ khí'
];

/** Procedures whose summary names someone other than the applicant (the child, the deceased, the spouse). */
export const SUBJECT_ROLE: Record<string, 'child' | 'deceased' | 'spouse'> = {
	'1.001193': 'child',
	'1.012145': 'child',
	'1.004884': 'child',
	'1.000656': 'deceased',
	'1.012146': 'deceased',
	'1.000894': 'spouse',
	'1.003179': 'spouse'
};

export const RATING_COMMENTS: Record<'satisfied' | 'neutral' | 'dissatisfied', string[]> = {
	satisfied: [
		'Cán bộ hướng dẫn nhiệt tình, trả kết quả đúng hẹn.',
		'Thủ tục nhanh gọn, không phải đi lại nhiều.',
		'Nộp trực tuyến thuận tiện, nhận kết quả điện tử.',
		'Rất hài lòng.',
		'Không phải nộp lại giấy tờ đã có trên VNeID.'
	],
	neutral: ['Thời gian chờ tại bộ phận một cửa còn lâu.', 'Hệ thống trực tuyến đôi khi bị lỗi.', 'Tạm được.'],
	dissatisfied: [
		'Trả kết quả trễ hẹn, không có thư xin lỗi.',
		'Phải bổ sung giấy tờ nhiều lần.',
		'Bị yêu cầu nộp lại giấy tờ đã có trong cơ sở dữ liệu.',
		'Không được thông báo tình trạng hồ sơ.',
		'Cán bộ hướng dẫn chưa rõ ràng.'
	]
};

export const SUPPLEMENT_REASONS = [
	'Thiếu giấy tờ chứng minh theo quy định',
	'Thông tin trên tờ khai chưa khớp với CSDL quốc gia về dân cư',
	'Bản chụp giấy tờ không rõ nét',
	'Cần bổ sung văn bản ủy quyền',
	'Tờ khai chưa đủ chữ ký'
];
export const NOT_ACCEPTED_REASONS = [
	'Hồ sơ không thuộc thẩm quyền giải quyết',
	'Thành phần hồ sơ không đầy đủ',
	'Người nộp không cung cấp giấy tờ tùy thân hợp lệ',
	'Hồ sơ trùng lặp với hồ sơ đã nộp'
];
export const WITHDRAW_REASONS = ['Người nộp xin rút hồ sơ', 'Không còn nhu cầu thực hiện', 'Nộp nhầm thủ tục'];
export const STOP_REASONS = [
	'Quá thời hạn bổ sung hồ sơ',
	'Hồ sơ không đủ điều kiện giải quyết',
	'Có tranh chấp, khiếu nại liên quan'
];

export function familyName(r: Rng): string {
	return r.weighted(FAMILY_NAMES, ([, w]) => w)[0];
}

export function personName(r: Rng, male = r.chance(0.5), family = familyName(r)): string {
	const middle = r.pick(male ? MIDDLE_NAMES_MALE : MIDDLE_NAMES_FEMALE);
	const given = r.pick(male ? GIVEN_NAMES_MALE : GIVEN_NAMES_FEMALE);
	return `${family} ${middle} ${given}`;
}

/** 12-digit citizen identity number: 0 + province GSO + sex/century digit + 2-digit birth year + 6 digits. */
export function citizenId(gso: string, male: boolean, birthYear: number, serial: number): string {
	const century = birthYear >= 2000 ? 2 : 0;
	const sex = century + (male ? 0 : 1);
	return `0${gso}${sex}${String(birthYear % 100).padStart(2, '0')}${String(serial % 1_000_000).padStart(6, '0')}`;
}

/** 10-digit enterprise code (mã số doanh nghiệp): province GSO + 8 digits. */
export function taxCode(gso: string, serial: number): string {
	return `${gso}${String(serial % 100_000_000).padStart(8, '0')}`;
}

export function mobile(r: Rng): string {
	return r.pick(MOBILE_PREFIXES) + String(r.int(0, 9_999_999)).padStart(7, '0');
}

export function companyName(r: Rng): string {
	return `${r.pick(COMPANY_FORMS)} ${r.pick(COMPANY_TRADES)} ${r.pick(COMMUNE_NAME_PARTS)}`;
}

/** ASCII local part for an e-mail address: 'Nguyễn Văn Đức' → 'nguyenvanduc'. */
export function asciiName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

export interface Applicant {
	kind: 'citizen' | 'business';
	name: string;
	idNumber: string;
	phone: string;
	email?: string;
	/** For the summary: the person the dossier is about when not the applicant. */
	family: string;
}

export function applicant(r: Rng, kind: 'citizen' | 'business', gso: string, withEmail: boolean): Applicant {
	if (kind === 'business') {
		const name = companyName(r);
		return { kind, name, idNumber: taxCode(gso, r.int(0, 99_999_999)), phone: mobile(r), family: familyName(r) };
	}
	const male = r.chance(0.5);
	const family = familyName(r);
	const name = personName(r, male, family);
	const birthYear = 1950 + Math.floor(Math.pow(r(), 0.8) * 56);
	const a: Applicant = { kind, name, idNumber: citizenId(gso, male, birthYear, r.int(0, 999_999)), phone: mobile(r), family };
	if (withEmail) a.email = `${asciiName(name)}${r.int(1, 999)}@gmail.com`;
	return a;
}

/** Trích yếu: "Đăng ký khai sinh cho Nguyễn Văn An", "Đăng ký kết hôn: A và B", "… – Công ty TNHH …". */
export function summary(procedureCode: string, procedureName: string, a: Applicant, r: Rng): string {
	if (a.kind === 'business') return `${procedureName} – ${a.name}`;
	const role = SUBJECT_ROLE[procedureCode];
	if (role === 'spouse') return `${procedureName}: ${a.name} và ${personName(r)}`;
	if (role === 'child') return `${procedureName} cho cháu ${personName(r, r.chance(0.5), a.family)}`;
	if (role === 'deceased') {
		const male = r.chance(0.5);
		return `${procedureName} cho ${male ? 'ông' : 'bà'} ${personName(r, male, a.family)}`;
	}
	return `${procedureName} cho ${a.name}`;
}
