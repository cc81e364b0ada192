import type { Rng } from './random';
import type { Unit } from './units';

/** Internal departments (names from DEPARTMENT_UNITS) that receive and process a unit's dossiers. */

const PROVINCE_BY_FIELD: Record<string, string> = {
	ho_tich: 'Phòng Hộ tịch, quốc tịch, chứng thực',
	quoc_tich: 'Phòng Hộ tịch, quốc tịch, chứng thực',
	nuoi_con_nuoi: 'Phòng Hộ tịch, quốc tịch, chứng thực',
	chung_thuc: 'Phòng Hộ tịch, quốc tịch, chứng thực',
	ly_lich_tu_phap: 'Phòng Lý lịch tư pháp',
	bo_tro_tu_phap: 'Phòng Bổ trợ tư pháp',
	cu_tru: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
	can_cuoc: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
	an_ninh_trat_tu: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
	phong_chay_chua_chay: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
	dang_ky_xe: 'Phòng Cảnh sát giao thông',
	giay_phep_lai_xe: 'Phòng Cảnh sát giao thông',
	xuat_nhap_canh: 'Phòng Quản lý xuất nhập cảnh',
	bao_hiem_xa_hoi: 'Phòng Chế độ bảo hiểm xã hội',
	bao_hiem_y_te: 'Phòng Thu – Sổ, thẻ',
	dang_ky_kinh_doanh: 'Phòng Đăng ký kinh doanh',
	dau_tu: 'Phòng Tài chính – Kế hoạch',
	dat_dai: 'Chi nhánh Văn phòng Đăng ký đất đai',
	moi_truong: 'Phòng Tài nguyên và Môi trường',
	khoang_san: 'Phòng Tài nguyên và Môi trường',
	xay_dung: 'Phòng Quản lý xây dựng',
	nha_o: 'Phòng Quản lý xây dựng',
	duong_bo: 'Phòng Quản lý xây dựng',
	lao_dong_viec_lam: 'Phòng Lao động – Việc làm',
	nguoi_co_cong: 'Phòng Người có công',
	y_te: 'Phòng Quản lý hành nghề y, dược',
	duoc: 'Phòng Quản lý hành nghề y, dược',
	thuong_mai: 'Phòng Quản lý thương mại',
	thue: 'Phòng Kê khai và Kế toán thuế'
};

const COMMUNE_BY_FIELD: Record<string, 'economy' | 'society' | 'office'> = {
	dat_dai: 'economy',
	xay_dung: 'economy',
	nha_o: 'economy',
	dang_ky_kinh_doanh: 'economy',
	moi_truong: 'economy',
	nong_nghiep: 'economy',
	bao_tro_xa_hoi: 'society',
	nguoi_co_cong: 'society',
	tre_em: 'society',
	giao_duc: 'society',
	van_hoa: 'society',
	ton_giao: 'society',
	thi_dua_khen_thuong: 'society'
};

export function receptionDepartment(u: Unit, r: Rng): string {
	if (u.root.startsWith('B') || u.template === 'ttpvhcc') return 'Bộ phận Tiếp nhận và Trả kết quả';
	return r.chance(0.7) ? 'Bộ phận Một cửa' : 'Bộ phận Tiếp nhận và Trả kết quả';
}

/** The department that processes a procedure of `field` in unit `u`. */
export function departmentFor(u: Unit, field: string): string {
	if (u.kind === 'commune') {
		const kind = COMMUNE_BY_FIELD[field];
		if (kind === 'economy') return u.communeType === 'phuong' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế';
		if (kind === 'society') return 'Phòng Văn hóa – Xã hội';
		return 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân';
	}
	if (u.root.startsWith('B')) return 'Bộ phận Tiếp nhận và Trả kết quả';
	if (u.template === 'vpdkdd') return 'Chi nhánh Văn phòng Đăng ký đất đai';
	if (u.template === 'nong_nghiep_moi_truong' && field === 'dat_dai') return 'Phòng Quản lý đất đai';
	return PROVINCE_BY_FIELD[field] ?? 'Bộ phận Một cửa';
}
