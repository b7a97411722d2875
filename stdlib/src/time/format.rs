//! The text forms of broken-down time: `asctime` and `strftime` (the C
//! library's directives in the C locale).

use super::calendar::{Tm, days_from_civil};

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[tm.mon.rem_euclid(12) as usize]
}

/// `Sun Jan  2 03:04:05 2024`.
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &month_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// The ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let iso_wday = (tm.wday + 6).rem_euclid(7); // Monday = 0
    let mut year = tm.year;
    let mut week = (tm.yday - iso_wday + 10) / 7;
    if week < 1 {
        year -= 1;
        let days_prev = days_from_civil(year + 1, 1, 1) - days_from_civil(year, 1, 1);
        week = (tm.yday + days_prev - iso_wday + 10) / 7;
    } else {
        let days_this = days_from_civil(year + 1, 1, 1) - days_from_civil(year, 1, 1);
        if tm.yday - iso_wday + 3 >= days_this {
            year += 1;
            week = 1;
        }
    }
    (year, week)
}

fn hour12(tm: &Tm) -> i64 {
    match tm.hour % 12 {
        0 => 12,
        h => h,
    }
}

/// Expands the directives of `fmt`; unknown ones are kept as written.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let text = match d {
            'a' => day_name(tm)[..3].to_string(),
            'A' => day_name(tm).to_string(),
            'b' | 'h' => month_name(tm)[..3].to_string(),
            'B' => month_name(tm).to_string(),
            'c' => asctime(tm),
            'C' => format!("{:02}", tm.year.div_euclid(100)),
            'd' => format!("{:02}", tm.mday),
            'D' | 'x' => strftime("%m/%d/%y", tm),
            'e' => format!("{:2}", tm.mday),
            'F' => strftime("%Y-%m-%d", tm),
            'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            'G' => iso_week(tm).0.to_string(),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{:02}", hour12(tm)),
            'j' => format!("{:03}", tm.yday + 1),
            'k' => format!("{:2}", tm.hour),
            'l' => format!("{:2}", hour12(tm)),
            'm' => format!("{:02}", tm.mon + 1),
            'M' => format!("{:02}", tm.min),
            'n' => "\n".into(),
            'p' => if tm.hour < 12 { "AM" } else { "PM" }.into(),
            'r' => strftime("%I:%M:%S %p", tm),
            'R' => strftime("%H:%M", tm),
            's' => (super::calendar::utc_seconds(tm) - tm.gmtoff).to_string(),
            'S' => format!("{:02}", tm.sec),
            't' => "\t".into(),
            'T' | 'X' => strftime("%H:%M:%S", tm),
            'u' => ((tm.wday + 6).rem_euclid(7) + 1).to_string(),
            'U' => format!("{:02}", (tm.yday + 7 - tm.wday) / 7),
            'V' => format!("{:02}", iso_week(tm).1),
            'w' => tm.wday.to_string(),
            'W' => format!("{:02}", (tm.yday + 7 - (tm.wday + 6).rem_euclid(7)) / 7),
            'y' => format!("{:02}", tm.year.rem_euclid(100)),
            'Y' => tm.year.to_string(),
            'z' => {
                let off = tm.gmtoff.abs() / 60;
                let sign = if tm.gmtoff < 0 { '-' } else { '+' };
                format!("{sign}{:02}{:02}", off / 60, off % 60)
            }
            'Z' => tm.zone.clone(),
            '%' => "%".into(),
            other => format!("%{other}"),
        };
        out.push_str(&text);
    }
    out
}
