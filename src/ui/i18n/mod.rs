//! The translation catalogue: every fixed text of the interface, in Danish and English, in one
//! place. The texts are a table ([`texts`]) with one row per [`Key`] in declaration order, each
//! row holding both languages; a table out of order or missing a key does not compile (its
//! length is fixed and its order is checked in a `const`). Sentences with figures are built in
//! `view_model` from these words and `format`.
//! Why not `leptos_i18n`: see `docs/decisions.md`.

use super::format::Lang;

/// A fixed interface text; each variant is named for what it says.
// No doc line per variant: the name says what the text says, and its Danish and English stand
// beside it in `texts.rs`, which is what a reader looks up.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum Key {
    AppTagline,
    Loading,
    LoadingData,
    DataErrorHeading,
    DataKeptNote,
    TryAgain,
    Municipality,
    MunicipalityHint,
    MunicipalityNotFound,
    GoalSet,
    Outlook,
    Region,
    ComparableGroup,
    Population,
    Inhabitants,
    Goals,
    Indicator,
    Definition,
    TargetNumber,
    Presets,
    PresetHold,
    PresetForecast,
    PresetRegion,
    PresetPeerMedian,
    PresetPeerBestQuartile,
    PresetUnavailable,
    TermKravforloeb,
    TermBruttoledige,
    TermFuldtidspersoner,
    TermIndeks,
    TermKonjunktur,
    TermLigeLinje,
    ExplainKravforloeb,
    ExplainBruttoledige,
    ExplainFuldtidspersoner,
    ExplainIndeks,
    ExplainKonjunktur,
    ExplainLigeLinje,
    GlossaryOpen,
    GlossaryWords,
    MarkNow,
    BetterEnd,
    SliderMarks,
    Realism,
    ShowIndex,
    ShowTable,
    Month,
    Actual,
    Forecast,
    Low80,
    High80,
    Required,
    Target,
    Index,
    Comparison,
    ComparisonIntro,
    ComparisonGoal,
    Rank,
    Change,
    PerThousand,
    Level,
    Overview,
    OverviewIntro,
    Goal,
    OverviewTarget,
    ChangeFromBase,
    VsForecast,
    Pace,
    Method,
    Accessibility,
    Back,
    Language,
    OtherLanguage,
    LoadFile,
    LoadFileHint,
    DropHere,
    ExampleGoalSet,
    SyntheticOutlook,
    DerivedAggregates,
    NoForecast,
    LinearPath,
    Source,
    PresetsGroup,
    YourMunicipality,
    Skip,
    Footer,
    Scenarios,
    Scenario,
    ScenarioName,
    AuthorOptional,
    NewScenario,
    Duplicate,
    Delete,
    TheScenarioWasDeleted,
    Undo,
    ShareSavePrintAndCompare,
    ShareLinkTheWholeScenario,
    LinkTooLong,
    Copied,
    CopyLink,
    SaveScenarioAsFile,
    SaveAllScenariosAsFile,
    DownloadAllFiguresCsv,
    CsvAllScenarios,
    CsvCommaAndPoint,
    PrintSaveAsPdf,
    LoadScenarioFilesEG,
    FilesNotLoaded,
    CompareScenarios2OrMore,
    CompareAllParticipantsScenariosWith,
    TheScenariosSideBySide,
    GoalInTheChart,
    Presentation,
    PresentationOfTheGoals,
    GoalWord,
    PreviousGoal,
    NextGoal,
    EndPresentation,
    KeyboardShortcutsArrowRightLeft,
    ParticipantsSlide,
    ParticipantsSlideHint,
    SlideWord,
    CloseMessage,
    PresentationButton,
    Assumption,
    TableWord,
    ReasoningOptional,
    ChartDownloads,
    SaveChartPng,
    SaveChartSvg,
    SaveChartCsv,
    Difference,
    Status,
    MethodSourcesHeading,
    MethodSources,
    MethodForecastHeading,
    MethodForecast,
    MethodAccuracyHeading,
    MethodAccuracy,
    MethodBacktestCaption,
    MethodMaseOurs,
    MethodMaseNaive,
    MethodCoverage80,
    MethodReproduce,
    MethodBandHeading,
    MethodBand,
    MethodPathHeading,
    MethodPath,
    MethodRealismHeading,
    MethodRealism,
    TargetsCarried,
    NumberEmpty,
    TargetKept,
    NumberUnreadable,
    NumberNegative,
    NumberAtMost,
    CompareNoAuthors,
    PageTitle,
    BuiltinData,
    DataFileInUse,
    MilestonesHeading,
    MilestonesHint,
    Milestone,
    AddOwnGoal,
    EditGoal,
    DeleteGoal,
    MoveGoalUp,
    MoveGoalDown,
    GoalDeleted,
    OwnGoalHeading,
    OwnGoalTitle,
    OwnGoalTitleEn,
    MeasuredAs,
    TargetYear,
    SaveGoal,
    Cancel,
    OwnGoalIntro,
    DataBreak,
    /// The browser refused to copy: the text is selected, copy it by hand.
    CopyRefused,
    EmbedButton,
    EmbedHeading,
    EmbedIntro,
    EmbedGoal,
    EmbedAllGoals,
    EmbedLanguage,
    EmbedTheme,
    ThemeLight,
    ThemeDark,
    ThemeContrast,
    EmbedComparison,
    EmbedScenario,
    EmbedHeight,
    EmbedCode,
    EmbedLink,
    CopyCode,
    CodeCopyRefused,
    Close,
    EmbedFrameTitle,
    /// Undo the last target change (slider, field, preset).
    UndoTarget,
    /// Its word on a phone, beside the number field (the button's name stays the long one).
    UndoTargetShort,
    /// The notice's button that puts back the saved version a link replaced.
    RestoreSavedVersion,
    ResponsibleAuthority,
    Phone,
    Email,
    Website,
    /// The bar chart's legend: "{name's} target" is built from this word.
    BarsOwnTarget,
    BarsOthers,
    BarsRegion,
    /// The compact summary on a phone: "than now", "than the forecast".
    GlanceNow,
    GlanceForecast,
    /// Disclosures folded on small screens.
    FoldOverview,
    FoldComparisonTable,
    FoldDataFile,
    FoldChartMore,
}

mod texts;

use texts::TEXTS;

// The table is in `Key` order, so a key's index finds its row; checked at compile time.
const _: () = {
    let mut i = 0;
    while i < TEXTS.len() {
        assert!(
            TEXTS[i].0 as usize == i,
            "i18n::texts::TEXTS is out of Key order"
        );
        i += 1;
    }
};

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    // Every key has a row: the table's length and order are checked above.
    let (_, da, en) = TEXTS.get(key as usize).copied().unwrap_or((key, "", ""));
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_danish_and_an_english_text_in_key_order() {
        assert_eq!(
            TEXTS.len(),
            Key::FoldChartMore as usize + 1,
            "one row per key, the last key last"
        );
        for (i, (key, da, en)) in TEXTS.iter().enumerate() {
            assert_eq!(*key as usize, i, "{key:?} is in row {i}");
            assert!(!da.is_empty(), "{key:?} has a Danish text");
            assert!(!en.is_empty(), "{key:?} has an English text");
            assert_eq!(t(Lang::Da, *key), *da, "{key:?} in Danish");
            assert_eq!(t(Lang::En, *key), *en, "{key:?} in English");
        }
    }

    #[test]
    fn a_text_reads_the_same_as_before_the_table() {
        assert_eq!(t(Lang::Da, Key::Required), "Kravforløb");
        assert_eq!(t(Lang::En, Key::Required), "Required path");
        assert_eq!(t(Lang::Da, Key::OtherLanguage), "English");
        assert_eq!(
            t(Lang::En, Key::PageTitle),
            "Måltal – targets for employment services"
        );
    }
}
