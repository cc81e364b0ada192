// Official days off for civil servants (weekdays only) and weekend days made working days by a swap.
// Holidays that fall on a weekend are listed through their compensation day.

export interface CalendarException {
	/** YYYY-MM-DD */
	day: string;
	working: boolean;
	name: string;
}

export const CALENDAR_EXCEPTIONS: CalendarException[] = [
	// 2024
	{ day: '2024-01-01', working: false, name: 'Tết Dương lịch' },
	{ day: '2024-02-08', working: false, name: 'Tết Nguyên đán Giáp Thìn' },
	{ day: '2024-02-09', working: false, name: 'Tết Nguyên đán Giáp Thìn' },
	{ day: '2024-02-12', working: false, name: 'Tết Nguyên đán Giáp Thìn' },
	{ day: '2024-02-13', working: false, name: 'Tết Nguyên đán Giáp Thìn' },
	{ day: '2024-02-14', working: false, name: 'Tết Nguyên đán Giáp Thìn' },
	{ day: '2024-04-18', working: false, name: 'Giỗ Tổ Hùng Vương' },
	{ day: '2024-04-29', working: false, name: 'Nghỉ hoán đổi dịp 30/4 – 1/5' },
	{ day: '2024-04-30', working: false, name: 'Ngày Chiến thắng' },
	{ day: '2024-05-01', working: false, name: 'Ngày Quốc tế Lao động' },
	{ day: '2024-05-04', working: true, name: 'Làm bù cho ngày 29/4/2024' },
	{ day: '2024-09-02', working: false, name: 'Quốc khánh' },
	{ day: '2024-09-03', working: false, name: 'Quốc khánh (ngày liền kề)' },

	// 2025
	{ day: '2025-01-01', working: false, name: 'Tết Dương lịch' },
	{ day: '2025-01-27', working: false, name: 'Nghỉ hoán đổi dịp Tết Nguyên đán' },
	{ day: '2025-01-28', working: false, name: 'Tết Nguyên đán Ất Tỵ' },
	{ day: '2025-01-29', working: false, name: 'Tết Nguyên đán Ất Tỵ' },
	{ day: '2025-01-30', working: false, name: 'Tết Nguyên đán Ất Tỵ' },
	{ day: '2025-01-31', working: false, name: 'Tết Nguyên đán Ất Tỵ' },
	{ day: '2025-02-08', working: true, name: 'Làm bù cho ngày 27/01/2025' },
	{ day: '2025-04-07', working: false, name: 'Giỗ Tổ Hùng Vương' },
	{ day: '2025-04-26', working: true, name: 'Làm bù cho ngày 02/5/2025' },
	{ day: '2025-04-30', working: false, name: 'Ngày Chiến thắng' },
	{ day: '2025-05-01', working: false, name: 'Ngày Quốc tế Lao động' },
	{ day: '2025-05-02', working: false, name: 'Nghỉ hoán đổi dịp 30/4 – 1/5' },
	{ day: '2025-09-01', working: false, name: 'Quốc khánh (ngày liền kề)' },
	{ day: '2025-09-02', working: false, name: 'Quốc khánh' },

	// 2026
	{ day: '2026-01-01', working: false, name: 'Tết Dương lịch' },
	{ day: '2026-01-02', working: false, name: 'Nghỉ hoán đổi dịp Tết Dương lịch' },
	{ day: '2026-01-10', working: true, name: 'Làm bù cho ngày 02/01/2026' },
	{ day: '2026-02-16', working: false, name: 'Tết Nguyên đán Bính Ngọ' },
	{ day: '2026-02-17', working: false, name: 'Tết Nguyên đán Bính Ngọ' },
	{ day: '2026-02-18', working: false, name: 'Tết Nguyên đán Bính Ngọ' },
	{ day: '2026-02-19', working: false, name: 'Tết Nguyên đán Bính Ngọ' },
	{ day: '2026-02-20', working: false, name: 'Tết Nguyên đán Bính Ngọ' },
	{ day: '2026-04-27', working: false, name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
	{ day: '2026-04-30', working: false, name: 'Ngày Chiến thắng' },
	{ day: '2026-05-01', working: false, name: 'Ngày Quốc tế Lao động' },
	// Quốc khánh 2026: statutory default (adjacent day 1/9 assumed; 3/9 possible).
	{ day: '2026-09-01', working: false, name: 'Quốc khánh (ngày liền kề)' },
	{ day: '2026-09-02', working: false, name: 'Quốc khánh' },

	// 2027: statutory default (Labour Code 2019, art. 112), pending the official decision.
	{ day: '2027-01-01', working: false, name: 'Tết Dương lịch' },
	{ day: '2027-02-05', working: false, name: 'Tết Nguyên đán Đinh Mùi' },
	{ day: '2027-02-08', working: false, name: 'Tết Nguyên đán Đinh Mùi' },
	{ day: '2027-02-09', working: false, name: 'Tết Nguyên đán Đinh Mùi' },
	{ day: '2027-02-10', working: false, name: 'Nghỉ bù Tết Nguyên đán Đinh Mùi' },
	{ day: '2027-02-11', working: false, name: 'Nghỉ bù Tết Nguyên đán Đinh Mùi' },
	{ day: '2027-04-16', working: false, name: 'Giỗ Tổ Hùng Vương' },
	{ day: '2027-04-30', working: false, name: 'Ngày Chiến thắng' },
	{ day: '2027-05-03', working: false, name: 'Nghỉ bù Ngày Quốc tế Lao động' },
	{ day: '2027-09-02', working: false, name: 'Quốc khánh' },
	{ day: '2027-09-03', working: false, name: 'Quốc khánh (ngày liền kề)' }
];
