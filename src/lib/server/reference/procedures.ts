// Catalogue of administrative procedures (thủ tục hành chính) used by the dashboard and the generator.

export type TimeUnit = 'hours' | 'days' | 'working_days' | 'months';

export interface ProcedureDef {
	code: string;
	name: string;
	field: string;
	level: 'commune' | 'province' | 'ministry';
	target: 'citizen' | 'business' | 'both';
	/** VND, 0 = none */
	fee: number;
	timeLimit: { value: number; unit: TimeUnit };
	fullOnlineEligible: boolean;
	paperResult: boolean;
	/** relative frequency, 1–100 */
	volume: number;
	components: { code: string; name: string; replaceableBy: string | null }[];
}

export type DatabaseKey =
	| 'population'
	| 'civil_status'
	| 'land'
	| 'insurance'
	| 'business_registry'
	| 'vehicle'
	| 'driving_licence'
	| 'judicial_record'
	| 'health'
	| 'education';

export const DATABASES: Record<string, { vi: string; en: string }> = {
	population: { vi: 'CSDL quốc gia về dân cư', en: 'National population database' },
	civil_status: { vi: 'CSDL hộ tịch điện tử', en: 'Electronic civil status database' },
	land: { vi: 'CSDL quốc gia về đất đai', en: 'National land database' },
	insurance: { vi: 'CSDL quốc gia về bảo hiểm', en: 'National insurance database' },
	business_registry: { vi: 'CSDL quốc gia về đăng ký doanh nghiệp', en: 'National business registration database' },
	vehicle: { vi: 'CSDL đăng ký xe', en: 'Vehicle registration database' },
	driving_licence: { vi: 'CSDL giấy phép lái xe', en: 'Driving licence database' },
	judicial_record: { vi: 'CSDL lý lịch tư pháp', en: 'Judicial record database' },
	health: {
		vi: 'CSDL y tế (giấy khám sức khỏe, giấy chứng sinh, giấy báo tử điện tử)',
		en: 'Health database (e-health certificates, birth and death notices)'
	},
	education: { vi: 'CSDL văn bằng, chứng chỉ', en: 'Diplomas and certificates database' }
};

export const FIELDS: Record<string, string> = {
	ho_tich: 'Hộ tịch',
	chung_thuc: 'Chứng thực',
	nuoi_con_nuoi: 'Nuôi con nuôi',
	quoc_tich: 'Quốc tịch',
	ly_lich_tu_phap: 'Lý lịch tư pháp',
	bo_tro_tu_phap: 'Bổ trợ tư pháp',
	giao_dich_bao_dam: 'Đăng ký biện pháp bảo đảm',
	thi_hanh_an: 'Thi hành án dân sự',
	cu_tru: 'Cư trú',
	can_cuoc: 'Căn cước',
	xuat_nhap_canh: 'Xuất nhập cảnh',
	dang_ky_xe: 'Đăng ký xe',
	giay_phep_lai_xe: 'Đường bộ (giấy phép lái xe)',
	phong_chay_chua_chay: 'Phòng cháy, chữa cháy',
	an_ninh_trat_tu: 'Ngành, nghề kinh doanh có điều kiện về an ninh, trật tự',
	quoc_phong: 'Quốc phòng',
	dat_dai: 'Đất đai',
	moi_truong: 'Môi trường',
	khoang_san: 'Địa chất và khoáng sản',
	nong_nghiep: 'Trồng trọt và bảo vệ thực vật',
	thu_y: 'Chăn nuôi và thú y',
	xay_dung: 'Xây dựng',
	nha_o: 'Nhà ở và thị trường bất động sản',
	duong_bo: 'Đường bộ',
	hang_hai: 'Hàng hải',
	dang_ky_kinh_doanh: 'Đăng ký kinh doanh',
	dau_tu: 'Đầu tư',
	thue: 'Thuế',
	hai_quan: 'Hải quan',
	bao_hiem_xa_hoi: 'Bảo hiểm xã hội',
	bao_hiem_y_te: 'Bảo hiểm y tế',
	thuong_mai: 'Thương mại',
	dien_luc: 'Điện lực',
	y_te: 'Khám bệnh, chữa bệnh',
	duoc: 'Dược, mỹ phẩm',
	an_toan_thuc_pham: 'An toàn thực phẩm',
	bao_tro_xa_hoi: 'Bảo trợ xã hội',
	tre_em: 'Trẻ em',
	nguoi_co_cong: 'Người có công',
	lao_dong_viec_lam: 'Lao động, việc làm',
	thanh_lap_hoi: 'Tổ chức và hoạt động của hội',
	thi_dua_khen_thuong: 'Thi đua, khen thưởng',
	ton_giao: 'Tín ngưỡng, tôn giáo',
	dan_toc: 'Công tác dân tộc',
	giao_duc: 'Giáo dục và Đào tạo',
	giao_duc_nghe_nghiep: 'Giáo dục nghề nghiệp',
	van_hoa: 'Văn hóa',
	du_lich: 'Du lịch',
	xuat_ban: 'Xuất bản, in và phát hành',
	so_huu_tri_tue: 'Sở hữu trí tuệ',
	tieu_chuan_do_luong: 'Tiêu chuẩn, đo lường, chất lượng',
	vien_thong: 'Viễn thông và tần số vô tuyến điện',
	lanh_su: 'Lãnh sự',
	ngan_hang: 'Hoạt động ngân hàng và ngoại hối',
	khieu_nai_to_cao: 'Giải quyết khiếu nại, tố cáo',
	kiem_soat_tthc: 'Kiểm soát thủ tục hành chính',
	hop_tac_quoc_te: 'Hội nghị, hội thảo quốc tế'
};

type Part = [name: string, replaceableBy: DatabaseKey | null];

const tp = (...parts: Part[]): ProcedureDef['components'] =>
	parts.map(([name, replaceableBy], i) => ({ code: `TP${i + 1}`, name, replaceableBy }));

const CCCD: Part = ['Giấy tờ tùy thân (CCCD, thẻ căn cước)', 'population'];
const NOI_CU_TRU: Part = ['Giấy tờ chứng minh nơi cư trú', 'population'];
const GCN_QSDD: Part = ['Giấy chứng nhận quyền sử dụng đất', 'land'];
const GCN_DKDN: Part = ['Giấy chứng nhận đăng ký doanh nghiệp', 'business_registry'];
const LLTP: Part = ['Phiếu lý lịch tư pháp', 'judicial_record'];
const GKSK: Part = ['Giấy khám sức khỏe', 'health'];
const VAN_BANG: Part = ['Văn bằng, chứng chỉ chuyên môn', 'education'];
const SO_BHXH: Part = ['Sổ bảo hiểm xã hội', 'insurance'];
const ANH: Part = ['Ảnh 4x6', null];

// Codes of the best-known procedures (khai sinh, kết hôn, khai tử, xác nhận tình trạng hôn nhân, trích lục,
// chứng thực bản sao, chứng thực chữ ký, hộ kinh doanh) are the national ones; the others are placeholders
// in the national format. Fees marked "approx." depend on local or case-specific rates.
export const PROCEDURES: ProcedureDef[] = [
	// ——— Cấp xã ———
	{
		code: '1.001193',
		name: 'Đăng ký khai sinh',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 60,
		components: tp(['Tờ khai đăng ký khai sinh', null], ['Giấy chứng sinh', 'health'], CCCD, [
			'Giấy chứng nhận kết hôn của cha mẹ',
			'civil_status'
		])
	},
	{
		code: '1.000894',
		name: 'Đăng ký kết hôn',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 22,
		components: tp(['Tờ khai đăng ký kết hôn', null], ['Giấy xác nhận tình trạng hôn nhân', 'civil_status'], CCCD)
	},
	{
		code: '1.000656',
		name: 'Đăng ký khai tử',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 16,
		components: tp(['Tờ khai đăng ký khai tử', null], ['Giấy báo tử', 'health'], CCCD)
	},
	{
		code: '2.000635',
		name: 'Cấp bản sao trích lục hộ tịch',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 8000,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 28,
		components: tp(['Tờ khai cấp bản sao trích lục hộ tịch', null], CCCD, ['Văn bản ủy quyền (nếu có)', null])
	},
	{
		code: '1.004873',
		name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 20,
		components: tp(['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', null], CCCD, [
			'Giấy tờ chứng minh việc ly hôn hoặc người kia đã chết',
			'civil_status'
		])
	},
	{
		code: '1.004884',
		name: 'Đăng ký lại khai sinh',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(
			['Tờ khai đăng ký lại khai sinh', null],
			['Bản sao giấy khai sinh hoặc giấy tờ có thông tin khai sinh', null],
			CCCD,
			['Văn bản cam đoan về việc đã đăng ký khai sinh', null]
		)
	},
	{
		code: '1.001022',
		name: 'Đăng ký nhận cha, mẹ, con',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 2,
		components: tp(
			['Tờ khai đăng ký nhận cha, mẹ, con', null],
			['Văn bản giám định ADN hoặc chứng cứ chứng minh quan hệ', null],
			CCCD,
			['Giấy khai sinh của người con', 'civil_status']
		)
	},
	{
		code: '1.004859',
		name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 15000 /* approx., local rate */,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 6,
		components: tp(
			['Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', null],
			['Giấy khai sinh hoặc trích lục hộ tịch', 'civil_status'],
			CCCD,
			['Giấy tờ làm căn cứ cải chính', null]
		)
	},
	{
		code: '1.000689',
		name: 'Đăng ký giám hộ',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(['Tờ khai đăng ký giám hộ', null], ['Văn bản cử người giám hộ', null], CCCD)
	},
	{
		code: '1.012145',
		name: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 40,
		components: tp(
			['Tờ khai điện tử liên thông', null],
			['Giấy chứng sinh', 'health'],
			['Giấy tờ tùy thân của cha, mẹ (CCCD)', 'population'],
			['Giấy chứng nhận kết hôn của cha mẹ', 'civil_status']
		)
	},
	{
		code: '1.012146',
		name: 'Liên thông đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 10,
		components: tp(['Tờ khai điện tử liên thông', null], ['Giấy báo tử', 'health'], SO_BHXH, CCCD)
	},
	{
		code: '1.003179',
		name: 'Đăng ký kết hôn có yếu tố nước ngoài',
		field: 'ho_tich',
		level: 'commune',
		target: 'citizen',
		fee: 1000000 /* approx., local rate */,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 3,
		components: tp(
			['Tờ khai đăng ký kết hôn', null],
			['Giấy xác nhận tình trạng hôn nhân', 'civil_status'],
			['Giấy xác nhận không mắc bệnh tâm thần', 'health'],
			['Hộ chiếu của người nước ngoài', null],
			CCCD
		)
	},
	{
		code: '1.003005',
		name: 'Đăng ký việc nuôi con nuôi trong nước',
		field: 'nuoi_con_nuoi',
		level: 'commune',
		target: 'citizen',
		fee: 400000,
		timeLimit: { value: 30, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn xin nhận con nuôi', null],
			LLTP,
			GKSK,
			['Giấy khai sinh của người được nhận làm con nuôi', 'civil_status'],
			CCCD
		)
	},
	{
		code: '2.000815',
		name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
		field: 'chung_thuc',
		level: 'commune',
		target: 'both',
		fee: 2000 /* per page */,
		timeLimit: { value: 8, unit: 'hours' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 95,
		components: tp(['Bản chính giấy tờ, văn bản làm cơ sở chứng thực', null], ['Bản sao cần chứng thực', null])
	},
	{
		code: '2.000884',
		name: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
		field: 'chung_thuc',
		level: 'commune',
		target: 'both',
		fee: 10000,
		timeLimit: { value: 8, unit: 'hours' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 30,
		components: tp(['Giấy tờ, văn bản cần chứng thực chữ ký', null], CCCD)
	},
	{
		code: '2.001035',
		name: 'Chứng thực hợp đồng, giao dịch liên quan đến quyền sử dụng đất, nhà ở',
		field: 'chung_thuc',
		level: 'commune',
		target: 'citizen',
		fee: 50000,
		timeLimit: { value: 2, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 18,
		components: tp(['Dự thảo hợp đồng, giao dịch', null], CCCD, GCN_QSDD)
	},
	{
		code: '2.001016',
		name: 'Chứng thực di chúc',
		field: 'chung_thuc',
		level: 'commune',
		target: 'citizen',
		fee: 50000,
		timeLimit: { value: 2, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 2,
		components: tp(['Bản di chúc', null], CCCD, ['Giấy tờ chứng minh quyền sở hữu tài sản', 'land'])
	},
	{
		code: '2.001019',
		name: 'Chứng thực văn bản thỏa thuận phân chia di sản',
		field: 'chung_thuc',
		level: 'commune',
		target: 'citizen',
		fee: 50000,
		timeLimit: { value: 2, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 4,
		components: tp(
			['Văn bản thỏa thuận phân chia di sản', null],
			CCCD,
			['Trích lục khai tử của người để lại di sản', 'civil_status'],
			GCN_QSDD
		)
	},
	{
		code: '1.004194',
		name: 'Đăng ký thường trú',
		field: 'cu_tru',
		level: 'commune',
		target: 'citizen',
		fee: 20000,
		timeLimit: { value: 7, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 35,
		components: tp(
			['Tờ khai thay đổi thông tin cư trú (CT01)', null],
			['Giấy tờ chứng minh chỗ ở hợp pháp', 'land'],
			['Văn bản đồng ý của chủ hộ', null],
			CCCD
		)
	},
	{
		code: '1.004206',
		name: 'Đăng ký tạm trú',
		field: 'cu_tru',
		level: 'commune',
		target: 'citizen',
		fee: 15000,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 40,
		components: tp(
			['Tờ khai thay đổi thông tin cư trú (CT01)', null],
			['Giấy tờ chứng minh chỗ ở hợp pháp', 'land'],
			['Hợp đồng thuê nhà', null]
		)
	},
	{
		code: '1.004222',
		name: 'Xóa đăng ký thường trú',
		field: 'cu_tru',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 8,
		components: tp(
			['Tờ khai thay đổi thông tin cư trú (CT01)', null],
			['Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú', null]
		)
	},
	{
		code: '1.004228',
		name: 'Khai báo tạm vắng',
		field: 'cu_tru',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 4,
		components: tp(['Tờ khai thay đổi thông tin cư trú (CT01)', null], CCCD)
	},
	{
		code: '1.004231',
		name: 'Xác nhận thông tin về cư trú',
		field: 'cu_tru',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 25,
		components: tp(['Tờ khai thay đổi thông tin cư trú (CT01)', null], CCCD)
	},
	{
		code: '1.012188',
		name: 'Cấp đổi thẻ căn cước',
		field: 'can_cuoc',
		level: 'commune',
		target: 'citizen',
		fee: 50000,
		timeLimit: { value: 7, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 30,
		components: tp(['Phiếu thu nhận thông tin căn cước', null], ['Thẻ căn cước công dân cũ', 'population'])
	},
	{
		code: '1.012791',
		name: 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu',
		field: 'dat_dai',
		level: 'commune',
		target: 'citizen',
		fee: 100000 /* approx., local rate */,
		timeLimit: { value: 20, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 20,
		components: tp(
			['Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 04/ĐK)', null],
			['Giấy tờ về quyền sử dụng đất', null],
			['Mảnh trích đo bản đồ địa chính', null],
			CCCD,
			['Chứng từ thực hiện nghĩa vụ tài chính', null]
		)
	},
	{
		code: '1.012792',
		name: 'Cho phép chuyển mục đích sử dụng đất đối với cá nhân',
		field: 'dat_dai',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 15, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 8,
		components: tp(['Đơn xin chuyển mục đích sử dụng đất', null], GCN_QSDD, CCCD)
	},
	{
		code: '1.012793',
		name: 'Hòa giải tranh chấp đất đai',
		field: 'dat_dai',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 30, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 3,
		components: tp(['Đơn yêu cầu hòa giải tranh chấp đất đai', null], ['Giấy tờ liên quan đến thửa đất', 'land'])
	},
	{
		code: '1.009994',
		name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
		field: 'xay_dung',
		level: 'commune',
		target: 'citizen',
		fee: 75000,
		timeLimit: { value: 15, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 18,
		components: tp(['Đơn đề nghị cấp giấy phép xây dựng', null], GCN_QSDD, ['Bản vẽ thiết kế xây dựng', null], CCCD)
	},
	{
		code: '1.009995',
		name: 'Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ',
		field: 'xay_dung',
		level: 'commune',
		target: 'citizen',
		fee: 75000,
		timeLimit: { value: 15, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(
			['Đơn đề nghị cấp giấy phép sửa chữa, cải tạo', null],
			GCN_QSDD,
			['Ảnh chụp hiện trạng công trình', null],
			['Bản vẽ thiết kế sửa chữa, cải tạo', null]
		)
	},
	{
		code: '1.009996',
		name: 'Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ',
		field: 'xay_dung',
		level: 'commune',
		target: 'citizen',
		fee: 75000,
		timeLimit: { value: 15, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(['Đơn đề nghị cấp giấy phép xây dựng có thời hạn', null], GCN_QSDD, ['Bản vẽ thiết kế xây dựng', null])
	},
	{
		code: '1.012340',
		name: 'Xác nhận đối tượng, điều kiện hưởng chính sách hỗ trợ về nhà ở xã hội',
		field: 'nha_o',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 7, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 5,
		components: tp(['Đơn đề nghị xác nhận', null], CCCD, ['Giấy tờ chứng minh về thực trạng nhà ở', 'land'])
	},
	{
		code: '1.001612',
		name: 'Đăng ký hộ kinh doanh',
		field: 'dang_ky_kinh_doanh',
		level: 'commune',
		target: 'business',
		fee: 100000 /* approx., local rate */,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 25,
		components: tp(
			['Giấy đề nghị đăng ký hộ kinh doanh', null],
			['Giấy tờ pháp lý của chủ hộ kinh doanh (CCCD)', 'population'],
			['Biên bản họp thành viên hộ gia đình', null],
			['Hợp đồng thuê địa điểm kinh doanh', null]
		)
	},
	{
		code: '2.000720',
		name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
		field: 'dang_ky_kinh_doanh',
		level: 'commune',
		target: 'business',
		fee: 50000 /* approx., local rate */,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 8,
		components: tp(
			['Thông báo thay đổi nội dung đăng ký hộ kinh doanh', null],
			['Giấy chứng nhận đăng ký hộ kinh doanh', 'business_registry'],
			CCCD
		)
	},
	{
		code: '2.000575',
		name: 'Chấm dứt hoạt động hộ kinh doanh',
		field: 'dang_ky_kinh_doanh',
		level: 'commune',
		target: 'business',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 5,
		components: tp(
			['Thông báo về việc chấm dứt hoạt động hộ kinh doanh', null],
			['Giấy chứng nhận đăng ký hộ kinh doanh', 'business_registry'],
			['Thông báo của cơ quan thuế về việc hoàn thành nghĩa vụ thuế', null]
		)
	},
	{
		code: '1.001776',
		name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
		field: 'bao_tro_xa_hoi',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 12,
		components: tp(
			['Tờ khai đề nghị trợ giúp xã hội', null],
			CCCD,
			['Giấy xác nhận khuyết tật', null],
			['Giấy khai sinh', 'civil_status']
		)
	},
	{
		code: '1.001758',
		name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
		field: 'bao_tro_xa_hoi',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(['Tờ khai đề nghị hỗ trợ chi phí mai táng', null], ['Trích lục khai tử', 'civil_status'], CCCD)
	},
	{
		code: '1.001699',
		name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
		field: 'bao_tro_xa_hoi',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 30, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 5,
		components: tp(['Đơn đề nghị xác định mức độ khuyết tật', null], ['Hồ sơ bệnh án, giấy khám sức khỏe', 'health'], CCCD)
	},
	{
		code: '1.010801',
		name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
		field: 'nguoi_co_cong',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 12, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(['Bản khai của người đề nghị hưởng trợ cấp', null], ['Bằng Tổ quốc ghi công', null], CCCD)
	},
	{
		code: '1.010802',
		name: 'Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần',
		field: 'nguoi_co_cong',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 12, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(['Bản khai của thân nhân', null], ['Trích lục khai tử', 'civil_status'], CCCD)
	},
	{
		code: '1.011459',
		name: 'Đăng ký nhận chăm sóc thay thế cho trẻ em',
		field: 'tre_em',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 15, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(['Đơn đăng ký nhận chăm sóc thay thế', null], LLTP, GKSK, CCCD)
	},
	{
		code: '1.004492',
		name: 'Cho phép thành lập nhóm trẻ, lớp mẫu giáo độc lập',
		field: 'giao_duc',
		level: 'commune',
		target: 'both',
		fee: 0,
		timeLimit: { value: 15, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Tờ trình đề nghị cho phép thành lập', null],
			['Đề án thành lập', null],
			['Giấy tờ về quyền sử dụng đất hoặc hợp đồng thuê địa điểm', 'land'],
			['Văn bằng của giáo viên', 'education']
		)
	},
	{
		code: '1.004438',
		name: 'Chuyển trường đối với học sinh trung học cơ sở',
		field: 'giao_duc',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 6,
		components: tp(['Đơn xin chuyển trường', null], ['Học bạ', 'education'], ['Giấy khai sinh', 'civil_status'])
	},
	{
		code: '1.003645',
		name: 'Thông báo tổ chức lễ hội cấp xã',
		field: 'van_hoa',
		level: 'commune',
		target: 'both',
		fee: 0,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 1,
		components: tp(['Văn bản thông báo tổ chức lễ hội', null], ['Kế hoạch tổ chức lễ hội', null])
	},
	{
		code: '1.000748',
		name: 'Tặng giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
		field: 'thi_dua_khen_thuong',
		level: 'commune',
		target: 'both',
		fee: 0,
		timeLimit: { value: 20, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(['Tờ trình đề nghị khen thưởng', null], ['Báo cáo thành tích', null])
	},
	{
		code: '1.001055',
		name: 'Đăng ký sinh hoạt tôn giáo tập trung',
		field: 'ton_giao',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 20, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(
			['Văn bản đăng ký sinh hoạt tôn giáo tập trung', null],
			['Danh sách những người tham gia sinh hoạt', null],
			['Giấy tờ tùy thân của người đại diện', 'population']
		)
	},
	{
		code: '1.010736',
		name: 'Đăng ký môi trường',
		field: 'moi_truong',
		level: 'commune',
		target: 'business',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 3,
		components: tp(['Văn bản đăng ký môi trường', null], GCN_DKDN)
	},
	{
		code: '2.002154',
		name: 'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh',
		field: 'nong_nghiep',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(['Đơn đề nghị hỗ trợ', null], CCCD)
	},
	{
		code: '2.002349',
		name: 'Đăng ký xe mô tô, xe gắn máy lần đầu',
		field: 'dang_ky_xe',
		level: 'commune',
		target: 'citizen',
		fee: 150000 /* approx., depends on area */,
		timeLimit: { value: 2, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 22,
		components: tp(
			['Giấy khai đăng ký xe', null],
			CCCD,
			['Chứng từ nguồn gốc xe (phiếu kiểm tra chất lượng xuất xưởng)', 'vehicle'],
			['Chứng từ nộp lệ phí trước bạ', null]
		)
	},
	{
		code: '2.002350',
		name: 'Thu hồi chứng nhận đăng ký xe, biển số xe',
		field: 'dang_ky_xe',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 2, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 6,
		components: tp(['Giấy khai thu hồi đăng ký, biển số xe', null], ['Chứng nhận đăng ký xe', 'vehicle'], CCCD)
	},
	{
		code: '1.010814',
		name: 'Đăng ký nghĩa vụ quân sự lần đầu',
		field: 'quoc_phong',
		level: 'commune',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 4,
		components: tp(['Phiếu tự khai sức khỏe nghĩa vụ quân sự', null], CCCD, ['Bản sao văn bằng, chứng chỉ', 'education'])
	},
	{
		code: '2.002174',
		name: 'Giải quyết khiếu nại lần đầu tại cấp xã',
		field: 'khieu_nai_to_cao',
		level: 'commune',
		target: 'both',
		fee: 0,
		timeLimit: { value: 30, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 2,
		components: tp(['Đơn khiếu nại', null], ['Tài liệu, chứng cứ kèm theo', null])
	},

	// ——— Cấp tỉnh ———
	{
		code: '2.001417',
		name: 'Cấp Phiếu lý lịch tư pháp số 1',
		field: 'ly_lich_tu_phap',
		level: 'province',
		target: 'citizen',
		fee: 200000,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 30,
		components: tp(['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', null], CCCD, NOI_CU_TRU)
	},
	{
		code: '2.001895',
		name: 'Nhập quốc tịch Việt Nam',
		field: 'quoc_tich',
		level: 'province',
		target: 'citizen',
		fee: 3000000,
		timeLimit: { value: 4, unit: 'months' } /* approx. */,
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn xin nhập quốc tịch Việt Nam', null],
			['Bản khai lý lịch', null],
			LLTP,
			['Giấy tờ chứng minh trình độ tiếng Việt', 'education'],
			['Hộ chiếu', null],
			ANH
		)
	},
	{
		code: '1.001446',
		name: 'Đăng ký hoạt động Văn phòng công chứng',
		field: 'bo_tro_tu_phap',
		level: 'province',
		target: 'business',
		fee: 1000000 /* approx. */,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn đề nghị đăng ký hoạt động', null],
			['Quyết định cho phép thành lập Văn phòng công chứng', null],
			['Giấy tờ chứng minh về trụ sở', 'land']
		)
	},
	{
		code: '2.001608',
		name: 'Yêu cầu thi hành án dân sự',
		field: 'thi_hanh_an',
		level: 'province',
		target: 'both',
		fee: 0,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(['Đơn yêu cầu thi hành án', null], ['Bản án, quyết định được thi hành', null], CCCD)
	},
	{
		code: '1.012810',
		name: 'Đăng ký biến động đất đai',
		field: 'dat_dai',
		level: 'province',
		target: 'both',
		fee: 50000 /* approx., local rate */,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 70,
		components: tp(
			['Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', null],
			GCN_QSDD,
			['Hợp đồng chuyển nhượng, tặng cho đã công chứng', null],
			CCCD,
			['Tờ khai lệ phí trước bạ', null]
		)
	},
	{
		code: '1.012811',
		name: 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
		field: 'dat_dai',
		level: 'province',
		target: 'both',
		fee: 80000,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 40,
		components: tp(['Phiếu yêu cầu đăng ký thế chấp', null], ['Hợp đồng thế chấp', null], GCN_QSDD)
	},
	{
		code: '1.012812',
		name: 'Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
		field: 'dat_dai',
		level: 'province',
		target: 'both',
		fee: 20000,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 30,
		components: tp(['Phiếu yêu cầu xóa đăng ký', null], GCN_QSDD)
	},
	{
		code: '1.012813',
		name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất',
		field: 'dat_dai',
		level: 'province',
		target: 'citizen',
		fee: 50000 /* approx., local rate */,
		timeLimit: { value: 7, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 12,
		components: tp(
			['Đơn đề nghị cấp đổi Giấy chứng nhận', null],
			['Giấy chứng nhận đã cấp', 'land'],
			['Mảnh trích đo bản đồ địa chính', null]
		)
	},
	{
		code: '1.010727',
		name: 'Cấp giấy phép môi trường (cấp tỉnh)',
		field: 'moi_truong',
		level: 'province',
		target: 'business',
		fee: 15000000 /* approx. */,
		timeLimit: { value: 30, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(
			['Văn bản đề nghị cấp giấy phép môi trường', null],
			['Báo cáo đề xuất cấp giấy phép môi trường', null],
			GCN_DKDN
		)
	},
	{
		code: '1.004132',
		name: 'Cấp giấy phép khai thác khoáng sản (cấp tỉnh)',
		field: 'khoang_san',
		level: 'province',
		target: 'business',
		fee: 1000000 /* approx. */,
		timeLimit: { value: 3, unit: 'months' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn đề nghị cấp giấy phép khai thác khoáng sản', null],
			['Dự án đầu tư khai thác khoáng sản', null],
			['Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường', null],
			GCN_DKDN
		)
	},
	{
		code: '1.004346',
		name: 'Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật',
		field: 'nong_nghiep',
		level: 'province',
		target: 'business',
		fee: 500000,
		timeLimit: { value: 15, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(['Đơn đề nghị cấp Giấy chứng nhận', null], GCN_DKDN, ['Văn bằng chuyên môn về bảo vệ thực vật', 'education'])
	},
	{
		code: '1.003781',
		name: 'Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh',
		field: 'thu_y',
		level: 'province',
		target: 'both',
		fee: 0,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(['Giấy đăng ký kiểm dịch', null], ['Giấy chứng nhận tiêm phòng', null])
	},
	{
		code: '1.009972',
		name: 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II',
		field: 'xay_dung',
		level: 'province',
		target: 'business',
		fee: 150000,
		timeLimit: { value: 20, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(
			['Đơn đề nghị cấp giấy phép xây dựng', null],
			GCN_QSDD,
			['Quyết định phê duyệt dự án', null],
			['Bản vẽ thiết kế xây dựng', null],
			GCN_DKDN
		)
	},
	{
		code: '1.009981',
		name: 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III',
		field: 'xay_dung',
		level: 'province',
		target: 'citizen',
		fee: 300000,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 3,
		components: tp(
			['Đơn đề nghị cấp chứng chỉ hành nghề', null],
			ANH,
			['Văn bằng đào tạo', 'education'],
			['Kết quả sát hạch', null]
		)
	},
	{
		code: '1.002861',
		name: 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô',
		field: 'duong_bo',
		level: 'province',
		target: 'business',
		fee: 200000,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(
			['Giấy đề nghị cấp Giấy phép kinh doanh', null],
			GCN_DKDN,
			['Phương án kinh doanh vận tải', null],
			['Văn bằng của người điều hành vận tải', 'education']
		)
	},
	{
		code: '1.002809',
		name: 'Cấp đổi giấy phép lái xe',
		field: 'giay_phep_lai_xe',
		level: 'province',
		target: 'citizen',
		fee: 135000,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 45,
		components: tp(
			['Đơn đề nghị đổi giấy phép lái xe', null],
			['Giấy khám sức khỏe của người lái xe', 'health'],
			['Giấy phép lái xe cũ', 'driving_licence'],
			CCCD
		)
	},
	{
		code: '1.002835',
		name: 'Sát hạch, cấp giấy phép lái xe',
		field: 'giay_phep_lai_xe',
		level: 'province',
		target: 'citizen',
		fee: 135000,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 20,
		components: tp(
			['Đơn đề nghị học, sát hạch để cấp giấy phép lái xe', null],
			['Giấy khám sức khỏe của người lái xe', 'health'],
			CCCD
		)
	},
	{
		code: '2.001954',
		name: 'Đăng ký xe',
		field: 'dang_ky_xe',
		level: 'province',
		target: 'both',
		fee: 500000 /* approx., depends on vehicle and area */,
		timeLimit: { value: 2, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 15,
		components: tp(
			['Giấy khai đăng ký xe', null],
			CCCD,
			['Chứng từ nguồn gốc xe', 'vehicle'],
			['Chứng từ nộp lệ phí trước bạ', null],
			['Chứng từ chuyển quyền sở hữu xe', null]
		)
	},
	{
		code: '2.002153',
		name: 'Cấp hộ chiếu phổ thông',
		field: 'xuat_nhap_canh',
		level: 'province',
		target: 'citizen',
		fee: 200000,
		timeLimit: { value: 8, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 30,
		components: tp(['Tờ khai đề nghị cấp hộ chiếu phổ thông', null], ['Ảnh chân dung', null], CCCD, [
			'Hộ chiếu cũ (nếu có)',
			null
		])
	},
	{
		code: '2.001024',
		name: 'Cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự',
		field: 'an_ninh_trat_tu',
		level: 'province',
		target: 'business',
		fee: 300000,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(
			['Văn bản đề nghị cấp Giấy chứng nhận', null],
			GCN_DKDN,
			['Bản khai lý lịch của người chịu trách nhiệm về an ninh, trật tự', null],
			LLTP
		)
	},
	{
		code: '1.009857',
		name: 'Thẩm định thiết kế về phòng cháy và chữa cháy',
		field: 'phong_chay_chua_chay',
		level: 'province',
		target: 'business',
		fee: 0,
		timeLimit: { value: 15, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(['Văn bản đề nghị thẩm định', null], ['Bản vẽ và thuyết minh thiết kế phòng cháy, chữa cháy', null], GCN_QSDD)
	},
	{
		code: '2.000205',
		name: 'Cấp giấy phép lao động cho người nước ngoài',
		field: 'lao_dong_viec_lam',
		level: 'province',
		target: 'business',
		fee: 600000 /* approx., local rate */,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(
			['Văn bản đề nghị cấp giấy phép lao động', null],
			['Giấy chứng nhận sức khỏe', 'health'],
			LLTP,
			['Văn bằng chuyên môn', 'education'],
			ANH,
			['Hộ chiếu', null]
		)
	},
	{
		code: '1.000401',
		name: 'Giải quyết hưởng trợ cấp thất nghiệp',
		field: 'lao_dong_viec_lam',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 20, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 18,
		components: tp(
			['Đề nghị hưởng trợ cấp thất nghiệp', null],
			['Quyết định thôi việc hoặc văn bản chấm dứt hợp đồng lao động', null],
			SO_BHXH
		)
	},
	{
		code: '1.010818',
		name: 'Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ',
		field: 'nguoi_co_cong',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 12, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(
			['Bản khai của thân nhân liệt sĩ', null],
			['Giấy báo tử liệt sĩ', null],
			['Giấy khai sinh', 'civil_status'],
			CCCD
		)
	},
	{
		code: '1.003822',
		name: 'Thành lập hội',
		field: 'thanh_lap_hoi',
		level: 'province',
		target: 'both',
		fee: 0,
		timeLimit: { value: 30, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn đề nghị thành lập hội', null],
			['Dự thảo điều lệ hội', null],
			['Danh sách ban vận động thành lập hội', null],
			['Phiếu lý lịch tư pháp của người đứng đầu ban vận động', 'judicial_record']
		)
	},
	{
		code: '1.005098',
		name: 'Chuyển trường đối với học sinh trung học phổ thông',
		field: 'giao_duc',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(['Đơn xin chuyển trường', null], ['Học bạ', 'education'], ['Giấy khai sinh', 'civil_status'])
	},
	{
		code: '1.000553',
		name: 'Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp',
		field: 'giao_duc_nghe_nghiep',
		level: 'province',
		target: 'business',
		fee: 0,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(['Văn bản đề nghị đăng ký', null], ['Báo cáo về điều kiện bảo đảm hoạt động', null], GCN_DKDN)
	},
	{
		code: '1.012267',
		name: 'Cấp giấy phép hành nghề khám bệnh, chữa bệnh',
		field: 'y_te',
		level: 'province',
		target: 'citizen',
		fee: 360000,
		timeLimit: { value: 30, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(
			['Đơn đề nghị cấp giấy phép hành nghề', null],
			VAN_BANG,
			['Giấy chứng nhận đủ sức khỏe hành nghề', 'health'],
			ANH,
			CCCD
		)
	},
	{
		code: '1.004599',
		name: 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược đối với nhà thuốc',
		field: 'duoc',
		level: 'province',
		target: 'business',
		fee: 1000000,
		timeLimit: { value: 20, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 3,
		components: tp(
			['Đơn đề nghị cấp Giấy chứng nhận', null],
			['Tài liệu kỹ thuật về địa điểm, trang thiết bị', null],
			['Chứng chỉ hành nghề dược của người phụ trách chuyên môn', null],
			['Giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp', 'business_registry']
		)
	},
	{
		code: '1.001631',
		name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
		field: 'an_toan_thuc_pham',
		level: 'province',
		target: 'business',
		fee: 700000,
		timeLimit: { value: 20, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 5,
		components: tp(
			['Đơn đề nghị cấp Giấy chứng nhận', null],
			GCN_DKDN,
			['Bản thuyết minh về cơ sở vật chất, trang thiết bị', null],
			['Giấy xác nhận đủ sức khỏe của chủ cơ sở', 'health']
		)
	},
	{
		code: '1.002987',
		name: 'Giải quyết hưởng chế độ thai sản',
		field: 'bao_hiem_xa_hoi',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 6, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 30,
		components: tp(
			['Giấy khai sinh hoặc trích lục khai sinh của con', 'civil_status'],
			['Giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội', 'health'],
			['Danh sách đề nghị giải quyết hưởng chế độ (Mẫu 01B-HSB)', null],
			SO_BHXH
		)
	},
	{
		code: '1.002982',
		name: 'Giải quyết hưởng chế độ ốm đau',
		field: 'bao_hiem_xa_hoi',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 6, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 25,
		components: tp(
			['Giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội', 'health'],
			['Giấy ra viện', 'health'],
			['Danh sách đề nghị giải quyết hưởng chế độ (Mẫu 01B-HSB)', null]
		)
	},
	{
		code: '1.002966',
		name: 'Giải quyết hưởng bảo hiểm xã hội một lần',
		field: 'bao_hiem_xa_hoi',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 15,
		components: tp(['Đơn đề nghị hưởng bảo hiểm xã hội một lần', null], SO_BHXH, CCCD)
	},
	{
		code: '1.002998',
		name: 'Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế',
		field: 'bao_hiem_xa_hoi',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 20,
		components: tp(['Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT (TK1-TS)', null], SO_BHXH, CCCD)
	},
	{
		code: '1.002993',
		name: 'Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế',
		field: 'bao_hiem_y_te',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 15,
		components: tp(['Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT (TK1-TS)', null], CCCD, [
			'Danh sách thành viên hộ gia đình tham gia',
			null
		])
	},
	{
		code: '1.007671',
		name: 'Đăng ký thuế lần đầu đối với cá nhân',
		field: 'thue',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 10,
		components: tp(['Tờ khai đăng ký thuế (Mẫu 05-ĐK-TCT)', null], CCCD)
	},
	{
		code: '1.007718',
		name: 'Hoàn thuế giá trị gia tăng',
		field: 'thue',
		level: 'province',
		target: 'business',
		fee: 0,
		timeLimit: { value: 6, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 4,
		components: tp(
			['Giấy đề nghị hoàn trả khoản thu ngân sách nhà nước', null],
			['Bảng kê hóa đơn, chứng từ hàng hóa, dịch vụ mua vào', null],
			GCN_DKDN
		)
	},
	{
		code: '2.002030',
		name: 'Đăng ký thành lập doanh nghiệp tư nhân',
		field: 'dang_ky_kinh_doanh',
		level: 'province',
		target: 'business',
		fee: 50000,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 8,
		components: tp(
			['Giấy đề nghị đăng ký doanh nghiệp', null],
			['Giấy tờ pháp lý của chủ doanh nghiệp tư nhân (CCCD)', 'population']
		)
	},
	{
		code: '2.002032',
		name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên',
		field: 'dang_ky_kinh_doanh',
		level: 'province',
		target: 'business',
		fee: 50000,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 12,
		components: tp(
			['Giấy đề nghị đăng ký doanh nghiệp', null],
			['Điều lệ công ty', null],
			['Danh sách thành viên', null],
			['Giấy tờ pháp lý của thành viên là cá nhân (CCCD)', 'population'],
			['Giấy chứng nhận đăng ký doanh nghiệp của thành viên là tổ chức', 'business_registry']
		)
	},
	{
		code: '2.002033',
		name: 'Đăng ký thành lập công ty cổ phần',
		field: 'dang_ky_kinh_doanh',
		level: 'province',
		target: 'business',
		fee: 50000,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 6,
		components: tp(
			['Giấy đề nghị đăng ký doanh nghiệp', null],
			['Điều lệ công ty', null],
			['Danh sách cổ đông sáng lập', null],
			['Giấy tờ pháp lý của cổ đông là cá nhân (CCCD)', 'population']
		)
	},
	{
		code: '2.002040',
		name: 'Đăng ký thay đổi người đại diện theo pháp luật của doanh nghiệp',
		field: 'dang_ky_kinh_doanh',
		level: 'province',
		target: 'business',
		fee: 50000,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 6,
		components: tp(
			['Thông báo thay đổi nội dung đăng ký doanh nghiệp', null],
			['Nghị quyết, quyết định về việc thay đổi', null],
			['Giấy tờ pháp lý của người đại diện theo pháp luật (CCCD)', 'population']
		)
	},
	{
		code: '2.002048',
		name: 'Thông báo tạm ngừng kinh doanh',
		field: 'dang_ky_kinh_doanh',
		level: 'province',
		target: 'business',
		fee: 0,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 7,
		components: tp(
			['Thông báo tạm ngừng kinh doanh', null],
			['Nghị quyết, quyết định về việc tạm ngừng kinh doanh', null],
			GCN_DKDN
		)
	},
	{
		code: '1.009645',
		name: 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
		field: 'dau_tu',
		level: 'province',
		target: 'business',
		fee: 0,
		timeLimit: { value: 15, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(['Văn bản đề nghị thực hiện dự án đầu tư', null], ['Đề xuất dự án đầu tư', null], GCN_DKDN, [
			'Báo cáo tài chính 02 năm gần nhất',
			null
		])
	},
	{
		code: '2.000620',
		name: 'Cấp Giấy phép bán lẻ rượu',
		field: 'thuong_mai',
		level: 'province',
		target: 'business',
		fee: 1200000 /* approx. */,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(['Đơn đề nghị cấp Giấy phép', null], GCN_DKDN, ['Hợp đồng thuê địa điểm kinh doanh', null])
	},
	{
		code: '2.000131',
		name: 'Đăng ký thực hiện khuyến mại',
		field: 'thuong_mai',
		level: 'province',
		target: 'business',
		fee: 0,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 3,
		components: tp(['Đăng ký thực hiện khuyến mại', null], ['Thể lệ chương trình khuyến mại', null], GCN_DKDN)
	},
	{
		code: '1.001029',
		name: 'Cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
		field: 'van_hoa',
		level: 'province',
		target: 'business',
		fee: 4000000 /* approx., urban rate */,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(['Đơn đề nghị cấp giấy phép', null], GCN_DKDN, ['Văn bản nghiệm thu về phòng cháy và chữa cháy', null])
	},
	{
		code: '1.004628',
		name: 'Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa',
		field: 'du_lich',
		level: 'province',
		target: 'business',
		fee: 3000000,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn đề nghị cấp giấy phép', null],
			GCN_DKDN,
			['Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành', null],
			['Văn bằng của người phụ trách kinh doanh lữ hành', 'education']
		)
	},
	{
		code: '1.000906',
		name: 'Đăng ký công bố hợp chuẩn dựa trên kết quả tự đánh giá',
		field: 'tieu_chuan_do_luong',
		level: 'province',
		target: 'business',
		fee: 150000,
		timeLimit: { value: 5, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 2,
		components: tp(['Bản công bố hợp chuẩn', null], ['Báo cáo tự đánh giá', null], GCN_DKDN)
	},
	{
		code: '1.012420',
		name: 'Công nhận người có uy tín trong đồng bào dân tộc thiểu số',
		field: 'dan_toc',
		level: 'province',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(['Biên bản họp bình chọn người có uy tín', null], ['Danh sách đề nghị công nhận', null], CCCD)
	},
	{
		code: '2.002175',
		name: 'Giải quyết khiếu nại lần hai tại cấp tỉnh',
		field: 'khieu_nai_to_cao',
		level: 'province',
		target: 'both',
		fee: 0,
		timeLimit: { value: 45, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn khiếu nại', null],
			['Quyết định giải quyết khiếu nại lần đầu', null],
			['Tài liệu, chứng cứ kèm theo', null]
		)
	},

	// ——— Cấp bộ ———
	{
		code: '1.000313',
		name: 'Cấp thị thực điện tử cho người nước ngoài',
		field: 'xuat_nhap_canh',
		level: 'ministry',
		target: 'citizen',
		fee: 625000 /* approx., 25 USD */,
		timeLimit: { value: 3, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 40,
		components: tp(['Tờ khai đề nghị cấp thị thực điện tử', null], ['Ảnh chân dung', null], ['Trang nhân thân hộ chiếu', null])
	},
	{
		code: '2.000586',
		name: 'Cấp Chứng chỉ hành nghề luật sư',
		field: 'bo_tro_tu_phap',
		level: 'ministry',
		target: 'citizen',
		fee: 800000,
		timeLimit: { value: 20, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(
			['Giấy đề nghị cấp Chứng chỉ hành nghề luật sư', null],
			LLTP,
			['Giấy chứng nhận sức khỏe', 'health'],
			['Bằng cử nhân luật', 'education'],
			['Giấy chứng nhận kết quả kiểm tra tập sự hành nghề luật sư', null]
		)
	},
	{
		code: '1.008891',
		name: 'Đăng ký biện pháp bảo đảm bằng động sản',
		field: 'giao_dich_bao_dam',
		level: 'ministry',
		target: 'both',
		fee: 80000,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 12,
		components: tp(
			['Phiếu yêu cầu đăng ký biện pháp bảo đảm', null],
			['Hợp đồng bảo đảm', null],
			['Giấy chứng nhận đăng ký xe (tài sản bảo đảm)', 'vehicle']
		)
	},
	{
		code: '1.011638',
		name: 'Thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu thương mại',
		field: 'hai_quan',
		level: 'ministry',
		target: 'business',
		fee: 20000,
		timeLimit: { value: 8, unit: 'hours' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 35,
		components: tp(['Tờ khai hải quan', null], ['Hóa đơn thương mại', null], ['Vận tải đơn', null], GCN_DKDN)
	},
	{
		code: '2.002285',
		name: 'Cấp Giấy chứng nhận đăng ký đầu tư ra nước ngoài',
		field: 'dau_tu',
		level: 'ministry',
		target: 'business',
		fee: 0,
		timeLimit: { value: 15, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Văn bản đăng ký đầu tư ra nước ngoài', null],
			['Quyết định đầu tư ra nước ngoài', null],
			['Văn bản xác nhận thực hiện nghĩa vụ nộp thuế', null],
			GCN_DKDN
		)
	},
	{
		code: '2.000027',
		name: 'Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi',
		field: 'thuong_mai',
		level: 'ministry',
		target: 'business',
		fee: 0,
		timeLimit: { value: 8, unit: 'hours' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 20,
		components: tp(['Đơn đề nghị cấp C/O', null], ['Tờ khai hải quan xuất khẩu', null], ['Hóa đơn thương mại', null], GCN_DKDN)
	},
	{
		code: '2.000681',
		name: 'Cấp giấy phép hoạt động điện lực trong lĩnh vực phát điện',
		field: 'dien_luc',
		level: 'ministry',
		target: 'business',
		fee: 2500000 /* approx. */,
		timeLimit: { value: 15, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Văn bản đề nghị cấp giấy phép', null],
			GCN_DKDN,
			['Danh sách người quản lý kỹ thuật, vận hành', null],
			['Tài liệu kỹ thuật của nhà máy điện', null]
		)
	},
	{
		code: '1.004363',
		name: 'Cấp Giấy chứng nhận kiểm dịch thực vật nhập khẩu',
		field: 'nong_nghiep',
		level: 'ministry',
		target: 'business',
		fee: 0,
		timeLimit: { value: 24, unit: 'hours' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 6,
		components: tp(
			['Giấy đăng ký kiểm dịch thực vật', null],
			['Giấy chứng nhận kiểm dịch thực vật của nước xuất khẩu', null],
			['Hóa đơn thương mại', null]
		)
	},
	{
		code: '1.000725',
		name: 'Đăng ký tàu biển Việt Nam',
		field: 'hang_hai',
		level: 'ministry',
		target: 'business',
		fee: 1000000 /* approx. */,
		timeLimit: { value: 2, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Tờ khai đăng ký tàu biển', null],
			['Giấy chứng nhận xóa đăng ký tàu biển', null],
			['Hợp đồng mua bán tàu biển', null],
			GCN_DKDN
		)
	},
	{
		code: '1.001700',
		name: 'Đăng ký quyền tác giả',
		field: 'so_huu_tri_tue',
		level: 'ministry',
		target: 'both',
		fee: 100000,
		timeLimit: { value: 15, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 4,
		components: tp(['Tờ khai đăng ký quyền tác giả', null], ['Bản sao tác phẩm', null], CCCD)
	},
	{
		code: '1.003728',
		name: 'Cấp giấy phép xuất bản tài liệu không kinh doanh',
		field: 'xuat_ban',
		level: 'ministry',
		target: 'both',
		fee: 0,
		timeLimit: { value: 10, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(['Đơn đề nghị cấp giấy phép', null], ['Bản thảo tài liệu', null])
	},
	{
		code: '1.005015',
		name: 'Đăng ký nhãn hiệu',
		field: 'so_huu_tri_tue',
		level: 'ministry',
		target: 'both',
		fee: 150000,
		timeLimit: { value: 12, unit: 'months' } /* approx. */,
		fullOnlineEligible: true,
		paperResult: true,
		volume: 8,
		components: tp(['Tờ khai đăng ký nhãn hiệu', null], ['Mẫu nhãn hiệu', null], GCN_DKDN)
	},
	{
		code: '1.002981',
		name: 'Cấp giấy phép sử dụng tần số và thiết bị vô tuyến điện',
		field: 'vien_thong',
		level: 'ministry',
		target: 'business',
		fee: 0,
		timeLimit: { value: 20, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 2,
		components: tp(['Bản khai đề nghị cấp giấy phép', null], GCN_DKDN)
	},
	{
		code: '1.005100',
		name: 'Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp',
		field: 'giao_duc',
		level: 'ministry',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 20, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 3,
		components: tp(['Đơn đề nghị công nhận văn bằng', null], ['Bản sao văn bằng cần công nhận', null], ['Bảng điểm', null], CCCD)
	},
	{
		code: '1.001174',
		name: 'Cấp giấy đăng ký lưu hành thuốc',
		field: 'duoc',
		level: 'ministry',
		target: 'business',
		fee: 11000000,
		timeLimit: { value: 12, unit: 'months' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Đơn đăng ký lưu hành thuốc', null],
			['Hồ sơ kỹ thuật (CTD)', null],
			['Giấy chứng nhận thực hành tốt sản xuất (GMP)', null],
			GCN_DKDN
		)
	},
	{
		code: '1.000414',
		name: 'Cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài',
		field: 'lao_dong_viec_lam',
		level: 'ministry',
		target: 'business',
		fee: 5000000,
		timeLimit: { value: 20, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(
			['Văn bản đề nghị cấp giấy phép', null],
			GCN_DKDN,
			['Giấy chứng nhận ký quỹ', null],
			['Phiếu lý lịch tư pháp của người đại diện theo pháp luật', 'judicial_record']
		)
	},
	{
		code: '1.003224',
		name: 'Hợp pháp hóa lãnh sự giấy tờ, tài liệu',
		field: 'lanh_su',
		level: 'ministry',
		target: 'both',
		fee: 30000,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 12,
		components: tp(['Tờ khai chứng nhận, hợp pháp hóa lãnh sự', null], ['Giấy tờ, tài liệu đề nghị hợp pháp hóa', null], CCCD)
	},
	{
		code: '1.003226',
		name: 'Chứng nhận lãnh sự giấy tờ, tài liệu',
		field: 'lanh_su',
		level: 'ministry',
		target: 'both',
		fee: 30000,
		timeLimit: { value: 1, unit: 'working_days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 8,
		components: tp(['Tờ khai chứng nhận, hợp pháp hóa lãnh sự', null], ['Giấy tờ, tài liệu đề nghị chứng nhận', null], CCCD)
	},
	{
		code: '1.011402',
		name: 'Cấp phép bay cho tàu bay không người lái, phương tiện bay siêu nhẹ',
		field: 'quoc_phong',
		level: 'ministry',
		target: 'both',
		fee: 0,
		timeLimit: { value: 7, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 2,
		components: tp(['Văn bản đề nghị cấp phép bay', null], ['Giấy chứng nhận đăng ký tàu bay không người lái', null], GCN_DKDN)
	},
	{
		code: '1.001074',
		name: 'Công nhận tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
		field: 'ton_giao',
		level: 'ministry',
		target: 'citizen',
		fee: 0,
		timeLimit: { value: 60, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(
			['Văn bản đề nghị công nhận tổ chức tôn giáo', null],
			['Hiến chương của tổ chức', null],
			['Danh sách, sơ yếu lý lịch người đại diện', null],
			LLTP
		)
	},
	{
		code: '1.000996',
		name: 'Đăng ký khoản vay nước ngoài của doanh nghiệp',
		field: 'ngan_hang',
		level: 'ministry',
		target: 'business',
		fee: 0,
		timeLimit: { value: 12, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 2,
		components: tp(['Đơn đăng ký khoản vay nước ngoài', null], ['Hợp đồng vay nước ngoài', null], GCN_DKDN)
	},
	{
		code: '2.002303',
		name: 'Giải quyết tố cáo thuộc thẩm quyền của Tổng Thanh tra Chính phủ',
		field: 'khieu_nai_to_cao',
		level: 'ministry',
		target: 'both',
		fee: 0,
		timeLimit: { value: 30, unit: 'days' },
		fullOnlineEligible: false,
		paperResult: true,
		volume: 1,
		components: tp(['Đơn tố cáo', null], ['Tài liệu, chứng cứ kèm theo', null])
	},
	{
		code: '2.002379',
		name: 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
		field: 'kiem_soat_tthc',
		level: 'ministry',
		target: 'both',
		fee: 0,
		timeLimit: { value: 10, unit: 'working_days' },
		fullOnlineEligible: true,
		paperResult: false,
		volume: 4,
		components: tp(['Văn bản phản ánh, kiến nghị', null], CCCD)
	},
	{
		code: '2.002380',
		name: 'Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Thủ tướng Chính phủ',
		field: 'hop_tac_quoc_te',
		level: 'ministry',
		target: 'both',
		fee: 0,
		timeLimit: { value: 15, unit: 'days' },
		fullOnlineEligible: true,
		paperResult: true,
		volume: 1,
		components: tp(['Công văn đề nghị', null], ['Đề án tổ chức hội nghị, hội thảo', null], ['Danh sách đại biểu dự kiến', null])
	}
];
