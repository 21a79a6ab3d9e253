//! Floating-point parameters, written as the official SDKs write them.
//!
//! The Tea Python SDK, the reference the signing checks use, turns a float parameter into text
//! with Python's `str()`: the shortest decimal that reads back as the same number, with `.0` on
//! integral values (`1.0`), and an exponent below 1e-4 or from 1e16 up (`1e-05`, `1.5e+16`).
//! Writing the same text means that a request signed here reads exactly as one signed by the
//! official client. NaN and the infinities have no text a service accepts, so they are refused
//! before anything is sent.

/// `value` as Python's `str(float)` writes it, or `None` for NaN and the infinities.
///
/// For `f32`, pass the digits of the `f32` itself (see [`shortest_f32`]), so that `0.1f32` is
/// written `0.1`, not the `0.10000000149011612` of its widened `f64`.
pub(crate) fn python_text(value: f64) -> Option<String> {
    value
        .is_finite()
        .then(|| from_scientific(&format!("{value:e}")))
}

/// `value` with the shortest digits that read back as the same `f32`, or `None` when not finite.
pub(crate) fn shortest_f32(value: f32) -> Option<String> {
    value
        .is_finite()
        .then(|| from_scientific(&format!("{value:e}")))
}

/// Rewrites Rust's shortest scientific form (`-9.8e-1`, `1e21`, `0e0`) the way Python's `repr`
/// lays out the same digits.
fn from_scientific(scientific: &str) -> String {
    let (negative, unsigned) = match scientific.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, scientific),
    };
    let (mantissa, exponent) = unsigned
        .split_once('e')
        .expect("`{:e}` always writes an exponent");
    let exponent: i32 = exponent.parse().expect("`{:e}` writes a decimal exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let mut text = String::with_capacity(digits.len() + 8);
    if negative {
        text.push('-');
    }
    // Python switches to an exponent when the decimal point would sit more than four places
    // before the first digit, or sixteen or more after it.
    if (-4..16).contains(&exponent) {
        if exponent >= 0 {
            let point = usize::try_from(exponent).expect("non-negative") + 1;
            if digits.len() <= point {
                text.push_str(&digits);
                text.extend(std::iter::repeat_n('0', point - digits.len()));
                text.push_str(".0");
            } else {
                text.push_str(&digits[..point]);
                text.push('.');
                text.push_str(&digits[point..]);
            }
        } else {
            let zeros = usize::try_from(-exponent - 1).expect("positive");
            text.push_str("0.");
            text.extend(std::iter::repeat_n('0', zeros));
            text.push_str(&digits);
        }
    } else {
        text.push_str(&digits[..1]);
        if digits.len() > 1 {
            text.push('.');
            text.push_str(&digits[1..]);
        }
        text.push('e');
        text.push(if exponent < 0 { '-' } else { '+' });
        let magnitude = exponent.unsigned_abs();
        if magnitude < 10 {
            text.push('0');
        }
        text.push_str(itoa::Buffer::new().format(magnitude));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_values_keep_their_shortest_digits_and_integral_ones_get_a_point_zero() {
        let cases: [(f64, &str); 9] = [
            (0.98, "0.98"),
            (1.0, "1.0"),
            (2.5, "2.5"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (-12.75, "-12.75"),
            (0.0001, "0.0001"),
            (123_456_789.125, "123456789.125"),
            (1e15, "1000000000000000.0"),
        ];
        for (value, text) in cases {
            assert_eq!(python_text(value).as_deref(), Some(text), "{value:?}");
        }
    }

    #[test]
    fn very_small_and_very_large_values_take_an_exponent_of_at_least_two_digits() {
        let cases: [(f64, &str); 6] = [
            (0.00001, "1e-05"),
            (1e-7, "1e-07"),
            (1.5e16, "1.5e+16"),
            (1e16, "1e+16"),
            (-2.5e-300, "-2.5e-300"),
            (f64::MAX, "1.7976931348623157e+308"),
        ];
        for (value, text) in cases {
            assert_eq!(python_text(value).as_deref(), Some(text), "{value:?}");
        }
    }

    #[test]
    fn non_finite_values_have_no_text() {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(python_text(value), None);
        }
        assert_eq!(shortest_f32(f32::NAN), None);
    }

    #[test]
    fn an_f32_keeps_its_own_shortest_digits() {
        assert_eq!(shortest_f32(0.1).as_deref(), Some("0.1"));
        assert_eq!(shortest_f32(3.0).as_deref(), Some("3.0"));
        assert_eq!(
            python_text(f64::from(0.1f32)).as_deref(),
            Some("0.10000000149011612")
        );
    }
}
