import { dateRange, formatCalendarDate, isCalendarDate } from 'data/format';

describe('date ranges typed by people', () => {
  it.each(['2024-02-29', '2026-12-03'])('accepts the date %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2025-02-29', '2025-13-01', '2024-01-45', 'yesterday', '', null])(
    'rejects %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('drops a date that does not exist and keeps the other', () => {
    expect(dateRange('garbage', '2024-06-30')).toEqual({
      startDate: '',
      endDate: '2024-06-30',
    });
  });

  it('treats a range that ends before it starts as no range', () => {
    expect(dateRange('2025-12-31', '2024-01-01')).toEqual({
      startDate: '',
      endDate: '',
    });
  });

  it('shows nothing for a date that does not exist', () => {
    expect(formatCalendarDate('2024-13-45')).toBe('');
  });
});
