//! Browser tests (headless Chromium through wasm-bindgen-test-runner): the DOM and canvas glue.
#![cfg(target_arch = "wasm32")]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use leptos::prelude::*;
use maltal::charts::canvas::draw_on_canvas;
use maltal::charts::{ChartSpec, Line, LineStyle, Palette};
use maltal::model::Month;
use maltal::ui::components::municipality_picker::MunicipalityPicker;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/reactive.rs"]
mod reactive;

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn host() -> web_sys::HtmlElement {
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").expect("div").unchecked_into();
    doc.body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    host
}

#[wasm_bindgen_test]
fn a_chart_is_drawn_on_a_canvas_sized_for_the_device() {
    let doc = document();
    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .expect("canvas")
        .unchecked_into();
    canvas
        .set_attribute("style", "width:400px;height:200px")
        .expect("style");
    doc.body()
        .expect("body")
        .append_child(&canvas)
        .expect("append");
    let start = Month::new(2024, 1).expect("month");
    let spec = ChartSpec {
        lines: vec![Line {
            label: "test".into(),
            points: (0..12)
                .map(|i| (start.plus(i), Some(100.0 + f64::from(i))))
                .collect(),
            style: LineStyle::Solid,
            color: Palette::Blue,
        }],
        ..ChartSpec::default()
    };
    assert_eq!(draw_on_canvas(&canvas, &spec, false), Ok(()));
    assert!(
        canvas.width() >= 400,
        "canvas backing store follows the CSS size"
    );
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("context call")
        .expect("a 2d context")
        .unchecked_into();
    let data = ctx
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .expect("pixels")
        .data();
    // The blue line (0, 114, 178) is somewhere on the canvas.
    let blue = data
        .chunks(4)
        .any(|p| p[0] < 40 && (90..140).contains(&p[1]) && p[2] > 150);
    assert!(blue, "the series line is drawn in the palette's blue");
}

#[wasm_bindgen_test]
async fn the_picker_is_labelled_kommune_and_finds_a_municipality_by_typing() {
    let host = host();
    let selected = RwSignal::new(Some("101".to_string()));
    let options = vec![
        ("101".to_string(), "København".to_string()),
        ("751".to_string(), "Aarhus".to_string()),
    ];
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <MunicipalityPicker
                options=options.clone()
                selected=selected
                on_select=Callback::new(move |code: String| selected.set(Some(code)))
                label="Kommune".to_string()
                hint="Skriv navnet".to_string()
                not_found="Ingen kommune hedder sådan".to_string()
            />
        }
    });
    leptos::task::tick().await;
    let label = host
        .query_selector("label[for=kommune]")
        .expect("query")
        .expect("a label");
    assert_eq!(label.text_content().as_deref(), Some("Kommune"));
    let input: web_sys::HtmlInputElement = host
        .query_selector("input#kommune")
        .expect("query")
        .expect("the field")
        .unchecked_into();
    assert_eq!(input.value(), "København");
    let options = host.query_selector_all("datalist option").expect("options");
    assert_eq!(options.length(), 2);

    input.set_value("aarhus");
    input
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    leptos::task::tick().await;
    assert_eq!(selected.get_untracked().as_deref(), Some("751"));

    input.set_value("Atlantis");
    input
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    leptos::task::tick().await;
    assert_eq!(
        selected.get_untracked().as_deref(),
        Some("751"),
        "an unknown name keeps the choice"
    );
    let error = host
        .query_selector("#kommune-error")
        .expect("query")
        .expect("error");
    assert!(
        !error.has_attribute("hidden"),
        "the user is told the name is unknown"
    );
}

#[wasm_bindgen_test]
fn after_an_internal_error_the_page_says_so_in_its_language_with_a_reload_link() {
    let doc = document();
    let root = doc.document_element().expect("html");
    root.set_attribute("lang", "en").expect("lang");
    maltal::ui::web::browser::show_crash_message();
    let alert = doc
        .query_selector(".crash")
        .expect("query")
        .expect("the message");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("stopped on an internal error"), "{text}");
    let link = alert
        .query_selector("a")
        .expect("query")
        .expect("a reload link");
    assert_eq!(link.text_content().as_deref(), Some("Reload the page"));
    alert.remove();
    root.set_attribute("lang", "da").expect("lang");
}
