// Ministries and ministry-level agencies that handle administrative procedures (structure from March 2025),
// with subordinate units that receive or decide dossiers. Field keys refer to FIELDS in procedures.ts.

export interface Ministry {
	code: string;
	name: string;
	short: string;
	agencies: { key: string; name: string; fields: string[] }[];
}

export const MINISTRIES: Ministry[] = [
	{
		code: 'B01',
		name: 'Bộ Quốc phòng',
		short: 'Quốc phòng',
		agencies: [
			{ key: 'tac_chien', name: 'Cục Tác chiến', fields: ['quoc_phong'] },
			{ key: 'quan_luc', name: 'Cục Quân lực', fields: ['quoc_phong'] },
			{ key: 'chinh_sach_xa_hoi', name: 'Cục Chính sách – Xã hội', fields: ['nguoi_co_cong'] },
			{ key: 'bien_phong', name: 'Bộ Tư lệnh Bộ đội Biên phòng', fields: ['xuat_nhap_canh'] }
		]
	},
	{
		code: 'B02',
		name: 'Bộ Công an',
		short: 'Công an',
		agencies: [
			{
				key: 'c06',
				name: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
				fields: ['cu_tru', 'can_cuoc', 'an_ninh_trat_tu']
			},
			{ key: 'c08', name: 'Cục Cảnh sát giao thông', fields: ['dang_ky_xe', 'giay_phep_lai_xe'] },
			{ key: 'a08', name: 'Cục Quản lý xuất nhập cảnh', fields: ['xuat_nhap_canh'] },
			{ key: 'c07', name: 'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', fields: ['phong_chay_chua_chay'] }
		]
	},
	{
		code: 'B03',
		name: 'Bộ Ngoại giao',
		short: 'Ngoại giao',
		agencies: [
			{ key: 'lanh_su', name: 'Cục Lãnh sự', fields: ['lanh_su', 'quoc_tich', 'ho_tich'] },
			{ key: 'le_tan', name: 'Cục Lễ tân Nhà nước', fields: ['lanh_su'] },
			{ key: 'luat_phap', name: 'Vụ Luật pháp và Điều ước quốc tế', fields: ['hop_tac_quoc_te'] }
		]
	},
	{
		code: 'B04',
		name: 'Bộ Nội vụ',
		short: 'Nội vụ',
		agencies: [
			{ key: 'viec_lam', name: 'Cục Việc làm', fields: ['lao_dong_viec_lam'] },
			{ key: 'lao_dong_ngoai_nuoc', name: 'Cục Quản lý lao động ngoài nước', fields: ['lao_dong_viec_lam'] },
			{ key: 'nguoi_co_cong', name: 'Cục Người có công', fields: ['nguoi_co_cong'] },
			{ key: 'to_chuc_phi_chinh_phu', name: 'Vụ Tổ chức phi chính phủ', fields: ['thanh_lap_hoi'] },
			{ key: 'thi_dua_khen_thuong', name: 'Ban Thi đua – Khen thưởng Trung ương', fields: ['thi_dua_khen_thuong'] }
		]
	},
	{
		code: 'B05',
		name: 'Bộ Tư pháp',
		short: 'Tư pháp',
		agencies: [
			{ key: 'lltp', name: 'Trung tâm Lý lịch tư pháp quốc gia', fields: ['ly_lich_tu_phap'] },
			{
				key: 'ho_tich',
				name: 'Cục Hộ tịch, quốc tịch, chứng thực',
				fields: ['ho_tich', 'quoc_tich', 'chung_thuc', 'nuoi_con_nuoi']
			},
			{ key: 'bo_tro_tu_phap', name: 'Cục Bổ trợ tư pháp', fields: ['bo_tro_tu_phap'] },
			{ key: 'gdbd', name: 'Cục Đăng ký quốc gia giao dịch bảo đảm', fields: ['giao_dich_bao_dam'] },
			{ key: 'thads', name: 'Cục Quản lý thi hành án dân sự', fields: ['thi_hanh_an'] }
		]
	},
	{
		code: 'B06',
		name: 'Bộ Tài chính',
		short: 'Tài chính',
		agencies: [
			{ key: 'thue', name: 'Cục Thuế', fields: ['thue'] },
			{ key: 'hai_quan', name: 'Cục Hải quan', fields: ['hai_quan'] },
			{ key: 'bhxh', name: 'Bảo hiểm xã hội Việt Nam', fields: ['bao_hiem_xa_hoi', 'bao_hiem_y_te'] },
			{ key: 'dkkd', name: 'Cục Quản lý đăng ký kinh doanh', fields: ['dang_ky_kinh_doanh'] },
			{ key: 'dtnn', name: 'Cục Đầu tư nước ngoài', fields: ['dau_tu'] }
		]
	},
	{
		code: 'B07',
		name: 'Bộ Công Thương',
		short: 'Công Thương',
		agencies: [
			{ key: 'xnk', name: 'Cục Xuất nhập khẩu', fields: ['thuong_mai'] },
			{ key: 'tmdt', name: 'Cục Thương mại điện tử và Kinh tế số', fields: ['thuong_mai'] },
			{ key: 'dien_luc', name: 'Cục Điện lực', fields: ['dien_luc'] },
			{ key: 'thi_truong', name: 'Cục Quản lý và Phát triển thị trường trong nước', fields: ['thuong_mai', 'an_toan_thuc_pham'] }
		]
	},
	{
		code: 'B08',
		name: 'Bộ Nông nghiệp và Môi trường',
		short: 'Nông nghiệp và Môi trường',
		agencies: [
			{ key: 'dat_dai', name: 'Cục Quản lý đất đai', fields: ['dat_dai'] },
			{ key: 'moi_truong', name: 'Cục Môi trường', fields: ['moi_truong'] },
			{ key: 'trong_trot_bvtv', name: 'Cục Trồng trọt và Bảo vệ thực vật', fields: ['nong_nghiep'] },
			{ key: 'chan_nuoi_thu_y', name: 'Cục Chăn nuôi và Thú y', fields: ['thu_y'] },
			{ key: 'dia_chat_khoang_san', name: 'Cục Địa chất và Khoáng sản Việt Nam', fields: ['khoang_san'] }
		]
	},
	{
		code: 'B09',
		name: 'Bộ Xây dựng',
		short: 'Xây dựng',
		agencies: [
			{ key: 'kinh_te_xd', name: 'Cục Kinh tế – Quản lý đầu tư xây dựng', fields: ['xay_dung'] },
			{ key: 'nha_bds', name: 'Cục Quản lý nhà và thị trường bất động sản', fields: ['nha_o'] },
			{ key: 'duong_bo', name: 'Cục Đường bộ Việt Nam', fields: ['duong_bo'] },
			{ key: 'hang_hai', name: 'Cục Hàng hải và Đường thủy Việt Nam', fields: ['hang_hai'] }
		]
	},
	{
		code: 'B10',
		name: 'Bộ Văn hóa, Thể thao và Du lịch',
		short: 'Văn hóa, Thể thao và Du lịch',
		agencies: [
			{ key: 'du_lich', name: 'Cục Du lịch Quốc gia Việt Nam', fields: ['du_lich'] },
			{ key: 'ban_quyen', name: 'Cục Bản quyền tác giả', fields: ['so_huu_tri_tue'] },
			{ key: 'xuat_ban', name: 'Cục Xuất bản, In và Phát hành', fields: ['xuat_ban'] },
			{ key: 'nghe_thuat', name: 'Cục Nghệ thuật biểu diễn', fields: ['van_hoa'] },
			{ key: 'di_san', name: 'Cục Di sản văn hóa', fields: ['van_hoa'] }
		]
	},
	{
		code: 'B11',
		name: 'Bộ Khoa học và Công nghệ',
		short: 'Khoa học và Công nghệ',
		agencies: [
			{ key: 'shtt', name: 'Cục Sở hữu trí tuệ', fields: ['so_huu_tri_tue'] },
			{ key: 'tan_so', name: 'Cục Tần số vô tuyến điện', fields: ['vien_thong'] },
			{ key: 'vien_thong', name: 'Cục Viễn thông', fields: ['vien_thong'] },
			{ key: 'tcdlcl', name: 'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia', fields: ['tieu_chuan_do_luong'] }
		]
	},
	{
		code: 'B12',
		name: 'Bộ Giáo dục và Đào tạo',
		short: 'Giáo dục và Đào tạo',
		agencies: [
			{ key: 'qlcl', name: 'Cục Quản lý chất lượng', fields: ['giao_duc'] },
			{ key: 'gddh', name: 'Vụ Giáo dục Đại học', fields: ['giao_duc'] },
			{ key: 'gdnn', name: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên', fields: ['giao_duc_nghe_nghiep'] }
		]
	},
	{
		code: 'B13',
		name: 'Bộ Y tế',
		short: 'Y tế',
		agencies: [
			{ key: 'qld', name: 'Cục Quản lý Dược', fields: ['duoc'] },
			{ key: 'kcb', name: 'Cục Quản lý Khám, chữa bệnh', fields: ['y_te'] },
			{ key: 'attp', name: 'Cục An toàn thực phẩm', fields: ['an_toan_thuc_pham'] },
			{ key: 'btxh', name: 'Cục Bảo trợ xã hội', fields: ['bao_tro_xa_hoi'] },
			{ key: 'bmte', name: 'Cục Bà mẹ và Trẻ em', fields: ['tre_em'] }
		]
	},
	{
		code: 'B14',
		name: 'Bộ Dân tộc và Tôn giáo',
		short: 'Dân tộc và Tôn giáo',
		agencies: [
			{ key: 'ton_giao', name: 'Ban Tôn giáo Chính phủ', fields: ['ton_giao'] },
			{ key: 'chinh_sach_dan_toc', name: 'Vụ Chính sách dân tộc', fields: ['dan_toc'] },
			{ key: 'van_phong', name: 'Văn phòng Bộ', fields: ['dan_toc', 'ton_giao'] }
		]
	},
	{
		code: 'B15',
		name: 'Ngân hàng Nhà nước Việt Nam',
		short: 'Ngân hàng Nhà nước',
		agencies: [
			{ key: 'ngoai_hoi', name: 'Cục Quản lý ngoại hối', fields: ['ngan_hang'] },
			{ key: 'giam_sat_tctd', name: 'Cục Quản lý, giám sát tổ chức tín dụng', fields: ['ngan_hang'] },
			{ key: 'thanh_toan', name: 'Vụ Thanh toán', fields: ['ngan_hang'] }
		]
	},
	{
		code: 'B16',
		name: 'Thanh tra Chính phủ',
		short: 'Thanh tra Chính phủ',
		agencies: [
			{ key: 'tiep_cong_dan', name: 'Ban Tiếp công dân Trung ương', fields: ['khieu_nai_to_cao'] },
			{ key: 'kntc_khu_vuc_1', name: 'Cục Giải quyết khiếu nại, tố cáo và Thanh tra khu vực I', fields: ['khieu_nai_to_cao'] },
			{ key: 'pctn', name: 'Cục Phòng, chống tham nhũng, tiêu cực', fields: ['khieu_nai_to_cao'] }
		]
	},
	{
		code: 'B17',
		name: 'Văn phòng Chính phủ',
		short: 'Văn phòng Chính phủ',
		agencies: [
			{ key: 'kstthc', name: 'Cục Kiểm soát thủ tục hành chính', fields: ['kiem_soat_tthc'] },
			{ key: 'quan_he_quoc_te', name: 'Vụ Quan hệ quốc tế', fields: ['hop_tac_quoc_te'] },
			{ key: 'doi_moi_dn', name: 'Vụ Đổi mới doanh nghiệp', fields: ['dau_tu'] }
		]
	}
];
