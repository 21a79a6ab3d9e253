//! `SaveSingleTaskForQueryingTransferAuthorizationCode`, Domain 2018-01-29: send a domain's
//! transfer authorization code to its registrant.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-savesingletaskforqueryingtransferauthorizationcode>

use crate::single_domain_task_action::single_domain_task_action;

single_domain_task_action!(
    /// Asks for the transfer authorization code (the EPP code) of one domain, which the service
    /// e-mails to the registrant's address; the new registrar needs it to transfer the domain away.
    /// Charges nothing.
    SaveSingleTaskForQueryingTransferAuthorizationCode,
    action = "SaveSingleTaskForQueryingTransferAuthorizationCode"
);
