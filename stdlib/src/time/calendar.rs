//! Broken-down time: the proleptic Gregorian calendar on day numbers
//! counted from 1970-01-01, and the local time zone read from the system's
//! TZif file.

/// A broken-down time, in C's `struct tm` conventions (month 0-11, weekday
/// 0 = Sunday, year day 0-365).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: String,
    pub gmtoff: i64,
}

/// The day number of a date (month 1-12, any day of month: overflow
/// carries into the next months).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 + day - 1
}

/// `(year, month 1-12, day)` of a day number.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The broken-down time of `secs` since the epoch shifted by `gmtoff`.
pub fn breakdown(secs: i64, gmtoff: i64, isdst: bool, zone: &str) -> Tm {
    let t = secs + gmtoff;
    let days = t.div_euclid(86_400);
    let rem = t.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    Tm {
        year,
        mon: month - 1,
        mday: day,
        hour: rem / 3600,
        min: rem / 60 % 60,
        sec: rem % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
        isdst: i64::from(isdst),
        zone: zone.to_string(),
        gmtoff,
    }
}

/// Seconds since the epoch of a broken-down UTC time, normalizing fields
/// out of their ranges as C's `mktime` does.
pub fn utc_seconds(tm: &Tm) -> i64 {
    let year = tm.year + tm.mon.div_euclid(12);
    let month = tm.mon.rem_euclid(12) + 1;
    let days = days_from_civil(year, month, 1) + tm.mday - 1;
    days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// One local time type of a zone.
#[derive(Clone, Debug)]
pub struct ZoneType {
    pub offset: i64,
    pub isdst: bool,
    pub name: String,
}

/// The local time zone: its transitions and the type in force from each.
#[derive(Debug)]
pub struct Zone {
    transitions: Vec<(i64, usize)>,
    types: Vec<ZoneType>,
}

fn be(bytes: &[u8], at: usize, width: usize) -> Option<i64> {
    let b = bytes.get(at..at + width)?;
    Some(match width {
        4 => i64::from(i32::from_be_bytes(b.try_into().ok()?)),
        _ => i64::from_be_bytes(b.try_into().ok()?),
    })
}

impl Zone {
    fn utc() -> Zone {
        Zone {
            transitions: Vec::new(),
            types: vec![ZoneType {
                offset: 0,
                isdst: false,
                name: "UTC".into(),
            }],
        }
    }

    /// The zone of `$TZ` (a file under /usr/share/zoneinfo) or
    /// /etc/localtime; UTC when neither can be read. Times past the last
    /// transition keep its type (the TZif footer's rule is not applied).
    pub fn local() -> Zone {
        let path = match std::env::var("TZ") {
            Ok(tz) if !tz.is_empty() => {
                let tz = tz.trim_start_matches(':');
                if tz.starts_with('/') {
                    tz.to_string()
                } else {
                    format!("/usr/share/zoneinfo/{tz}")
                }
            }
            _ => "/etc/localtime".to_string(),
        };
        std::fs::read(path)
            .ok()
            .and_then(|data| Self::parse(&data))
            .unwrap_or_else(Self::utc)
    }

    /// Reads a TZif file: the 64-bit body of version 2+ files, else the
    /// 32-bit one.
    fn parse(data: &[u8]) -> Option<Zone> {
        if data.get(..4)? != b"TZif" {
            return None;
        }
        let counts = |at: usize| -> Option<[usize; 6]> {
            let mut c = [0; 6];
            for (i, slot) in c.iter_mut().enumerate() {
                *slot = usize::try_from(be(data, at + 20 + 4 * i, 4)?).ok()?;
            }
            Some(c)
        };
        let [isut, isstd, leap, time, typ, chars] = counts(0)?;
        let v1_len = time * 5 + typ * 6 + chars + leap * 8 + isstd + isut;
        let (at, width, [_, _, _, time, typ, chars]) = if data[4] >= b'2' {
            let at = 44 + v1_len;
            (at + 44, 8, counts(at)?)
        } else {
            (44, 4, [isut, isstd, leap, time, typ, chars])
        };
        let idx_at = at + time * width;
        let types_at = idx_at + time;
        let chars_at = types_at + typ * 6;
        let abbrevs = data.get(chars_at..chars_at + chars)?;
        let mut types = Vec::with_capacity(typ);
        for i in 0..typ {
            let p = types_at + i * 6;
            let start = usize::from(*data.get(p + 5)?);
            let name = abbrevs.get(start..)?.split(|&b| b == 0).next()?;
            types.push(ZoneType {
                offset: be(data, p, 4)?,
                isdst: *data.get(p + 4)? != 0,
                name: String::from_utf8_lossy(name).into_owned(),
            });
        }
        let mut transitions = Vec::with_capacity(time);
        for i in 0..time {
            let t = be(data, at + i * width, width)?;
            let ty = usize::from(*data.get(idx_at + i)?);
            types.get(ty)?;
            transitions.push((t, ty));
        }
        (!types.is_empty()).then_some(Zone { transitions, types })
    }

    /// The type in force at `secs` since the epoch (UTC).
    pub fn at(&self, secs: i64) -> &ZoneType {
        let i = self.transitions.partition_point(|&(t, _)| t <= secs);
        let ty = match i {
            0 => self.types.iter().position(|t| !t.isdst).unwrap_or_default(),
            _ => self.transitions[i - 1].1,
        };
        &self.types[ty]
    }

    /// The standard and the daylight-saving types (the latest of each).
    pub fn std_and_dst(&self) -> (ZoneType, Option<ZoneType>) {
        let latest = |dst: bool| {
            self.transitions
                .iter()
                .rev()
                .map(|&(_, ty)| &self.types[ty])
                .chain(self.types.iter())
                .find(|t| t.isdst == dst)
                .cloned()
        };
        (
            latest(false).unwrap_or_else(|| self.types[0].clone()),
            latest(true),
        )
    }
}
