//! Declarative validation: the bounds a field declares and the problems a value can have.

use std::fmt;

/// The bounds declared on a field with `#[rpc(min = …, max = …, min_len = …, max_len = …)]`.
///
/// `min`/`max` bound an integer (each element, for a list of integers). `min_len`/`max_len` bound a
/// string's length in characters, or a list's number of entries. Absent values are not checked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rules {
    /// The smallest allowed integer.
    pub min: Option<i128>,
    /// The largest allowed integer.
    pub max: Option<i128>,
    /// The smallest allowed length.
    pub min_len: Option<usize>,
    /// The largest allowed length.
    pub max_len: Option<usize>,
}

impl Rules {
    /// No bounds at all.
    pub const NONE: Rules = Rules {
        min: None,
        max: None,
        min_len: None,
        max_len: None,
    };

    /// Whether any bound is declared.
    pub fn is_empty(&self) -> bool {
        *self == Rules::NONE
    }

    /// The rules that apply to each element of a list: the value bounds, not the length bounds.
    pub fn for_elements(&self) -> Rules {
        Rules {
            min_len: None,
            max_len: None,
            ..*self
        }
    }

    /// The problem with an integer value, if it is out of bounds.
    pub fn check_integer(&self, value: i128) -> Option<Problem> {
        let below = self.min.is_some_and(|min| value < min);
        let above = self.max.is_some_and(|max| value > max);
        (below || above).then_some(Problem::OutOfRange {
            value,
            min: self.min,
            max: self.max,
        })
    }

    /// The problem with the length of `text` in characters, if it is out of bounds. The
    /// characters are counted only when the byte length leaves the answer open (a string of `n`
    /// bytes has between `n / 4` and `n` characters).
    pub fn check_text_length(&self, text: &str) -> Option<Problem> {
        let bytes = text.len();
        let certainly_within = self.min_len.is_none_or(|min| bytes.div_ceil(4) >= min)
            && self.max_len.is_none_or(|max| bytes <= max);
        if certainly_within {
            return None;
        }
        self.check_length(text.chars().count(), LengthUnit::Characters)
    }

    /// The problem with a length, if it is out of bounds.
    pub fn check_length(&self, length: usize, unit: LengthUnit) -> Option<Problem> {
        let short = self.min_len.is_some_and(|min| length < min);
        let long = self.max_len.is_some_and(|max| length > max);
        (short || long).then_some(Problem::LengthOutOfRange {
            length,
            min: self.min_len,
            max: self.max_len,
            unit,
        })
    }
}

/// What a length counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthUnit {
    /// Characters of a string.
    Characters,
    /// Entries of a list.
    Entries,
}

/// What is wrong with one parameter value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// An integer outside its declared bounds.
    OutOfRange {
        /// The value given.
        value: i128,
        /// The declared minimum.
        min: Option<i128>,
        /// The declared maximum.
        max: Option<i128>,
    },
    /// A string or list whose length is outside its declared bounds.
    LengthOutOfRange {
        /// The length given.
        length: usize,
        /// The declared minimum.
        min: Option<usize>,
        /// The declared maximum.
        max: Option<usize>,
        /// Whether the length counts characters or entries.
        unit: LengthUnit,
    },
    /// A rule written by hand (a container `validate` function) was broken.
    Invalid(String),
    /// The name is written more than once (a hand-written `ParamValue`, or two fields with one
    /// wire name): a request carries each name once, and no signer can order two of them.
    Repeated,
}

/// Writes `min..=max`, `>= min` or `<= max`.
fn write_bounds<T: fmt::Display>(
    f: &mut fmt::Formatter<'_>,
    min: Option<T>,
    max: Option<T>,
) -> fmt::Result {
    match (min, max) {
        (Some(min), Some(max)) => write!(f, "{min}..={max}"),
        (Some(min), None) => write!(f, "at least {min}"),
        (None, Some(max)) => write!(f, "at most {max}"),
        (None, None) => f.write_str("anything"),
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::OutOfRange { value, min, max } => {
                write!(f, "is {value}, allowed ")?;
                write_bounds(f, *min, *max)
            }
            Problem::LengthOutOfRange {
                length,
                min,
                max,
                unit,
            } => {
                let unit = match unit {
                    LengthUnit::Characters => "characters",
                    LengthUnit::Entries => "entries",
                };
                write!(f, "has {length} {unit}, allowed ")?;
                write_bounds(f, *min, *max)
            }
            Problem::Invalid(reason) => f.write_str(reason),
            Problem::Repeated => {
                f.write_str("is written more than once; a request carries each name once")
            }
        }
    }
}

/// A problem together with the wire name of the parameter that has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamProblem {
    /// The full wire name (`OrderRenewParam.3.SubscriptionDuration`); empty for the whole request.
    pub name: String,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for ParamProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name.is_empty() {
            write!(f, "request {}", self.problem)
        } else {
            write!(f, "`{}` {}", self.name, self.problem)
        }
    }
}
