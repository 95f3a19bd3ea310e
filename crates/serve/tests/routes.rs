//! Every route and API shape, in process, on an index of sample_corpus.

mod common;

use common::*;
use newsdex_search::{FacetKind, Limits, SearchRequest};

#[tokio::test]
async fn api_search_is_the_cli_json_shape() {
    let state = sample_state();
    let got = get(&state, "/api/search?q=Rafah").await;
    assert_eq!(got.status, 200, "{}", got.body);
    assert_eq!(got.header("content-type"), "application/json");
    let page = got.json();
    assert_eq!(page["total"], 1);
    assert_eq!(page["offset"], 0);
    assert_eq!(page["limit"], 10);
    // Each hit is exactly what `search --json` prints for the same request.
    let request = SearchRequest {
        query: "Rafah".into(),
        limit: 10,
        limits: Limits::LOCAL,
        ..SearchRequest::default()
    };
    let cli = newsdex_search::search(state.backend.local().expect("a local index"), &request)
        .expect("search");
    // Through text, as the CLI prints it (an f32 score reads back as the same number).
    let printed = serde_json::to_string(&cli.hits).expect("hits as JSON");
    assert_eq!(
        page["hits"],
        serde_json::from_str::<serde_json::Value>(&printed).expect("JSON")
    );
    let hit = &page["hits"][0];
    assert_eq!(hit["path"], "cnn/2024-03-18-biden-netanyahu-call.txt");
    assert!(
        std::path::Path::new(hit["file"].as_str().expect("file")).is_file(),
        "{hit}"
    );

    let filtered = get(
        &state,
        "/api/search?person=Jake+Sullivan&place=Rafah&sort=date&limit=5",
    )
    .await
    .json();
    assert_eq!(filtered["total"], 1);
    assert_eq!(filtered["limit"], 5);
    let none = get(&state, "/api/search?q=Rafah&source=Reuters")
        .await
        .json();
    assert_eq!(none["total"], 0);
    let dated = get(
        &state,
        "/api/search?source=Reuters&since=1987-10-19&until=1987-10-19",
    )
    .await
    .json();
    let total = dated["total"].as_u64().expect("total");
    assert!(total > 0);
    for hit in dated["hits"].as_array().expect("hits") {
        assert!(
            hit["date"]
                .as_str()
                .is_some_and(|d| d.starts_with("1987-10-19")),
            "{hit}"
        );
    }
}

#[tokio::test]
async fn api_quotes_lists_every_sullivan_quote() {
    let state = sample_state();
    let got = get(&state, "/api/quotes?speaker=Jake+Sullivan&limit=100").await;
    assert_eq!(got.status, 200, "{}", got.body);
    let page = got.json();
    let hits = page["hits"].as_array().expect("hits");
    assert_eq!(page["total"].as_u64(), Some(hits.len() as u64));
    assert!(hits.iter().all(|q| q["speaker"] == "Jake Sullivan"));
    for opening in SULLIVAN_QUOTES {
        assert!(
            hits.iter()
                .any(|q| q["text"].as_str().is_some_and(|t| t.starts_with(opening))),
            "{opening}"
        );
    }
    for key in [
        "text",
        "speaker",
        "speaker_mention",
        "partial",
        "article_id",
        "path",
        "file",
        "title",
        "date",
    ] {
        assert!(hits[0].get(key).is_some(), "{key} missing in {}", hits[0]);
    }
    // `q` is words in the quote, as for `newsdex quotes`.
    let rafah = get(&state, "/api/quotes?speaker=Sullivan&q=Rafah")
        .await
        .json();
    let rafah_hits = rafah["hits"].as_array().expect("hits");
    assert!(!rafah_hits.is_empty());
    assert!(rafah_hits
        .iter()
        .all(|q| q["text"].as_str().is_some_and(|t| t.contains("Rafah"))));
}

#[tokio::test]
async fn api_facets_count_names_like_the_cli() {
    let state = sample_state();
    for (route, kind) in [
        ("people", FacetKind::People),
        ("places", FacetKind::Places),
        ("orgs", FacetKind::Orgs),
        ("speakers", FacetKind::Speakers),
        ("sources", FacetKind::Sources),
    ] {
        let got = get(&state, &format!("/api/{route}?top=5")).await;
        assert_eq!(got.status, 200, "{route}: {}", got.body);
        let names = got.json()["names"].clone();
        let request = SearchRequest::default();
        let expected: Vec<serde_json::Value> = newsdex_search::facet(
            state.backend.local().expect("a local index"),
            &request,
            kind,
            5,
        )
        .expect("facet")
        .into_iter()
        .map(|(name, count)| serde_json::json!({ "name": name, "count": count }))
        .collect();
        assert!(!expected.is_empty(), "{route}");
        assert_eq!(names, serde_json::Value::Array(expected), "{route}");
    }
    let people = get(&state, "/api/people?q=Rafah").await.json();
    assert!(people["names"]
        .as_array()
        .expect("names")
        .iter()
        .any(|n| n["name"] == "Jake Sullivan" && n["count"] == 1));
    let speakers = get(&state, "/api/speakers?q=Rafah").await.json();
    assert!(speakers["names"][0]["name"].is_string());
}

#[tokio::test]
async fn api_timeline_counts_every_dated_article() {
    let state = sample_state();
    let got = get(&state, "/api/timeline").await;
    assert_eq!(got.status, 200, "{}", got.body);
    let t = got.json();
    let buckets = t["buckets"].as_array().expect("buckets");
    let sum: u64 = buckets
        .iter()
        .map(|b| b["count"].as_u64().expect("count"))
        .sum();
    assert_eq!(Some(sum), t["dated"].as_u64());
    let stats = get(&state, "/api/stats").await.json();
    assert_eq!(
        sum + t["undated"].as_u64().expect("undated"),
        stats["articles"].as_u64().expect("articles")
    );
    // Reuters 1987 and the seed story of 2024 (dated by its file name): by year unless
    // asked; 1987 alone by month, and each bar's range is a valid since/until.
    assert_eq!(t["interval"], "year");
    let reuters = get(&state, "/api/timeline?until=1987-12-31").await.json();
    assert_eq!(reuters["interval"], "month");
    let october = reuters["buckets"]
        .as_array()
        .expect("buckets")
        .iter()
        .find(|b| b["period"] == "1987-10")
        .expect("October 1987");
    let narrowed = get(
        &state,
        "/api/search?since=1987-10-01&until=1987-10-31&limit=1",
    )
    .await
    .json();
    assert_eq!(narrowed["total"], october["count"]);
    let days = get(
        &state,
        "/api/timeline?interval=day&since=1987-10&until=1987-10",
    )
    .await;
    assert_eq!(days.status, 200, "{}", days.body);
    let days = days.json();
    assert_eq!(days["interval"], "day");
    assert_eq!(days["dated"], october["count"]);
    assert_eq!(
        days["buckets"][0]["period"].as_str().map(str::len),
        Some(10)
    );
    let years = get(&state, "/api/timeline?interval=year").await.json();
    assert_eq!(years["buckets"][0]["period"], "1987");
}

#[tokio::test]
async fn api_article_is_show_json_and_api_stats_is_stats_json() {
    let state = sample_state();
    let id = seed_id(&state).await;
    let got = get(&state, &format!("/api/article/{id}")).await;
    assert_eq!(got.status, 200, "{}", got.body);
    let a = got.json();
    assert_eq!(a["id"], id.as_str());
    let seed = std::fs::read_to_string(seed_path()).expect("seed");
    assert_eq!(a["text"], seed.as_str(), "the rebuilt text is the file's");
    let quotes = a["quotes"].as_array().expect("quotes");
    for opening in SULLIVAN_QUOTES {
        assert!(quotes.iter().any(|q| q["speaker"] == "Jake Sullivan"
            && q["text"].as_str().is_some_and(|t| t.starts_with(opening))));
    }
    // Offsets index the text.
    for person in a["people"].as_array().expect("people") {
        for m in person["mentions"].as_array().expect("mentions") {
            let (s, e) = (
                m["start"].as_u64().expect("start") as usize,
                m["end"].as_u64().expect("end") as usize,
            );
            assert_eq!(seed.get(s..e), m["text"].as_str());
        }
    }
    let missing = get(&state, "/api/article/0123456789abcdef").await;
    assert_eq!(missing.status, 404);
    assert!(missing.json()["error"]
        .as_str()
        .is_some_and(|e| e.contains("no article")));
    let bad = get(&state, "/api/article/..%2F..%2Fetc%2Fpasswd").await;
    assert_eq!(bad.status, 400, "{}", bad.body);

    let stats = get(&state, "/api/stats").await;
    assert_eq!(stats.status, 200);
    let expected = serde_json::to_value(
        newsdex_search::stats(state.backend.local().expect("a local index")).expect("stats"),
    )
    .expect("stats JSON");
    assert_eq!(stats.json(), expected);
}

#[tokio::test]
async fn the_search_page_has_results_facets_and_a_timeline() {
    let state = sample_state();
    let got = get(&state, "/?q=Rafah").await;
    assert_eq!(got.status, 200);
    assert_eq!(got.header("content-type"), "text/html; charset=utf-8");
    let html = &got.body;
    assert!(html.contains("1 matching article"), "{html}");
    assert!(html.contains("Biden and Netanyahu speak"));
    assert!(html.contains("<mark>Rafah</mark>"));
    // Facet links add a filter and keep the query; every Sullivan quote is one click away.
    assert!(
        html.contains("href=\"/?q=Rafah&amp;person=Jake+Sullivan\""),
        "{html}"
    );
    assert!(html.contains("href=\"/quotes?speaker=Jake+Sullivan\""));
    // The whole archive (1987 to 2024): a timeline by year whose bars set the dates.
    let all = get(&state, "/").await.body;
    assert!(all.contains("<svg"), "{all}");
    assert!(
        all.contains("href=\"/?since=1987-01-01&amp;until=1987-12-31\""),
        "{all}"
    );
    // A submitted form's empty fields are dropped by a redirect to the clean URL.
    let form = get(&state, "/?q=Rafah&person=&place=&since=&sort=").await;
    assert_eq!(form.status, 303);
    assert_eq!(form.header("location"), "/?q=Rafah");
    let quotes_form = get(&state, "/quotes?q=Rafah&quote=&speaker=").await;
    assert_eq!(quotes_form.header("location"), "/quotes?q=Rafah");
    // Paging.
    assert!(all.contains("rel=\"next\""));
    let second = get(&state, "/?offset=20").await.body;
    assert!(second.contains("rel=\"prev\""));
    assert!(
        second.contains("<ol class=\"hits\" start=\"21\">"),
        "{second}"
    );
}

#[tokio::test]
async fn the_quotes_page_lists_the_quotes_of_the_matching_articles() {
    let state = sample_state();
    let got = get(&state, "/quotes?q=Rafah&person=Jake+Sullivan").await;
    assert_eq!(got.status, 200, "{}", got.body);
    for opening in SULLIVAN_QUOTES.iter().chain(NETANYAHU_QUOTES) {
        let escaped = opening.replace('\'', "&#39;");
        assert!(got.body.contains(&escaped), "{opening}");
    }
    let only = get(&state, "/quotes?q=Rafah&speaker=Benjamin+Netanyahu")
        .await
        .body;
    assert!(only.contains("2 matching quotes"), "{only}");
    let words = get(&state, "/quotes?q=Rafah&quote=anarchy").await.body;
    assert!(words.contains("1 matching quote<"), "{words}");
}

#[tokio::test]
async fn the_article_page_marks_names_and_quotes() {
    let state = sample_state();
    let id = seed_id(&state).await;
    let got = get(&state, &format!("/article/{id}")).await;
    assert_eq!(got.status, 200, "{}", got.body);
    let html = &got.body;
    assert!(html.contains("<h1>Biden and Netanyahu speak"));
    assert!(
        html.contains("class=\"ent person\" href=\"/?person=Jake+Sullivan\""),
        "{html}"
    );
    assert!(html.contains("class=\"ent place\" href=\"/?place=Rafah\""));
    assert!(
        html.contains("<span class=\"quote\">A military plan cannot succeed"),
        "{html}"
    );
    assert!(html.contains("href=\"/quotes?speaker=Jake+Sullivan\""));
    assert!(html.contains(&format!("href=\"/article/{id}/source\"")));

    let source = get(&state, &format!("/article/{id}/source")).await;
    assert_eq!(source.status, 200);
    assert_eq!(source.header("content-type"), "text/plain; charset=utf-8");
    assert!(source
        .header("content-security-policy")
        .starts_with("sandbox"));
    assert_eq!(
        source.body,
        std::fs::read_to_string(seed_path()).expect("seed")
    );
    // A record of a multi-record file links to the file it came from.
    let reuters = get(&state, "/api/search?source=Reuters&limit=1")
        .await
        .json();
    let rid = reuters["hits"][0]["id"].as_str().expect("id").to_owned();
    let page = get(&state, &format!("/article/{rid}")).await.body;
    assert!(page.contains("(record "), "{page}");

    let css = get(&state, "/style.css").await;
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    let missing = get(&state, "/nope").await;
    assert_eq!(missing.status, 404);
    let no_article = get(&state, "/article/0123456789abcdef").await;
    assert_eq!(no_article.status, 404);
}
