use super::*;
use proptest::prelude::*;

fn t(w: &str) -> Expr {
    Expr::Term(w.to_owned())
}

fn ok(q: &str) -> Expr {
    match parse(q) {
        Ok(e) => e,
        Err(e) => panic!("`{q}` should parse: {e}"),
    }
}

fn fails(q: &str) -> String {
    match parse(q) {
        Ok(e) => panic!("`{q}` should fail, parsed as {e:?}"),
        Err(e) => e.0,
    }
}

fn field(f: Field, e: Expr) -> Expr {
    Expr::Field(f, Box::new(e))
}

fn not(e: Expr) -> Expr {
    Expr::Not(Box::new(e))
}

#[test]
fn empty_and_punctuation_match_everything() {
    assert_eq!(ok(""), Expr::All);
    assert_eq!(ok("   "), Expr::All);
    assert_eq!(ok("*"), Expr::All);
    assert_eq!(ok("—"), Expr::All);
    assert_eq!(ok("\"\""), Expr::All);
    assert_eq!(ok("Israel - Gaza"), Expr::And(vec![t("Israel"), t("Gaza")]));
}

#[test]
fn words_are_anded() {
    assert_eq!(ok("rafah"), t("rafah"));
    assert_eq!(ok("oil opec"), Expr::And(vec![t("oil"), t("opec")]));
    assert_eq!(ok("oil AND opec"), ok("oil opec"));
    assert_eq!(ok("oil && opec"), ok("oil opec"));
}

#[test]
fn apostrophes_are_part_of_words() {
    assert_eq!(ok("Biden's"), t("Biden's"));
    assert_eq!(ok("O'Sullivan"), t("O'Sullivan"));
    assert_eq!(ok("Moody\u{2019}s"), t("Moody's"));
    assert_eq!(
        ok("rock 'n' roll"),
        Expr::And(vec![t("rock"), t("'n'"), t("roll")])
    );
    assert_eq!(
        ok("\"Biden's plan\""),
        Expr::Phrase(vec!["Biden's".into(), "plan".into()])
    );
}

#[test]
fn phrases_straight_and_curly() {
    let p = Expr::Phrase(vec!["humanitarian".into(), "aid".into()]);
    assert_eq!(ok("\"humanitarian aid\""), p);
    assert_eq!(ok("\u{201c}humanitarian aid\u{201d}"), p);
    assert_eq!(ok("\"Gaza\""), t("Gaza"));
}

#[test]
fn operators_are_uppercase_only() {
    assert_eq!(
        ok("war or peace"),
        Expr::And(vec![t("war"), t("or"), t("peace")])
    );
    assert_eq!(ok("war OR peace"), Expr::Or(vec![t("war"), t("peace")]));
    assert_eq!(ok("war || peace"), ok("war OR peace"));
    assert_eq!(ok("not guilty"), Expr::And(vec![t("not"), t("guilty")]));
    assert_eq!(ok("and"), t("and"));
}

#[test]
fn and_binds_tighter_than_or() {
    assert_eq!(
        ok("a b OR c"),
        Expr::Or(vec![Expr::And(vec![t("a"), t("b")]), t("c")])
    );
    assert_eq!(
        ok("a AND (b OR c)"),
        Expr::And(vec![t("a"), Expr::Or(vec![t("b"), t("c")])])
    );
    assert_eq!(ok("((a))"), t("a"));
    assert_eq!(ok("a OR b OR c"), Expr::Or(vec![t("a"), t("b"), t("c")]));
}

#[test]
fn negation_three_ways() {
    let want = Expr::And(vec![not(t("egypt")), t("rafah")]);
    assert_eq!(ok("!egypt rafah"), want);
    assert_eq!(ok("-egypt rafah"), want);
    assert_eq!(ok("NOT egypt rafah"), want);
    assert_eq!(ok("-egypt"), not(t("egypt")));
    assert_eq!(ok("NOT NOT egypt"), t("egypt"));
    assert_eq!(ok("-(a OR b)"), not(Expr::Or(vec![t("a"), t("b")])));
    assert_eq!(
        ok("-\"gaza strip\""),
        not(Expr::Phrase(vec!["gaza".into(), "strip".into()]))
    );
    // a hyphen inside a word, or alone, is no negation
    assert_eq!(ok("e-mail"), t("e-mail"));
    assert_eq!(ok("Yahoo!"), t("Yahoo!"));
}

#[test]
fn plus_is_required() {
    assert_eq!(ok("+oil -gas"), Expr::And(vec![t("oil"), not(t("gas"))]));
}

#[test]
fn fields_case_insensitive() {
    assert_eq!(ok("person:Sullivan"), field(Field::Person, t("Sullivan")));
    assert_eq!(ok("PERSON:Sullivan"), ok("person:Sullivan"));
    assert_eq!(ok("Title:Rafah"), field(Field::Title, t("Rafah")));
    assert_eq!(
        ok("place:\"Gaza Strip\""),
        field(
            Field::Place,
            Expr::Phrase(vec!["Gaza".into(), "Strip".into()])
        )
    );
    assert_eq!(
        ok("org:(opec OR iea)"),
        field(Field::Org, Expr::Or(vec![t("opec"), t("iea")]))
    );
    assert_eq!(ok("-place:US"), not(field(Field::Place, t("US"))));
    for f in Field::ALL {
        if f != Field::Lang {
            assert_eq!(ok(&format!("{}:x", f.name())), field(f, t("x")));
        }
    }
}

#[test]
fn colon_that_is_no_field_is_text() {
    assert_eq!(
        ok("Ruling: Rafah"),
        Expr::And(vec![t("Ruling:"), t("Rafah")])
    );
    assert_eq!(ok("ruling:Rafah"), t("ruling:Rafah"));
    assert_eq!(ok("10:30"), t("10:30"));
    assert_eq!(ok("title: Rafah"), Expr::And(vec![t("title:"), t("Rafah")]));
    assert_eq!(
        ok("title:Ruling: x"),
        Expr::And(vec![field(Field::Title, t("Ruling:")), t("x")])
    );
}

#[test]
fn date_field_points_at_flags() {
    let e = fails("date:2024");
    assert!(e.contains("--since"), "{e}");
    assert_eq!(ok("Date: today"), Expr::And(vec![t("Date:"), t("today")]));
}

#[test]
fn lang_takes_codes_and_names() {
    assert_eq!(ok("lang:en"), field(Field::Lang, t("eng")));
    assert_eq!(ok("LANG:German"), field(Field::Lang, t("deu")));
    assert_eq!(
        ok("lang:(en OR de)"),
        field(Field::Lang, Expr::Or(vec![t("eng"), t("deu")]))
    );
    assert!(fails("lang:klingonish").contains("unknown language"));
    assert!(fails("lang:en*").contains("lang:"));
}

#[test]
fn prefix_and_fuzzy() {
    assert_eq!(ok("negotiat*"), Expr::Prefix("negotiat".into()));
    assert_eq!(ok("oil~2"), Expr::Fuzzy("oil".into(), 2));
    assert_eq!(ok("oil~1"), Expr::Fuzzy("oil".into(), 1));
    assert_eq!(ok("oil~"), Expr::Fuzzy("oil".into(), 2));
    assert_eq!(
        ok("person:sull*"),
        field(Field::Person, Expr::Prefix("sull".into()))
    );
    assert!(fails("oil~3").contains("0, 1 or 2"));
    assert!(fails("*ing").contains("wildcards"));
    assert!(fails("ne*ot").contains("wildcards"));
    assert!(fails("oil^2").contains("boost"));
    assert!(fails("\"a b\"~3").contains("proximity"));
}

#[test]
fn unbalanced_is_refused_clearly() {
    assert!(fails("\"gaza").contains("unbalanced quote"));
    assert!(fails("(gaza").contains("`(` without"));
    assert!(fails("gaza)").contains("`)` without"));
    assert!(fails(")").contains("`)` without"));
    assert!(fails("a OR").contains("OR needs"));
    assert!(fails("OR a").contains("OR needs"));
    assert!(fails("a AND").contains("AND needs"));
    assert!(fails("AND a").contains("AND needs"));
    assert!(fails("a NOT").contains("need a term"));
    assert_eq!(ok("person:"), t("person:"));
}

#[test]
fn fields_do_not_nest() {
    assert!(fails("title:(person:x)").contains("cannot hold"));
}

#[test]
fn limits_are_enforced() {
    let deep = format!("{}x{}", "(".repeat(40), ")".repeat(40));
    assert!(fails(&deep).contains("nested too deeply"));
    let long = "a ".repeat(2000);
    assert!(fails(&long).contains("too long"));
    // a long chain of signs is no recursion
    let bangs = format!("{}x", "!".repeat(2000));
    assert_eq!(ok(&bangs), t("x"));
}

proptest! {
    #[test]
    fn parse_never_panics(q in "\\PC{0,200}") {
        let _ = parse(&q);
    }

    #[test]
    fn parse_never_panics_on_syntax(q in "[()\"'!+\\-*~:^ aAoORNDTtitle]{0,80}") {
        let _ = parse(&q);
    }

    #[test]
    fn plain_words_always_parse(words in proptest::collection::vec("[a-z]{1,8}", 0..20)) {
        let q = words.join(" ");
        prop_assert!(parse(&q).is_ok());
    }
}
