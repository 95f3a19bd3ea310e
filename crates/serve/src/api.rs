//! `/api/...`: the CLI's `--json` shapes, its flag names as query parameters.
//!
//! Pages of hits are `{"total","offset","limit","hits":[...]}` with each hit as `search
//! --json` (or `quotes --json`) prints it; facet lists are `{"names":[{"name","count"}]}`;
//! `/api/article/{id}` is `show --json`; `/api/stats` is `stats --json`; errors are
//! `{"error": "..."}` with status 400, 404 or 500.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use newsdex_extract::{Entity, Extracted, Quote};
use newsdex_search::{ArticleRef, FacetKind, StoredArticle};

use crate::error::AppError;
use crate::params::Params;
use crate::state::{blocking, AppState};

/// Hits per page when `limit` is absent: the CLI's default.
pub const DEFAULT_LIMIT: usize = 10;
/// Names per facet list when `top` is absent: the CLI's default.
pub const DEFAULT_TOP: usize = 20;

/// An error as JSON.
pub struct ApiError(AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(err: E) -> Self {
        ApiError(err.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.0.message() });
        (self.0.status(), json_response(&body)).into_response()
    }
}

type ApiResult = Result<Response, ApiError>;

/// `value` as an `application/json` response.
fn json_response<T: Serialize>(value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => ([(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(e) => ApiError(AppError::Internal(e.into())).into_response(),
    }
}

#[derive(Serialize)]
struct PageOut<T> {
    total: usize,
    offset: usize,
    limit: usize,
    hits: Vec<T>,
}

#[derive(Serialize)]
struct NameOut {
    name: String,
    count: u64,
}

#[derive(Serialize)]
struct NamesOut {
    names: Vec<NameOut>,
}

/// `GET /api/search`: `newsdex search --json`.
pub async fn search(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    let params = Params::parse(raw.as_deref())?;
    let request = params.request(DEFAULT_LIMIT, false)?;
    let (offset, limit) = (request.offset, request.limit);
    let page = blocking(&state, move |s| s.backend.search(&request)).await?;
    Ok(json_response(&PageOut {
        total: page.total,
        offset,
        limit,
        hits: page.hits,
    }))
}

/// `GET /api/quotes`: `newsdex quotes --json` (`q` is words in the quote).
pub async fn quotes(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    let params = Params::parse(raw.as_deref())?;
    let request = params.request(DEFAULT_LIMIT, true)?;
    let (offset, limit) = (request.offset, request.limit);
    let page = blocking(&state, move |s| s.backend.search_quotes(&request)).await?;
    Ok(json_response(&PageOut {
        total: page.total,
        offset,
        limit,
        hits: page.hits,
    }))
}

async fn facet(state: Arc<AppState>, raw: Option<String>, kind: FacetKind) -> ApiResult {
    let params = Params::parse(raw.as_deref())?;
    let request = params.request(DEFAULT_LIMIT, true)?;
    let top = params.top.unwrap_or(DEFAULT_TOP);
    let rows = blocking(&state, move |s| s.backend.facet(&request, kind, top)).await?;
    Ok(json_response(&NamesOut {
        names: rows
            .into_iter()
            .map(|(name, count)| NameOut { name, count })
            .collect(),
    }))
}

/// `GET /api/people`: `newsdex people --json`.
pub async fn people(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    facet(state, raw, FacetKind::People).await
}

/// `GET /api/places`: `newsdex places --json`.
pub async fn places(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    facet(state, raw, FacetKind::Places).await
}

/// `GET /api/orgs`: `newsdex orgs --json`.
pub async fn orgs(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    facet(state, raw, FacetKind::Orgs).await
}

/// `GET /api/sources`: outlets with article counts.
pub async fn sources(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    facet(state, raw, FacetKind::Sources).await
}

/// `GET /api/speakers`: `newsdex speakers --json`.
pub async fn speakers(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    facet(state, raw, FacetKind::Speakers).await
}

/// `GET /api/timeline`: matching articles per day, month or year (`interval`, or chosen by
/// the span).
pub async fn timeline(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    let params = Params::parse(raw.as_deref())?;
    let request = params.request(DEFAULT_LIMIT, false)?;
    let interval = params.interval;
    let timeline = blocking(&state, move |s| s.backend.timeline(&request, interval)).await?;
    Ok(json_response(&timeline))
}

/// `GET /api/stats`: `newsdex stats --json`.
pub async fn stats(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> ApiResult {
    Params::parse(raw.as_deref())?;
    let stats = blocking(&state, |s| s.backend.stats()).await?;
    Ok(json_response(&stats))
}

/// `GET /api/article/{id}`: `newsdex show ID --json`.
pub async fn article(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> ApiResult {
    let (found, extracted) = load_article(&state, &id).await?;
    Ok(json_response(&article_json(&found, &extracted)))
}

/// The article with this id and what extraction finds in its text (which is what indexing
/// found: the text is rebuilt exactly).
pub async fn load_article(
    state: &Arc<AppState>,
    id: &str,
) -> Result<(StoredArticle, Extracted), AppError> {
    let key = newsdex_search::parse_id(id)?;
    let shown_id = id.to_owned();
    blocking(state, move |s| {
        let Some(found) = s.backend.article(&ArticleRef::Id(key))? else {
            return Ok(Err(AppError::NotFound(format!(
                "no article {shown_id} in this index"
            ))));
        };
        let extracted = Extracted::from_text(s.extractor, &found.text);
        Ok(Ok((found, extracted)))
    })
    .await?
}

#[derive(Serialize)]
struct MentionOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    name: &'a str,
    mentions: Vec<MentionOut<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    parents: &'a [String],
}

#[derive(Serialize)]
struct ExtractedOut<'a> {
    people: Vec<EntityOut<'a>>,
    places: Vec<EntityOut<'a>>,
    orgs: Vec<EntityOut<'a>>,
    quotes: &'a [Quote],
}

fn entities_out<'a>(text: &'a str, entities: &'a [Entity]) -> Vec<EntityOut<'a>> {
    entities
        .iter()
        .map(|e| EntityOut {
            name: &e.name,
            mentions: e
                .mentions
                .iter()
                .map(|m| MentionOut {
                    start: m.start,
                    end: m.end,
                    text: text.get(m.start..m.end).unwrap_or(""),
                })
                .collect(),
            parents: &e.parents,
        })
        .collect()
}

/// `show --json`: the stored article, its name lists replaced by the extracted ones (with
/// offsets into `text`, as `extract --json` gives them).
pub fn article_json(found: &StoredArticle, x: &Extracted) -> serde_json::Value {
    let mut value = serde_json::to_value(found).unwrap_or_default();
    let extracted = serde_json::to_value(ExtractedOut {
        people: entities_out(&found.text, &x.people),
        places: entities_out(&found.text, &x.places),
        orgs: entities_out(&found.text, &x.orgs),
        quotes: &x.quotes,
    })
    .unwrap_or_default();
    if let (Some(map), serde_json::Value::Object(extra)) = (value.as_object_mut(), extracted) {
        map.extend(extra);
    }
    value
}
