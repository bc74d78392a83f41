// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Scrutiny",
    products: [
        .executable(name: "scrutiny", targets: ["scrutiny"]),
        .executable(name: "scrutiny-sync", targets: ["scrutiny-sync"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(
            name: "CEditLine",
            providers: [.apt(["libedit-dev"])]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .target(name: "CHTMLReader", dependencies: ["CLibXML2"]),
        // For tests: an SQLite VFS whose writes and syncs can be made to fail.
        .target(name: "CFaultyDisk", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "TerminalCore"),
        .target(name: "NcursesTerminal", dependencies: ["TerminalCore", "CNcursesw"]),
        .target(name: "ScrutinyModel"),
        .target(name: "ScrutinyStore", dependencies: [
            "ScrutinyModel",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "ScrutinyFormats", dependencies: ["ScrutinyModel", "CHTMLReader"]),
        .target(name: "ScrutinyUI", dependencies: ["TerminalCore", "ScrutinyModel", "ScrutinyStore", "ScrutinyFormats"]),
        // The commands; `scrutiny` is this alone, with no HTTP client to load at each start.
        .target(name: "ScrutinyCommands", dependencies: [
            "ScrutinyUI", "ScrutinyStore", "ScrutinyFormats", "NcursesTerminal", "TerminalCore", "CEditLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "scrutiny", dependencies: ["ScrutinyCommands"]),
        // Fetching from councils' servers (URLSession), for `scrutiny-sync`, which `scrutiny sync` runs.
        .target(name: "ScrutinySync", dependencies: ["ScrutinyCommands"]),
        .executableTarget(name: "scrutiny-sync", dependencies: ["ScrutinyCommands", "ScrutinySync"]),
        .executableTarget(name: "scrutiny-bench", dependencies: [
            "ScrutinyUI", "ScrutinyStore", "ScrutinyFormats", "NcursesTerminal", "TerminalCore", "ScrutinyModel", "TestSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", dependencies: ["TerminalCore", "ScrutinyModel", "ScrutinyStore", "ScrutinyFormats"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore", "TestSupport"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "CNcursesw", "TerminalCore"]),
        .testTarget(name: "ScrutinyStoreTests", dependencies: ["ScrutinyStore", "ScrutinyFormats", "TestSupport", "CFaultyDisk"]),
        .testTarget(name: "ScrutinyFormatsTests", dependencies: ["ScrutinyFormats", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ScrutinyUITests", dependencies: ["ScrutinyUI", "ScrutinyStore", "TerminalCore", "TestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "ScrutinyCLITests", dependencies: ["TestSupport", "ScrutinyModel", "ScrutinyStore", "ScrutinyCommands"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "TerminalCore", "ScrutinyModel", "ScrutinyStore"]),
    ],
    swiftLanguageModes: [.v6]
)
