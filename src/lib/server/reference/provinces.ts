// Provinces before and after the reorganisation of 1 July 2025 (Resolution 202/2025/QH15).
// New codes follow Decision 19/2025/QĐ-TTg (official 2025 list): a merged province takes the GSO code
// of the province where its seat is (e.g. Lào Cai 15 from Yên Bái, Gia Lai 52 from Bình Định).

export const MERGER_DATE = '2025-07-01';

export interface Province {
	code: string;
	gso: string;
	name: string;
	city: boolean;
	/** thousands, approx. 2024 (sum of the merged provinces) */
	population: number;
	/** commune-level units (xã, phường, đặc khu) after the reorganisation */
	communes?: number;
}

export interface OldProvince {
	code: string;
	gso: string;
	name: string;
	/** code of the T-province that took it over */
	successor: string;
	/** thousands, approx. 2024 */
	population: number;
}

export const PROVINCES: Province[] = [
	{ code: 'T01', gso: '01', name: 'Hà Nội', city: true, population: 8718, communes: 126 },
	{ code: 'T04', gso: '04', name: 'Cao Bằng', city: false, population: 547, communes: 56 },
	{ code: 'T08', gso: '08', name: 'Tuyên Quang', city: false, population: 1704, communes: 124 },
	{ code: 'T11', gso: '11', name: 'Điện Biên', city: false, population: 646, communes: 45 },
	{ code: 'T12', gso: '12', name: 'Lai Châu', city: false, population: 489, communes: 38 },
	{ code: 'T14', gso: '14', name: 'Sơn La', city: false, population: 1300, communes: 75 },
	{ code: 'T15', gso: '15', name: 'Lào Cai', city: false, population: 1622, communes: 99 },
	{ code: 'T19', gso: '19', name: 'Thái Nguyên', city: false, population: 1684, communes: 92 },
	{ code: 'T20', gso: '20', name: 'Lạng Sơn', city: false, population: 812, communes: 65 },
	{ code: 'T22', gso: '22', name: 'Quảng Ninh', city: false, population: 1381, communes: 54 },
	{ code: 'T24', gso: '24', name: 'Bắc Ninh', city: false, population: 3439, communes: 99 },
	{ code: 'T25', gso: '25', name: 'Phú Thọ', city: false, population: 3643, communes: 148 },
	{ code: 'T31', gso: '31', name: 'Hải Phòng', city: true, population: 4086, communes: 114 },
	{ code: 'T33', gso: '33', name: 'Hưng Yên', city: false, population: 3180, communes: 104 },
	{ code: 'T37', gso: '37', name: 'Ninh Bình', city: false, population: 3780, communes: 129 },
	{ code: 'T38', gso: '38', name: 'Thanh Hóa', city: false, population: 3760, communes: 166 },
	{ code: 'T40', gso: '40', name: 'Nghệ An', city: false, population: 3470, communes: 130 },
	{ code: 'T42', gso: '42', name: 'Hà Tĩnh', city: false, population: 1323, communes: 69 },
	{ code: 'T44', gso: '44', name: 'Quảng Trị', city: false, population: 1566, communes: 78 },
	{ code: 'T46', gso: '46', name: 'Huế', city: true, population: 1160, communes: 40 },
	{ code: 'T48', gso: '48', name: 'Đà Nẵng', city: true, population: 2766, communes: 94 },
	{ code: 'T51', gso: '51', name: 'Quảng Ngãi', city: false, population: 1825, communes: 96 },
	{ code: 'T52', gso: '52', name: 'Gia Lai', city: false, population: 3124, communes: 135 },
	{ code: 'T56', gso: '56', name: 'Khánh Hòa', city: false, population: 1860, communes: 65 },
	{ code: 'T66', gso: '66', name: 'Đắk Lắk', city: false, population: 2798, communes: 102 },
	{ code: 'T68', gso: '68', name: 'Lâm Đồng', city: false, population: 3274, communes: 124 },
	{ code: 'T75', gso: '75', name: 'Đồng Nai', city: false, population: 4360, communes: 95 },
	{ code: 'T79', gso: '79', name: 'Thành phố Hồ Chí Minh', city: true, population: 13473, communes: 168 },
	{ code: 'T80', gso: '80', name: 'Tây Ninh', city: false, population: 2934, communes: 96 },
	{ code: 'T82', gso: '82', name: 'Đồng Tháp', city: false, population: 3390, communes: 102 },
	{ code: 'T86', gso: '86', name: 'Vĩnh Long', city: false, population: 3350, communes: 124 },
	{ code: 'T91', gso: '91', name: 'An Giang', city: false, population: 3666, communes: 102 },
	{ code: 'T92', gso: '92', name: 'Cần Thơ', city: true, population: 3190, communes: 103 },
	{ code: 'T96', gso: '96', name: 'Cà Mau', city: false, population: 2128, communes: 64 }
];

// Population: approximate 2024 averages (GSO).
export const OLD_PROVINCES: OldProvince[] = [
	{ code: 'H01', gso: '01', name: 'Hà Nội', successor: 'T01', population: 8718 },
	{ code: 'H02', gso: '02', name: 'Hà Giang', successor: 'T08', population: 899 },
	{ code: 'H04', gso: '04', name: 'Cao Bằng', successor: 'T04', population: 547 },
	{ code: 'H06', gso: '06', name: 'Bắc Kạn', successor: 'T19', population: 327 },
	{ code: 'H08', gso: '08', name: 'Tuyên Quang', successor: 'T08', population: 805 },
	{ code: 'H10', gso: '10', name: 'Lào Cai', successor: 'T15', population: 775 },
	{ code: 'H11', gso: '11', name: 'Điện Biên', successor: 'T11', population: 646 },
	{ code: 'H12', gso: '12', name: 'Lai Châu', successor: 'T12', population: 489 },
	{ code: 'H14', gso: '14', name: 'Sơn La', successor: 'T14', population: 1300 },
	{ code: 'H15', gso: '15', name: 'Yên Bái', successor: 'T15', population: 847 },
	{ code: 'H17', gso: '17', name: 'Hòa Bình', successor: 'T25', population: 900 },
	{ code: 'H19', gso: '19', name: 'Thái Nguyên', successor: 'T19', population: 1357 },
	{ code: 'H20', gso: '20', name: 'Lạng Sơn', successor: 'T20', population: 812 },
	{ code: 'H22', gso: '22', name: 'Quảng Ninh', successor: 'T22', population: 1381 },
	{ code: 'H24', gso: '24', name: 'Bắc Giang', successor: 'T24', population: 1922 },
	{ code: 'H25', gso: '25', name: 'Phú Thọ', successor: 'T25', population: 1516 },
	{ code: 'H26', gso: '26', name: 'Vĩnh Phúc', successor: 'T25', population: 1227 },
	{ code: 'H27', gso: '27', name: 'Bắc Ninh', successor: 'T24', population: 1517 },
	{ code: 'H30', gso: '30', name: 'Hải Dương', successor: 'T31', population: 1956 },
	{ code: 'H31', gso: '31', name: 'Hải Phòng', successor: 'T31', population: 2130 },
	{ code: 'H33', gso: '33', name: 'Hưng Yên', successor: 'T33', population: 1300 },
	{ code: 'H34', gso: '34', name: 'Thái Bình', successor: 'T33', population: 1880 },
	{ code: 'H35', gso: '35', name: 'Hà Nam', successor: 'T37', population: 885 },
	{ code: 'H36', gso: '36', name: 'Nam Định', successor: 'T37', population: 1876 },
	{ code: 'H37', gso: '37', name: 'Ninh Bình', successor: 'T37', population: 1019 },
	{ code: 'H38', gso: '38', name: 'Thanh Hóa', successor: 'T38', population: 3760 },
	{ code: 'H40', gso: '40', name: 'Nghệ An', successor: 'T40', population: 3470 },
	{ code: 'H42', gso: '42', name: 'Hà Tĩnh', successor: 'T42', population: 1323 },
	{ code: 'H44', gso: '44', name: 'Quảng Bình', successor: 'T44', population: 916 },
	{ code: 'H45', gso: '45', name: 'Quảng Trị', successor: 'T44', population: 650 },
	{ code: 'H46', gso: '46', name: 'Thừa Thiên Huế', successor: 'T46', population: 1160 },
	{ code: 'H48', gso: '48', name: 'Đà Nẵng', successor: 'T48', population: 1246 },
	{ code: 'H49', gso: '49', name: 'Quảng Nam', successor: 'T48', population: 1520 },
	{ code: 'H51', gso: '51', name: 'Quảng Ngãi', successor: 'T51', population: 1245 },
	{ code: 'H52', gso: '52', name: 'Bình Định', successor: 'T52', population: 1506 },
	{ code: 'H54', gso: '54', name: 'Phú Yên', successor: 'T66', population: 880 },
	{ code: 'H56', gso: '56', name: 'Khánh Hòa', successor: 'T56', population: 1260 },
	{ code: 'H58', gso: '58', name: 'Ninh Thuận', successor: 'T56', population: 600 },
	{ code: 'H60', gso: '60', name: 'Bình Thuận', successor: 'T68', population: 1256 },
	{ code: 'H62', gso: '62', name: 'Kon Tum', successor: 'T51', population: 580 },
	{ code: 'H64', gso: '64', name: 'Gia Lai', successor: 'T52', population: 1618 },
	{ code: 'H66', gso: '66', name: 'Đắk Lắk', successor: 'T66', population: 1918 },
	{ code: 'H67', gso: '67', name: 'Đắk Nông', successor: 'T68', population: 680 },
	{ code: 'H68', gso: '68', name: 'Lâm Đồng', successor: 'T68', population: 1338 },
	{ code: 'H70', gso: '70', name: 'Bình Phước', successor: 'T75', population: 1050 },
	{ code: 'H72', gso: '72', name: 'Tây Ninh', successor: 'T80', population: 1190 },
	{ code: 'H74', gso: '74', name: 'Bình Dương', successor: 'T79', population: 2763 },
	{ code: 'H75', gso: '75', name: 'Đồng Nai', successor: 'T75', population: 3310 },
	{ code: 'H77', gso: '77', name: 'Bà Rịa – Vũng Tàu', successor: 'T79', population: 1188 },
	{ code: 'H79', gso: '79', name: 'Thành phố Hồ Chí Minh', successor: 'T79', population: 9522 },
	{ code: 'H80', gso: '80', name: 'Long An', successor: 'T80', population: 1744 },
	{ code: 'H82', gso: '82', name: 'Tiền Giang', successor: 'T82', population: 1790 },
	{ code: 'H83', gso: '83', name: 'Bến Tre', successor: 'T86', population: 1300 },
	{ code: 'H84', gso: '84', name: 'Trà Vinh', successor: 'T86', population: 1020 },
	{ code: 'H86', gso: '86', name: 'Vĩnh Long', successor: 'T86', population: 1030 },
	{ code: 'H87', gso: '87', name: 'Đồng Tháp', successor: 'T82', population: 1600 },
	{ code: 'H89', gso: '89', name: 'An Giang', successor: 'T91', population: 1906 },
	{ code: 'H91', gso: '91', name: 'Kiên Giang', successor: 'T91', population: 1760 },
	{ code: 'H92', gso: '92', name: 'Cần Thơ', successor: 'T92', population: 1260 },
	{ code: 'H93', gso: '93', name: 'Hậu Giang', successor: 'T92', population: 730 },
	{ code: 'H94', gso: '94', name: 'Sóc Trăng', successor: 'T92', population: 1200 },
	{ code: 'H95', gso: '95', name: 'Bạc Liêu', successor: 'T96', population: 920 },
	{ code: 'H96', gso: '96', name: 'Cà Mau', successor: 'T96', population: 1208 }
];
