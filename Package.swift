// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per stage:
// Core (model, text primitives) → Text (reading, segmentation) → recognizers (Times, Numbers,
// Extraction: entities, attributions, claims) → Comparison (alignment, verdicts) → Report → CLI.
let package = Package(
    name: "corroborate",
    products: [
        .executable(name: "corroborate", targets: ["corroborate"]),
        .library(name: "Corroborate", targets: ["CorroborateCLI"]),
    ],
    targets: [
        .target(name: "CorroborateCore"),
        .target(name: "CorroborateText", dependencies: ["CorroborateCore"]),
        .target(name: "CorroborateGazetteer", dependencies: ["CorroborateCore", "CorroborateText"]),
        .target(name: "CorroborateTimes", dependencies: ["CorroborateCore"]),
        .target(name: "CorroborateNumbers", dependencies: ["CorroborateCore"]),
        .target(name: "CorroborateExtraction",
                dependencies: ["CorroborateCore", "CorroborateText", "CorroborateGazetteer", "CorroborateTimes", "CorroborateNumbers"]),
        .target(name: "CorroborateComparison", dependencies: ["CorroborateCore", "CorroborateGazetteer", "CorroborateExtraction"]),
        .target(name: "CorroborateReport", dependencies: ["CorroborateCore", "CorroborateComparison"]),
        .target(name: "CorroborateCLI",
                dependencies: ["CorroborateCore", "CorroborateText", "CorroborateExtraction",
                               "CorroborateComparison", "CorroborateReport"]),
        .executableTarget(name: "corroborate", dependencies: ["CorroborateCLI"]),
        // Benchmark: swift run -c release corroborate-bench
        .executableTarget(name: "corroborate-bench", dependencies: ["CorroborateCore", "CorroborateText", "CorroborateGazetteer",
                                                                    "CorroborateExtraction", "CorroborateComparison", "CorroborateReport"],
                          path: "Sources/CorroborateBench"),
        .testTarget(name: "CorroborateTextTests", dependencies: ["CorroborateText"]),
        .testTarget(name: "CorroborateGazetteerTests", dependencies: ["CorroborateGazetteer"]),
        .testTarget(name: "CorroborateTimesTests", dependencies: ["CorroborateTimes", "CorroborateText"]),
        .testTarget(name: "CorroborateNumbersTests", dependencies: ["CorroborateNumbers", "CorroborateText"]),
        .testTarget(name: "CorroborateExtractionTests", dependencies: ["CorroborateExtraction", "CorroborateText"]),
        .testTarget(name: "CorroborateComparisonTests", dependencies: ["CorroborateComparison", "CorroborateExtraction", "CorroborateText"]),
        .testTarget(name: "CorroborateReportTests", dependencies: ["CorroborateReport"]),
        // Fixtures/ holds inputs the fuzzer found (Fuzz/, scripts/fuzz.sh), replayed through the
        // library stages the fuzz target drives.
        .testTarget(name: "CorroborateCLITests",
                    dependencies: ["CorroborateCLI", "CorroborateText", "CorroborateExtraction",
                                   "CorroborateComparison", "CorroborateReport"],
                    exclude: ["Fixtures"]),
    ]
)
