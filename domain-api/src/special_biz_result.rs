//! The answer of the special-business actions that change something (special business: a
//! domain's procedures outside the ordinary flows, which ask for documents).

use crate::module_envelope::ModuleEnvelope;

/// The response of `DomainSpecialBizCancel` and `SubmitDomainSpecialBizCredentials`: the back
/// end's envelope, whose `Success` says whether the step was taken. Its `Module` has no
/// documented shape (samples show `"-"`), so it is kept as parsed.
pub type SpecialBizResultResponse = ModuleEnvelope<serde_json::Value>;
