//! What the default dataset says about itself: its metadata and sources, the indicators (with
//! their definitions, units, sources and breaks, Danish and English), which raw field each
//! indicator is read from, the goal sets and the labour-market outlooks. Data, written as
//! `const` tables where they are long; no arithmetic here.

use super::t;
use crate::data::schema::*;

/// Where an indicator of the default dataset is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
    /// The monthly Jobindsats panel: a section and one of its fields.
    Panel {
        /// Section, e.g. `unemployment`.
        section: &'static str,
        /// Field, e.g. `totalRate`.
        field: &'static str,
    },
    /// DST AUK01 (quarterly): net unemployed social assistance recipients.
    Auk01,
    /// DST LBESK69 (quarterly): full-time employees by municipality of residence.
    Lbesk69,
}

/// One indicator of the default dataset: what it is and where it comes from.
pub(super) struct IndicatorSpec {
    /// Indicator id.
    pub(super) id: &'static str,
    /// Name, Danish and English.
    name: (&'static str, &'static str),
    /// Definition, Danish and English.
    definition: (&'static str, &'static str),
    /// `persons`, `full_time_persons` or `percent`.
    unit: &'static str,
    /// `lower` or `higher`.
    better: &'static str,
    /// Source id in the metadata.
    source: &'static str,
    /// Whether the social-assistance reform of July 2025 is a break in the series.
    reform_break: bool,
    /// Where the figures are read from.
    pub(super) origin: Origin,
}

impl IndicatorSpec {
    /// `quarterly` for the DST context series, else `monthly`.
    pub(super) fn frequency(&self) -> &'static str {
        match self.origin {
            Origin::Panel { .. } => "monthly",
            Origin::Auk01 | Origin::Lbesk69 => "quarterly",
        }
    }
}

const fn panel(section: &'static str, field: &'static str) -> Origin {
    Origin::Panel { section, field }
}

/// The indicators, in the order the file lists them. The first four are those of the
/// original example goal set; their order and ids are kept.
pub(super) const INDICATORS: [IndicatorSpec; 13] = [
    IndicatorSpec {
        id: "ledige",
        name: ("Ledige", "Unemployed"),
        definition: (
            "Registrerede bruttoledige (dagpenge- og jobparate kontanthjælpsmodtagere), fuldtidspersoner, ikke sæsonkorrigeret.",
            "Registered gross unemployment (insured and job-ready social assistance recipients), full-time persons, not seasonally adjusted.",
        ),
        unit: "full_time_persons",
        better: "lower",
        source: "y25i01",
        reform_break: false,
        origin: panel("unemployment", "total"),
    },
    IndicatorSpec {
        id: "langtidsledige",
        name: ("Langtidsledige", "Long-term unemployed"),
        definition: (
            "Personer, der har været ledige i mindst 80 % af tiden det seneste år (Jobindsats' langtidsledighed), personer.",
            "Persons unemployed at least 80 % of the time in the past year (Jobindsats' long-term unemployment), persons.",
        ),
        unit: "persons",
        better: "lower",
        source: "y25i09",
        reform_break: false,
        origin: panel("longterm", "total"),
    },
    IndicatorSpec {
        id: "kontanthjaelp",
        name: ("Kontanthjælp og uddannelseshjælp", "Social assistance and education assistance"),
        definition: (
            "Modtagere af kontanthjælp og uddannelseshjælp (alle visitationskategorier), personer.",
            "Recipients of social assistance (kontanthjælp) and education assistance (uddannelseshjælp), all categories, persons.",
        ),
        unit: "persons",
        better: "lower",
        source: "y60a02",
        reform_break: true,
        origin: panel("cashAssistance", "persons"),
    },
    IndicatorSpec {
        id: "loentimer",
        name: ("Kontanthjælpsmodtagere med løntimer", "Social assistance recipients with paid hours"),
        definition: (
            "Andel af kontanthjælpsmodtagerne med ordinære løntimer i måneden, procent.",
            "Share of social assistance recipients with ordinary paid hours in the month, percent.",
        ),
        unit: "percent",
        better: "higher",
        source: "y60j01",
        reform_break: true,
        origin: panel("ordinaryHours", "share"),
    },
    IndicatorSpec {
        id: "ledighedsprocent",
        name: ("Ledighedsprocent", "Unemployment rate"),
        definition: (
            "Registrerede bruttoledige fuldtidspersoner i procent af arbejdsstyrken 16–66 år (Jobindsats' ledighedsprocent), ikke sæsonkorrigeret; offentliggjort med én decimal.",
            "Registered gross unemployment in full-time persons as a percentage of the labour force aged 16–66 (Jobindsats' unemployment rate), not seasonally adjusted; published with one decimal.",
        ),
        unit: "percent",
        better: "lower",
        source: "y25i01",
        reform_break: false,
        origin: panel("unemployment", "totalRate"),
    },
    IndicatorSpec {
        id: "ledige_dagpenge",
        name: ("Ledige dagpengemodtagere", "Unemployed on unemployment insurance"),
        definition: (
            "Ledige forsikrede (a-dagpengemodtagere), fuldtidspersoner, ikke sæsonkorrigeret. Den forsikrede del af «Ledige».",
            "Unemployed insured persons (receiving unemployment insurance benefit, a-dagpenge), full-time persons, not seasonally adjusted. The insured part of «Unemployed».",
        ),
        unit: "full_time_persons",
        better: "lower",
        source: "y25i01",
        reform_break: false,
        origin: panel("unemployment", "dagpenge"),
    },
    IndicatorSpec {
        id: "ledige_kontanthjaelp",
        name: ("Ledige jobparate kontanthjælpsmodtagere", "Unemployed job-ready social assistance recipients"),
        definition: (
            "Jobparate kontanthjælpsmodtagere, der tælles som ledige, fuldtidspersoner, ikke sæsonkorrigeret. Kontanthjælpsdelen af «Ledige»; små tal er diskretioneret.",
            "Job-ready social assistance recipients counted as unemployed, full-time persons, not seasonally adjusted. The social-assistance part of «Unemployed»; small figures are suppressed.",
        ),
        unit: "full_time_persons",
        better: "lower",
        source: "y25i01",
        reform_break: true,
        origin: panel("unemployment", "kontanthjaelp"),
    },
    IndicatorSpec {
        id: "langtidsledige_dagpenge",
        name: ("Langtidsledige dagpengemodtagere", "Long-term unemployed on unemployment insurance"),
        definition: (
            "Langtidsledige (ledige i mindst 80 % af tiden det seneste år) på a-dagpenge, personer.",
            "Long-term unemployed (unemployed at least 80 % of the time in the past year) receiving unemployment insurance benefit, persons.",
        ),
        unit: "persons",
        better: "lower",
        source: "y25i09",
        reform_break: false,
        origin: panel("longterm", "dagpenge"),
    },
    IndicatorSpec {
        id: "langtidsledige_kontanthjaelp",
        name: ("Langtidsledige kontanthjælpsmodtagere", "Long-term unemployed on social assistance"),
        definition: (
            "Langtidsledige (ledige i mindst 80 % af tiden det seneste år) blandt de jobparate kontanthjælpsmodtagere, personer; små tal er diskretioneret.",
            "Long-term unemployed (unemployed at least 80 % of the time in the past year) among job-ready social assistance recipients, persons; small figures are suppressed.",
        ),
        unit: "persons",
        better: "lower",
        source: "y25i09",
        reform_break: true,
        origin: panel("longterm", "kontanthjaelp"),
    },
    IndicatorSpec {
        id: "kontanthjaelp_fuldtid",
        name: ("Kontanthjælp og uddannelseshjælp, fuldtidspersoner", "Social and education assistance, full-time persons"),
        definition: (
            "Modtagere af kontanthjælp og uddannelseshjælp (alle visitationskategorier) omregnet til fuldtidspersoner.",
            "Recipients of social assistance (kontanthjælp) and education assistance (uddannelseshjælp), all categories, in full-time persons.",
        ),
        unit: "full_time_persons",
        better: "lower",
        source: "y60a02",
        reform_break: true,
        origin: panel("cashAssistance", "fullTime"),
    },
    IndicatorSpec {
        id: "aktiveringsgrad",
        name: ("Aktiveringsgrad, kontanthjælp", "Activation degree, social assistance"),
        definition: (
            "Fuldtidspersoner i aktivering i procent af fuldtidspersoner på kontanthjælp og uddannelseshjælp, jobparate og ikke-jobparate (Jobindsats' aktiveringsgrad), procent. Højere regnes her som bedre, som i de tidligere mål for en aktiv indsats.",
            "Full-time persons in activation as a percentage of full-time persons on social and education assistance, job-ready and not job-ready (Jobindsats' activation degree), percent. Higher counts as better here, as in earlier goals for active measures.",
        ),
        unit: "percent",
        better: "higher",
        source: "y60c07",
        reform_break: true,
        origin: panel("activation", "degree"),
    },
    IndicatorSpec {
        id: "nettoledige_kontanthjaelp_kvartal",
        name: ("Nettoledige kontanthjælpsmodtagere (kvartal)", "Net unemployed social assistance recipients (quarterly)"),
        definition: (
            "Nettoledige kontanthjælpsmodtagere i fuldtidsmodtagere, kvartalsvis (Danmarks Statistik AUK01). Et andet mål end de månedlige kontanthjælpstal; kontekst, ikke mål.",
            "Net unemployed social assistance recipients in full-time recipients, quarterly (Statistics Denmark AUK01). A different measure from the monthly social assistance figures; context, not a goal.",
        ),
        unit: "full_time_persons",
        better: "lower",
        source: "auk01",
        reform_break: true,
        origin: Origin::Auk01,
    },
    IndicatorSpec {
        id: "fuldtidsloenmodtagere_kvartal",
        name: ("Fuldtidsbeskæftigede lønmodtagere (kvartal)", "Full-time employees (quarterly)"),
        definition: (
            "Lønmodtagere omregnet til fuldtidsbeskæftigede, efter bopælskommune, kvartalsvis (Danmarks Statistik LBESK69); kontekst, ikke mål.",
            "Employees in full-time equivalents, by municipality of residence, quarterly (Statistics Denmark LBESK69); context, not a goal.",
        ),
        unit: "full_time_persons",
        better: "higher",
        source: "lbesk69",
        reform_break: false,
        origin: Origin::Lbesk69,
    },
];

/// The social-assistance reform of 1 July 2025, a break in the kontanthjælp series.
fn reform_break() -> WireBreak {
    WireBreak {
        month: "2025-07".into(),
        note: t(
            "Kontanthjælpsreformen trådte i kraft 1. juli 2025; tal fra og med juli 2025 er ikke direkte sammenlignelige med tidligere. (Kilde: Jobindsats.)",
            "The social assistance reform took effect on 1 July 2025; figures from July 2025 on are not directly comparable with earlier ones. (Source: Jobindsats.)",
        ),
    }
}

/// The indicators of the default dataset.
pub(super) fn default_indicators() -> Vec<WireIndicator> {
    INDICATORS
        .iter()
        .map(|s| WireIndicator {
            id: s.id.into(),
            name: t(s.name.0, s.name.1),
            definition: t(s.definition.0, s.definition.1),
            unit: s.unit.into(),
            better: s.better.into(),
            frequency: s.frequency().into(),
            source: s.source.into(),
            breaks: if s.reform_break {
                vec![reform_break()]
            } else {
                Vec::new()
            },
        })
        .collect()
}

/// The sources, as (id, name, publisher, table).
const SOURCES: [(&str, &str, &str, &str); 9] = [
    ("y25i01", "Jobindsats: Ledighed (faktiske tal)", "Jobindsats.dk / STAR", "y25i01"),
    ("y25i09", "Jobindsats: Langtidsledighed", "Jobindsats.dk / STAR", "y25i09"),
    ("y60a02", "Jobindsats: Kontanthjælp", "Jobindsats.dk / STAR", "y60a02"),
    ("y60j01", "Jobindsats: Ordinære løntimer for kontanthjælpsmodtagere", "Jobindsats.dk / STAR", "y60j01"),
    ("y60c07", "Jobindsats: Aktivering af kontanthjælpsmodtagere (aktiveringsgrad)", "Jobindsats.dk / STAR", "y60c07"),
    ("auk01", "Danmarks Statistik: Offentligt forsørgede (fuldtidsmodtagere) – nettoledige kontanthjælpsmodtagere", "Danmarks Statistik", "AUK01"),
    ("lbesk69", "Danmarks Statistik: Fuldtidsbeskæftigede lønmodtagere efter bopælskommune", "Danmarks Statistik", "LBESK69"),
    ("folk1am", "Danmarks Statistik: Befolkningen den 1. i måneden", "Danmarks Statistik", "FOLK1AM"),
    ("kommunegrupper", "Danmarks Statistik: Kommunegrupper", "Danmarks Statistik", "Kommunegrupper"),
];

/// The metadata of the default dataset.
pub(super) fn default_meta() -> WireMeta {
    WireMeta {
        title: "Måltal – basisdata for kommunerne, data til juli 2025".into(),
        publisher: "Måltal (bygget af maltal convert fra offentlige tal)".into(),
        data_date: "2025-07".into(),
        licence: "Tal fra Danmarks Statistik (CC BY 4.0) og Jobindsats.dk / STAR (fri genbrug med kildeangivelse). Kilde: Jobindsats og Danmarks Statistik.".into(),
        sources: SOURCES
            .iter()
            .map(|&(id, name, publisher, table)| WireSource {
                id: id.into(),
                name: name.into(),
                publisher: publisher.into(),
                table: table.into(),
            })
            .collect(),
        notes: vec![
            "Landstallet er summen af de 98 kommuner (ligesom regionerne), ikke Jobindsats' eget landstal, som ligger 0,1–0,2 % højere på grund af afrunding og diskretionering.".into(),
            "Procenterne for regioner og hele landet er genberegnet fra kommunernes tal: løntimer vægtet med kontanthjælpsmodtagere, aktiveringsgraden med kontanthjælpsmodtagere i fuldtidspersoner, og ledighedsprocenten med arbejdsstyrken, skønnet som ledige / (ledighedsprocent / 100). De afviger højst 0,1 procentpoint fra Jobindsats' egne landstal.".into(),
            "Kvartalsserierne (AUK01, LBESK69) er kontekst: de prognosticeres ikke og kan ikke være mål. Regionernes og landets tal er summen af kommunerne, ikke Danmarks Statistiks egne rækker.".into(),
            "Sammenlignelige kommuner er Danmarks Statistiks kommunegrupper, brugt som stedfortræder for STAR's klynger.".into(),
            "Konjunkturscenarierne lavkonjunktur og højkonjunktur er Måltals egne antagelser (syntetiske), ikke en offentliggjort prognose.".into(),
            "Hvor Jobindsats ikke gav et samlet ledighedstal, er ledige udfyldt som dagpenge + kontanthjælp af kildens indsamlingsscript.".into(),
            "De nationale beskæftigelsespolitiske mål blev afskaffet fra 2025 (lov nr. 1656 af 30. december 2024); målsættene i filen er eksempler, som en kommune kan tage udgangspunkt i.".into(),
            "Christiansø (411) er ikke en kommune og er udeladt.".into(),
        ],
        // The region or municipality that publishes Måltal writes itself here (docs/deploy.md);
        // the default file names no authority rather than an invented one.
        authority: None,
    }
}

/// One goal of a goal set, for the set's plan year.
fn goal(id: &str, title: (&str, &str), indicator: &str, measure: WireMeasure) -> WireGoal {
    WireGoal {
        id: id.into(),
        title: t(title.0, title.1),
        indicator: indicator.into(),
        measure,
        target_year: None,
    }
}

/// The goal sets: the original example first (the share links, saved scenarios and journeys
/// name it and its goals), then an example plan over three years on the newer indicators.
pub(super) fn default_goal_sets() -> Vec<WireGoalSet> {
    vec![minister_example(), three_year_example()]
}

/// The example of a minister's goal set for 2026, as Måltal has always shipped it.
fn minister_example() -> WireGoalSet {
    WireGoalSet {
        id: "ministermaal-2026-eksempel".into(),
        title: t(
            "Ministerens mål 2026 (eksempel – de nationale mål er afskaffet fra 2025)",
            "The minister's goals 2026 (example – national goals were abolished from 2025)",
        ),
        plan_year: 2026,
        example: true,
        goals: vec![
            goal(
                "ledighed",
                (
                    "Flere ledige skal i job – ledigheden skal ned",
                    "More unemployed into jobs – unemployment down",
                ),
                "ledige",
                WireMeasure::AnnualAverage {},
            ),
            goal(
                "langtidsledighed",
                (
                    "Langtidsledigheden skal bekæmpes",
                    "Long-term unemployment must be fought",
                ),
                "langtidsledige",
                WireMeasure::Month { month: 12 },
            ),
            goal(
                "kontanthjaelp",
                (
                    "Færre skal være på kontanthjælp og uddannelseshjælp",
                    "Fewer on social and education assistance",
                ),
                "kontanthjaelp",
                WireMeasure::Month { month: 12 },
            ),
            goal(
                "loentimer",
                (
                    "Flere kontanthjælpsmodtagere skal have løntimer",
                    "More social assistance recipients with paid hours",
                ),
                "loentimer",
                WireMeasure::AnnualAverage {},
            ),
        ],
    }
}

/// An example of a municipality's own plan over three years on the newer indicators: the plan
/// starts in 2026 and every goal is for 2028.
fn three_year_example() -> WireGoalSet {
    let for_2028 = |g: WireGoal| WireGoal {
        target_year: Some(2028),
        ..g
    };
    WireGoalSet {
        id: "treaarsplan-2026-2028-eksempel".into(),
        title: t(
            "Kommunens egen plan 2026–2028 (eksempel)",
            "The municipality's own plan 2026–2028 (example)",
        ),
        plan_year: 2026,
        example: true,
        goals: vec![
            goal(
                "ledighedsprocent",
                ("Ledighedsprocenten skal ned (årsgennemsnit 2028)", "The unemployment rate down (annual average 2028)"),
                "ledighedsprocent",
                WireMeasure::AnnualAverage {},
            ),
            goal(
                "langtidsledige-dagpenge",
                ("Færre langtidsledige dagpengemodtagere i december 2028", "Fewer long-term unemployed on insurance benefit in December 2028"),
                "langtidsledige_dagpenge",
                WireMeasure::Month { month: 12 },
            ),
            goal(
                "kontanthjaelp-fuldtid",
                ("Færre fuldtidspersoner på kontanthjælp og uddannelseshjælp (årsgennemsnit 2028)", "Fewer full-time persons on social and education assistance (annual average 2028)"),
                "kontanthjaelp_fuldtid",
                WireMeasure::AnnualAverage {},
            ),
            goal(
                "aktiveringsgrad",
                ("En højere aktiveringsgrad for kontanthjælpsmodtagerne (årsgennemsnit 2028)", "A higher activation degree for social assistance recipients (annual average 2028)"),
                "aktiveringsgrad",
                WireMeasure::AnnualAverage {},
            ),
        ]
        .into_iter()
        .map(for_2028)
        .collect(),
    }
}

/// The labour-market outlooks: the baseline and two synthetic assumptions.
pub(super) fn default_outlooks() -> Vec<WireOutlook> {
    let outlook =
        |id: &str, name: (&str, &str), change: f64, note: (&str, &str), synthetic| WireOutlook {
            id: id.into(),
            name: t(name.0, name.1),
            relative_change: change,
            note: t(note.0, note.1),
            synthetic,
        };
    vec![
        outlook(
            "basis",
            ("Basis", "Baseline"),
            0.0,
            (
                "Prognosen som den følger af seriernes egen udvikling.",
                "The prognosis as it follows from the series' own development.",
            ),
            false,
        ),
        outlook(
            "lavkonjunktur",
            ("Lavkonjunktur", "Downturn"),
            0.10,
            (
                "Antagelse (syntetisk): ledighedstallene ligger 10 % højere ved horisontens slutning end i basis.",
                "Assumption (synthetic): unemployment figures are 10 % higher than the baseline by the end of the horizon.",
            ),
            true,
        ),
        outlook(
            "hoejkonjunktur",
            ("Højkonjunktur", "Upturn"),
            -0.08,
            (
                "Antagelse (syntetisk): ledighedstallene ligger 8 % lavere ved horisontens slutning end i basis.",
                "Assumption (synthetic): unemployment figures are 8 % lower than the baseline by the end of the horizon.",
            ),
            true,
        ),
    ]
}
