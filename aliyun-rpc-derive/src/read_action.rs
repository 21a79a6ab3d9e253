//! Which actions are reads: the default of `idempotent` when a declaration does not say.
//!
//! Alibaba names its RPC actions verb first, and the verbs below only ever read state
//! (`DescribeRegions`, `QueryDomainList`, `ListTagResources`, `GetTaskStatus`, `CheckDomain`).
//! A read may be resent after an ambiguous failure (a 502, a dropped connection) without any
//! effect, so declaring one without `idempotent` should not end such a failure in "outcome
//! unknown". Every other action (`Save…`, `Create…`, `Renew…`, `Transfer…`) defaults to not
//! idempotent, so a paid order is never resent unless its declaration says so explicitly.

/// The leading words of read-only actions.
pub(crate) const READ_VERBS: &[&str] = &["Describe", "Query", "List", "Get", "Check"];

/// Whether `action` starts with a read verb as a whole word (`QueryDomainList`, but not
/// `Querying` or `Listen`).
pub(crate) fn is_read_action(action: &str) -> bool {
    READ_VERBS.iter().any(|verb| {
        action.strip_prefix(verb).is_some_and(|rest| {
            rest.chars()
                .next()
                .is_none_or(|next| next.is_ascii_uppercase())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_recognised_by_their_leading_verb() {
        for read in [
            "DescribeRegions",
            "QueryDomainList",
            "ListTagResources",
            "GetTaskStatus",
            "CheckDomain",
            "Query",
        ] {
            assert!(is_read_action(read), "{read}");
        }
    }

    #[test]
    fn orders_and_words_that_only_begin_like_a_verb_are_not_reads() {
        for write in [
            "SaveBatchTaskForCreatingOrderRenew",
            "CreateInstance",
            "TransferInCheckMailToken",
            "Listen",
            "Getaway",
            "Checkout",
            "describeRegions",
            "",
        ] {
            assert!(!is_read_action(write), "{write}");
        }
    }
}
