//! The answer of the special-business actions (a registry's procedures outside the ordinary
//! flows, such as a transfer that needs documents) that change something.

use crate::module_envelope::ModuleEnvelope;

/// The response of `DomainSpecialBizCancel` and `SubmitDomainSpecialBizCredentials`: the back
/// end's envelope, whose `Success` says whether the step was taken. Its `Module` has no
/// documented shape (samples show `"-"`), so it is kept as parsed.
pub type SpecialBizResultResponse = ModuleEnvelope<serde_json::Value>;
