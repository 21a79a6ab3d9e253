//! `CancelTask`, Domain 2018-01-29: cancel a task that has not finished.
//! <https://www.alibabacloud.com/help/en/dws/api-domain-2018-01-29-canceltask>

use serde::Deserialize;

use crate::types::Lang;

/// Cancels a task (a batch renewal, a name-server change, …) whose details are not all done yet.
/// Details already finished keep their outcome; read them with `QueryTaskDetailList`. Find the task
/// number with `QueryTaskList` or in the answer of the action that queued it.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::Rpc)]
#[rpc(action = "CancelTask", product = crate::Domain, response = CancelTaskResponse)]
#[non_exhaustive]
pub struct CancelTask {
    /// `TaskNo`: the task to cancel, as the action that queued it (or `QueryTaskList`) gives it.
    /// Required.
    pub task_no: String,
    /// `UserClientIp`: the IP address of the end user the call is made for (any address, such as
    /// `127.0.0.1`, is accepted). Optional.
    pub user_client_ip: Option<String>,
    /// `Lang`: the language of error messages: English unless `zh` is asked for. Optional.
    pub lang: Option<Lang>,
}

/// The response. The JSON answer carries only `RequestId`; Alibaba's XML example nests it, with
/// the gateway's status, under `data` instead, so both places are read.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CancelTaskResponse {
    /// `RequestId`: the id of this call, at the top level (see
    /// [`find_request_id`](Self::find_request_id)).
    pub request_id: Option<String>,
    /// `code`: the gateway's status code (`200`), in the nested form only.
    pub code: Option<String>,
    /// `name`: the outcome's name (`TaskCancellSuccess`), in the nested form only.
    pub name: Option<String>,
    /// `message`: the outcome in words, in the nested form only.
    pub message: Option<String>,
    /// `data`: the call's own answer, in the nested form only.
    pub data: Option<CancelTaskData>,
}

impl CancelTaskResponse {
    /// The id of this call, wherever the answer put it; quote it to Alibaba support.
    pub fn find_request_id(&self) -> Option<&str> {
        self.request_id
            .as_deref()
            .or_else(|| self.data.as_ref()?.request_id.as_deref())
    }
}

/// The `data` element of the nested form of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CancelTaskData {
    /// `RequestId`: the id of this call.
    pub request_id: Option<String>,
    /// `HostId`: the endpoint that answered (`domain.aliyuncs.com`).
    pub host_id: Option<String>,
    /// `Code`: the status code (`200`).
    pub code: Option<String>,
    /// `Message`: the status in words (`success`).
    pub message: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_id_is_found_at_the_top_or_under_data() {
        let flat = br#"{"RequestId": "R-3"}"#;
        let nested = b"<CancelTaskResponse><code>200</code>            <data><RequestId>R-4</RequestId><Code>200</Code></data></CancelTaskResponse>";
        for (body, id) in [(&flat[..], "R-3"), (&nested[..], "R-4")] {
            let answer = aliyun_rpc::decode_response::<CancelTask>(200, body).expect("decodes");
            assert_eq!(answer.find_request_id(), Some(id));
        }
    }
}
