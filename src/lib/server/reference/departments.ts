// Agencies (sở, ban, ngành) that receive dossiers in a province after the July 2025 reorganisation,
// and the procedure fields handled at commune level. Field keys refer to FIELDS in procedures.ts.

export interface DepartmentTemplate {
	key: string;
	name: string;
	fields: string[];
	/** relative share of a province's agency-level dossiers */
	weight: number;
}

export const PROVINCE_DEPARTMENTS: DepartmentTemplate[] = [
	{
		key: 'cong_an',
		name: 'Công an tỉnh',
		fields: ['xuat_nhap_canh', 'dang_ky_xe', 'giay_phep_lai_xe', 'phong_chay_chua_chay', 'an_ninh_trat_tu', 'can_cuoc', 'cu_tru'],
		weight: 16
	},
	{ key: 'vpdkdd', name: 'Văn phòng Đăng ký đất đai', fields: ['dat_dai'], weight: 20 },
	{ key: 'bhxh', name: 'Bảo hiểm xã hội tỉnh', fields: ['bao_hiem_xa_hoi', 'bao_hiem_y_te'], weight: 12 },
	{ key: 'tai_chinh', name: 'Sở Tài chính', fields: ['dang_ky_kinh_doanh', 'dau_tu'], weight: 8 },
	{
		key: 'ttpvhcc',
		name: 'Trung tâm Phục vụ hành chính công',
		fields: ['dang_ky_kinh_doanh', 'dat_dai', 'xay_dung', 'ly_lich_tu_phap', 'lao_dong_viec_lam', 'giay_phep_lai_xe'],
		weight: 8
	},
	{ key: 'thue', name: 'Thuế tỉnh', fields: ['thue'], weight: 6 },
	{
		key: 'tu_phap',
		name: 'Sở Tư pháp',
		fields: ['ly_lich_tu_phap', 'quoc_tich', 'bo_tro_tu_phap', 'ho_tich', 'nuoi_con_nuoi', 'chung_thuc'],
		weight: 6
	},
	{
		key: 'noi_vu',
		name: 'Sở Nội vụ',
		fields: ['lao_dong_viec_lam', 'nguoi_co_cong', 'thanh_lap_hoi', 'thi_dua_khen_thuong'],
		weight: 5
	},
	{ key: 'xay_dung', name: 'Sở Xây dựng', fields: ['xay_dung', 'nha_o', 'duong_bo'], weight: 5 },
	{ key: 'y_te', name: 'Sở Y tế', fields: ['y_te', 'duoc', 'an_toan_thuc_pham', 'bao_tro_xa_hoi', 'tre_em'], weight: 4 },
	{
		key: 'nong_nghiep_moi_truong',
		name: 'Sở Nông nghiệp và Môi trường',
		fields: ['dat_dai', 'moi_truong', 'khoang_san', 'nong_nghiep', 'thu_y'],
		weight: 4
	},
	{ key: 'cong_thuong', name: 'Sở Công Thương', fields: ['thuong_mai', 'dien_luc', 'an_toan_thuc_pham'], weight: 2.5 },
	{ key: 'giao_duc', name: 'Sở Giáo dục và Đào tạo', fields: ['giao_duc', 'giao_duc_nghe_nghiep'], weight: 2 },
	{
		key: 'bqlkcn',
		name: 'Ban Quản lý các khu công nghiệp',
		fields: ['dau_tu', 'lao_dong_viec_lam', 'xay_dung', 'moi_truong'],
		weight: 1.5
	},
	{ key: 'van_hoa', name: 'Sở Văn hóa, Thể thao và Du lịch', fields: ['van_hoa', 'du_lich', 'xuat_ban'], weight: 1.5 },
	{
		key: 'khoa_hoc_cong_nghe',
		name: 'Sở Khoa học và Công nghệ',
		fields: ['tieu_chuan_do_luong', 'so_huu_tri_tue', 'vien_thong'],
		weight: 1
	},
	{ key: 'thads', name: 'Thi hành án dân sự tỉnh', fields: ['thi_hanh_an'], weight: 1 },
	{ key: 'thanh_tra', name: 'Thanh tra tỉnh', fields: ['khieu_nai_to_cao'], weight: 0.5 },
	// Only in provinces that kept a separate Sở Dân tộc và Tôn giáo / Sở Ngoại vụ (elsewhere: Sở Nội vụ, Văn phòng UBND).
	{ key: 'dan_toc_ton_giao', name: 'Sở Dân tộc và Tôn giáo', fields: ['ton_giao', 'dan_toc'], weight: 0.5 },
	{ key: 'ngoai_vu', name: 'Sở Ngoại vụ', fields: ['lanh_su', 'hop_tac_quoc_te'], weight: 0.3 },
	{ key: 'quan_su', name: 'Bộ Chỉ huy quân sự tỉnh', fields: ['quoc_phong'], weight: 0.2 }
];

export const COMMUNE_FIELDS: string[] = [
	'ho_tich',
	'nuoi_con_nuoi',
	'chung_thuc',
	'cu_tru',
	'can_cuoc',
	'dat_dai',
	'xay_dung',
	'nha_o',
	'dang_ky_kinh_doanh',
	'dang_ky_xe',
	'bao_tro_xa_hoi',
	'nguoi_co_cong',
	'tre_em',
	'giao_duc',
	'van_hoa',
	'thi_dua_khen_thuong',
	'ton_giao',
	'moi_truong',
	'nong_nghiep',
	'quoc_phong',
	'khieu_nai_to_cao'
];
