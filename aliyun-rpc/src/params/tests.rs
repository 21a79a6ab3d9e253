//! The writer's naming, rules and canonical order, through both of its entry orders.

use super::*;
use crate::rules::{Problem, Rules};
use crate::shape::{FieldMeta, Shape};

struct Entry {
    name: &'static str,
    years: u32,
}

impl RpcParams for Entry {
    const FIELDS: &'static [FieldMeta] = &[];
    fn write_fields(&self, writer: &mut ParamWriter) {
        writer.field("DomainName", self.name, &Rules::NONE);
        let years = Rules {
            min: Some(1),
            max: Some(10),
            ..Rules::NONE
        };
        writer.field("SubscriptionDuration", &self.years, &years);
    }
}

impl ParamValue for Entry {
    fn write_value(&self, writer: &mut ParamWriter) {
        writer.flatten(self);
    }
    fn shape() -> Shape {
        Shape::Struct(Self::FIELDS)
    }
}

fn entries(n: usize) -> Vec<Entry> {
    (0..n)
        .map(|i| Entry {
            name: "a.com",
            years: (i % 3) as u32 + 1,
        })
        .collect()
}

/// Pairs as owned names and values.
type OwnedPairs = Vec<(String, String)>;

/// What `write` writes, read back through [`Params`] (declaration order).
fn declared(write: impl Fn(&mut ParamWriter)) -> OwnedPairs {
    let mut writer = ParamWriter::new();
    write(&mut writer);
    owned(&writer.finish().unwrap())
}

fn owned(params: &Params) -> OwnedPairs {
    params
        .iter()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect()
}

fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .unwrap()
        .into_owned()
}

/// The client's writer's pairs, decoded: in canonical order, and as on the wire.
fn for_signing(
    write: impl Fn(&mut ParamWriter),
) -> Result<(OwnedPairs, OwnedPairs), Vec<crate::ParamProblem>> {
    let mut writer = ParamWriter::for_signing();
    write(&mut writer);
    let pairs = writer.finish_for_signing()?;
    let sorted = (0..pairs.len())
        .map(|index| {
            let (name, value) = pairs.pair(index);
            (decode(name), decode(value))
        })
        .collect();
    let wire = pairs
        .into_text()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap();
            (decode(name), decode(value))
        })
        .collect();
    Ok((sorted, wire))
}

/// The canonical order the SDKs use: sorted by the raw name's bytes.
fn sorted(mut pairs: OwnedPairs) -> OwnedPairs {
    pairs.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    pairs
}

#[test]
fn list_of_structs_is_numbered_from_one_and_nested_names_compose() {
    let pairs = declared(|writer| writer.field("OrderRenewParam", &entries(2), &Rules::NONE));
    let expected = [
        ("OrderRenewParam.1.DomainName", "a.com"),
        ("OrderRenewParam.1.SubscriptionDuration", "1"),
        ("OrderRenewParam.2.DomainName", "a.com"),
        ("OrderRenewParam.2.SubscriptionDuration", "2"),
    ];
    let expected: OwnedPairs = expected
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    assert_eq!(pairs, expected);
}

#[test]
fn lists_of_lists_compose_indices() {
    let pairs = declared(|writer| writer.field("A", &vec![vec![7u8], vec![8, 9]], &Rules::NONE));
    let names: Vec<_> = pairs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["A.1.1", "A.2.1", "A.2.2"]);
}

#[test]
fn none_and_empty_lists_write_nothing_and_empty_strings_are_kept() {
    let pairs = declared(|writer| {
        writer.field("Absent", &None::<String>, &Rules::NONE);
        writer.field("Empty", &Vec::<u32>::new(), &Rules::NONE);
        writer.field("Blank", "", &Rules::NONE);
        writer.field("Yes", &true, &Rules::NONE);
        writer.field("Big", &9_007_199_254_740_991i64, &Rules::NONE);
    });
    let text: Vec<_> = pairs.iter().map(|(n, v)| format!("{n}={v}")).collect();
    assert_eq!(text, ["Blank=", "Yes=true", "Big=9007199254740991"]);
}

#[test]
fn every_broken_rule_is_reported_with_its_full_name_in_declaration_order() {
    let mut list = entries(12);
    list[1].years = 0;
    list[9].years = 11;
    let mut writer = ParamWriter::new();
    let bounds = Rules {
        max_len: Some(1),
        ..Rules::NONE
    };
    writer.field("OrderRenewParam", &list, &bounds);
    let problems = writer.finish().unwrap_err();
    let text: Vec<_> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "`OrderRenewParam` has 12 entries, allowed at most 1",
            "`OrderRenewParam.2.SubscriptionDuration` is 0, allowed 1..=10",
            "`OrderRenewParam.10.SubscriptionDuration` is 11, allowed 1..=10",
        ]
    );
}

#[test]
fn element_bounds_apply_to_each_integer_of_a_list() {
    let mut writer = ParamWriter::new();
    let rules = Rules {
        min: Some(1),
        min_len: Some(1),
        ..Rules::NONE
    };
    writer.field("Ids", &vec![1u32, 0, 5], &rules);
    let problems = writer.finish().unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].name, "Ids.2");
}

#[test]
fn string_length_counts_characters_not_bytes() {
    let rules = Rules {
        max_len: Some(3),
        ..Rules::NONE
    };
    let mut writer = ParamWriter::new();
    writer.field("Name", "阿里云", &rules);
    assert!(writer.finish().is_ok());
}

/// A structure whose fields are declared out of name order, with a nested list.
struct Order {
    entries: Vec<Entry>,
    tags: Vec<String>,
    lang: Option<&'static str>,
}

impl RpcParams for Order {
    const FIELDS: &'static [FieldMeta] = &[];
    fn write_fields(&self, writer: &mut ParamWriter) {
        writer.field("OrderRenewParam", &self.entries, &Rules::NONE);
        writer.field("Tag", &self.tags, &Rules::NONE);
        writer.field("Lang", &self.lang, &Rules::NONE);
        writer.field("Action-Hint", "x", &Rules::NONE);
    }
}

fn order(n: usize) -> Order {
    Order {
        entries: entries(n),
        tags: (0..n).map(|i| format!("t{i}")).collect(),
        lang: Some("en"),
    }
}

#[test]
fn the_signing_writer_keeps_the_wire_text_and_the_pairs_in_canonical_order() {
    for n in [0, 1, 2, 9, 10, 11, 100, 1000] {
        let mut value = order(n);
        if let Some(entry) = value.entries.first_mut() {
            entry.name = "a b&c=d%e/ü";
        }
        let expected = sorted(declared(|writer| writer.flatten(&value)));
        let (canonical, wire) = for_signing(|writer| writer.flatten(&value)).unwrap();
        assert_eq!(canonical, expected, "n = {n}");
        assert_eq!(sorted(wire), expected, "n = {n}");
    }
}

/// A hand-written value whose pairs come out of order within its scope.
struct Ordered;

impl ParamValue for Ordered {
    fn write_value(&self, writer: &mut ParamWriter) {
        writer.entry(1, "one", &Rules::NONE);
        writer.value("self");
    }
}

#[test]
fn names_out_of_order_or_interleaving_are_sorted_at_the_end() {
    struct Awkward;
    impl ParamValue for Awkward {
        fn write_value(&self, writer: &mut ParamWriter) {
            // Out of order, and a dotted name that lands inside another block.
            writer.entry(10, "ten", &Rules::NONE);
            writer.value("self");
            writer.entry(2, "two", &Rules::NONE);
        }
    }
    let write = |writer: &mut ParamWriter| {
        writer.field("A", &vec![1u8, 2, 3], &Rules::NONE);
        writer.field("A.2x", "dotted", &Rules::NONE);
        writer.field("A-B", "dash", &Rules::NONE);
        writer.field("B", "1", &Rules::NONE);
        writer.field("Ab", &Ordered, &Rules::NONE);
        writer.field("Z", &Awkward, &Rules::NONE);
    };
    let (canonical, _) = for_signing(write).unwrap();
    assert_eq!(canonical, sorted(declared(write)));
}

#[test]
fn entries_after_other_pairs_of_their_scope_are_still_put_in_place() {
    struct Mixed;
    impl ParamValue for Mixed {
        fn write_value(&self, writer: &mut ParamWriter) {
            writer.entry(25, "twenty-five", &Rules::NONE);
            writer.entries(&["a"; 20]);
        }
    }
    let write = |writer: &mut ParamWriter| writer.field("L", &Mixed, &Rules::NONE);
    let (canonical, _) = for_signing(write).unwrap();
    assert_eq!(canonical, sorted(declared(write)));
}

#[test]
fn names_with_reserved_characters_sort_by_their_raw_bytes() {
    // Raw `Key=` sorts after `Key0` and `Keyé` after `Key~`; their encodings would not.
    let names = [
        "Key0", "Key=", "Key~", "Keyé", "Key", "A B", "A.1", "#3#env", "Z*",
    ];
    let write = |writer: &mut ParamWriter| {
        for name in names {
            writer.field(name, "v", &Rules::NONE);
        }
    };
    let (canonical, wire) = for_signing(write).unwrap();
    let mut expected: Vec<&str> = names.to_vec();
    expected.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    let got: Vec<&str> = canonical.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(got, expected);
    // The wire text holds every name encoded, and decodes back to the same pairs.
    assert_eq!(sorted(wire), canonical);
}

#[test]
fn a_repeated_name_is_refused_by_both_writers() {
    let write = |writer: &mut ParamWriter| {
        writer.field("A", "1", &Rules::NONE);
        writer.field("B", "x", &Rules::NONE);
        writer.field("A", "2", &Rules::NONE);
    };
    let problems = for_signing(write).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].name, "A");
    assert_eq!(problems[0].problem, Problem::Repeated);
    let mut writer = ParamWriter::new();
    write(&mut writer);
    assert_eq!(writer.finish().unwrap_err(), problems);
    // The same name reached in two ways: a field and a dotted wire name.
    let problems = for_signing(|writer| {
        writer.field("A", &vec!["x"], &Rules::NONE);
        writer.field("A.1", "y", &Rules::NONE);
    })
    .unwrap_err();
    assert_eq!(problems[0].name, "A.1");
}

#[test]
fn params_read_back_decoded_and_keep_the_wire_text() {
    let mut writer = ParamWriter::new();
    writer.field("Name", "a b&c", &Rules::NONE);
    writer.field("Key*", "é", &Rules::NONE);
    let params = writer.finish().unwrap();
    assert_eq!(params.to_wire_text(), "Name=a%20b%26c&Key%2A=%C3%A9");
    assert_eq!(params.wire_len(), params.to_wire_text().len());
    assert_eq!(Params::new().wire_len(), 0);
    assert_eq!(params.get("Key*"), Some("é"));
    let pushed: Params = [("Name", "a b&c"), ("Key*", "é")].into_iter().collect();
    assert_eq!(pushed, params);
}

#[test]
fn the_canonical_text_is_the_written_text_when_in_order_and_sorted_otherwise() {
    let canonical_text = |write: &dyn Fn(&mut ParamWriter)| {
        let mut writer = ParamWriter::for_signing();
        write(&mut writer);
        writer.finish_for_signing().unwrap().into_canonical_text()
    };
    // Entries come in decimal order and nothing needs moving.
    let in_order = canonical_text(&|writer| writer.field("A", &vec!["x"; 11], &Rules::NONE));
    assert!(
        in_order.starts_with("A.1=x&A.10=x&A.11=x&A.2=x"),
        "{in_order}"
    );
    // Hand-written fields out of name order: the text is written as declared, the query sorted.
    let sorted = canonical_text(&|writer| {
        writer.field("B", "2", &Rules::NONE);
        writer.field("A", "1 1", &Rules::NONE);
    });
    assert_eq!(sorted, "A=1%201&B=2");
}
