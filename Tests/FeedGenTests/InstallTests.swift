import Foundation
import Testing

/// `scripts/install` run for real into a temporary PREFIX. It is given the debug binary the
/// tests already have (`--binary`), so CI builds no release binary for it; stripping, the
/// man page and the completions are the same steps for either.
@Suite struct InstallTests {
    static let installed = [
        "bin/feedgen",
        "share/bash-completion/completions/feedgen",
        "share/fish/vendor_completions.d/feedgen.fish",
        "share/man/man1/feedgen.1",
        "share/zsh/site-functions/_feedgen",
    ]

    /// The subcommands `feedgen --help` lists; `render-markdown` is hidden and must stay so.
    static let subcommands = ["build", "preview", "validate", "init", "links", "help"]

    final class Prefix {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("feedgen-prefix-\(UUID().uuidString)")
        deinit { try? FileManager.default.removeItem(at: root) }
        func url(_ path: String) -> URL { root.appendingPathComponent(path) }
        func files() -> [String] {
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            return walker.compactMap { item in
                let url = item as! URL
                return url.hasDirectoryPath ? nil : String(url.path.dropFirst(root.path.count + 1))
            }.sorted()
        }
    }

    static func install(into prefix: Prefix) throws -> FeedgenProcess.Result {
        try FeedgenProcess.run(["--binary", FeedgenProcess.binary.path, prefix.root.path], in: SampleSite.root,
                               executable: SampleSite.root.appendingPathComponent("scripts/install"))
    }

    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> FeedgenProcess.Result {
        try FeedgenProcess.run(arguments, in: SampleSite.root, environment: environment, executable: URL(fileURLWithPath: program))
    }

    @Test func installsTheFilesWhereDebianLooksWithTheirModes() throws {
        let prefix = Prefix()
        let result = try Self.install(into: prefix)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            installed \(prefix.root.path)/bin/feedgen
            installed \(prefix.root.path)/share/man/man1/feedgen.1
            installed \(prefix.root.path)/share/bash-completion/completions/feedgen
            installed \(prefix.root.path)/share/zsh/site-functions/_feedgen
            installed \(prefix.root.path)/share/fish/vendor_completions.d/feedgen.fish

            """)
        #expect(prefix.files() == Self.installed)
        for path in Self.installed {
            let mode = try FileManager.default.attributesOfItem(atPath: prefix.url(path).path)[.posixPermissions] as! Int
            #expect(mode == (path == "bin/feedgen" ? 0o755 : 0o644), "\(path)")
        }
        // Installing again replaces every file and leaves no temporary one behind.
        #expect(try Self.install(into: prefix).status == 0)
        #expect(prefix.files() == Self.installed)
    }

    @Test func theBinaryIsStrippedAndStillWorks() throws {
        let prefix = Prefix()
        #expect(try Self.install(into: prefix).status == 0)
        let binary = prefix.url("bin/feedgen")
        let sections = try Self.run("/usr/bin/readelf", ["--section-headers", "--wide", binary.path])
        #expect(sections.status == 0)
        #expect(sections.stdout.contains(" .text "))
        #expect(!sections.stdout.contains(".symtab"))
        #expect(!sections.stdout.contains(".debug_"))
        // Stripping it again changes nothing.
        let again = prefix.url("stripped-again")
        #expect(try Self.run("/usr/bin/strip", ["--strip-all", "-o", again.path, binary.path]).status == 0)
        #expect(try Data(contentsOf: again) == Data(contentsOf: binary))
        let debugSize = try FileManager.default.attributesOfItem(atPath: FeedgenProcess.binary.path)[.size] as! Int
        let size = try FileManager.default.attributesOfItem(atPath: binary.path)[.size] as! Int
        #expect(size < debugSize)

        // It runs, schemas and all: the repository's published feeds validate.
        let version = try FeedgenProcess.run(["--version"], in: SampleSite.root)
        #expect(try FeedgenProcess.run(["--version"], in: SampleSite.root, executable: binary).stdout == version.stdout)
        let validation = try FeedgenProcess.run(["validate", "feeds"], in: SampleSite.root, executable: binary)
        #expect(validation.status == 0, "\(validation.stderr)")
        #expect(validation.stdout == "feeds/atom.xml: valid Atom\nfeeds/feed.json: valid JSON Feed\nfeeds/rss.xml: valid RSS\n")
    }

    /// What `--experimental-dump-help` says of the commands: the man page's source.
    struct HelpDump: Decodable {
        struct Command: Decodable {
            var commandName: String
            var shouldDisplay: Bool
            var subcommands: [Command]?
            var arguments: [Argument]?
        }
        struct Argument: Decodable {
            struct Name: Decodable { var kind: String; var name: String }
            var kind: String
            var names: [Name]?
            var valueName: String?
            var shouldDisplay: Bool
        }
        var command: Command
    }

    @Test func theManPageRendersEveryCommandAndOption() throws {
        let prefix = Prefix()
        #expect(try Self.install(into: prefix).status == 0)
        let page = prefix.url("share/man/man1/feedgen.1")

        // groff, which man runs, has nothing to warn about.
        let lint = try Self.run("/usr/bin/groff", ["-mdoc", "-ww", "-z", "-Tutf8", page.path])
        #expect(lint.status == 0)
        #expect(lint.stderr == "")

        // Wide enough that no option name is hyphenated at a line's end.
        let man = try Self.run("/usr/bin/man", ["-l", page.path], environment: ["MANWIDTH": "200", "MANPAGER": "cat", "LANG": "C.UTF-8"])
        #expect(man.status == 0, "\(man.stderr)")
        let lines = man.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("FEEDGEN(1)") == true)
        #expect(lines.contains("     feedgen — Turns a folder of Markdown posts into Atom, RSS and JSON feeds"))
        let shown = Self.subcommands.filter { lines.contains("   feedgen \($0)") }
        #expect(shown == Self.subcommands)
        #expect(!man.stdout.contains("render-markdown"))

        // Every option the help text has is on the page, with the help text's words.
        let dump = try FeedgenProcess.run(["--experimental-dump-help"], in: SampleSite.root)
        let tool = try JSONDecoder().decode(HelpDump.self, from: Data(dump.stdout.utf8)).command
        let commands = (tool.subcommands ?? []).filter(\.shouldDisplay)
        #expect(commands.map(\.commandName) == Self.subcommands)
        // --help and --version are every command's: the page has them once, under feedgen itself.
        #expect(lines.contains("     --version") && lines.contains("     -h, --help"))
        for command in commands {
            for argument in command.arguments ?? [] where argument.shouldDisplay && !["help", "version"].contains(argument.valueName) {
                let long = argument.names?.first { $0.kind == "long" }.map { "--" + $0.name }
                let name = try #require(long ?? argument.valueName)
                let item = lines.contains { line in
                    let text = line.trimmingCharacters(in: .whitespaces)
                    return text.hasPrefix(name) || text.hasPrefix("-") && text.contains(", " + name)
                }
                #expect(item, "\(command.commandName) \(name)")
            }
        }
        #expect(lines.contains("             Publish a change the publish guard refuses (an emptied feed, changed entry ids, many entries gone), this once."))
    }

    @Test func completionsAreTheArgumentParsersAndBashLoadsThem() throws {
        let prefix = Prefix()
        #expect(try Self.install(into: prefix).status == 0)
        for (shell, path) in [("bash", "share/bash-completion/completions/feedgen"), ("zsh", "share/zsh/site-functions/_feedgen"),
                              ("fish", "share/fish/vendor_completions.d/feedgen.fish")] {
            let script = try FeedgenProcess.run(["--generate-completion-script", shell], in: SampleSite.root)
            #expect(try String(contentsOf: prefix.url(path), encoding: .utf8) == script.stdout, "\(shell)")
        }

        // Each shell finds the file where its Debian package looks below PREFIX and completes with it.
        let environment = ["PATH": prefix.url("bin").path + ":/usr/bin:/bin", "HOME": prefix.root.path]
        let bash = try Self.run("/bin/bash", ["-c", """
            XDG_DATA_DIRS='\(prefix.url("share").path)' source /usr/share/bash-completion/bash_completion
            XDG_DATA_DIRS='\(prefix.url("share").path)' __load_completion feedgen
            complete -p feedgen
            COMPREPLY=(); COMP_WORDS=(feedgen b); COMP_CWORD=1; COMP_LINE='feedgen b'; COMP_POINT=9
            _feedgen feedgen b feedgen; echo "${COMPREPLY[*]}"
            COMPREPLY=(); COMP_WORDS=(feedgen build --dr); COMP_CWORD=2; COMP_LINE='feedgen build --dr'; COMP_POINT=18
            _feedgen feedgen --dr build; echo "${COMPREPLY[*]}"
            """], environment: environment)
        #expect(bash.stderr == "")
        #expect(bash.stdout == "complete -o filenames -F _feedgen feedgen\nbuild\n--drafts --dry-run\n")

        // /usr/local/share/zsh/site-functions is on Debian's zsh fpath; a test cannot write there, so it is put first.
        let zsh = try Self.run("/usr/bin/zsh", ["-f", "-c", """
            fpath=('\(prefix.url("share/zsh/site-functions").path)' $fpath)
            autoload -Uz compinit && compinit -u -d '\(prefix.url(".zcompdump").path)'
            print -r -- $_comps[feedgen]
            """], environment: environment)
        #expect(zsh.stderr == "")
        #expect(zsh.stdout == "_feedgen\n")

        // fish reads PREFIX/share/fish/vendor_completions.d when XDG_DATA_DIRS lists PREFIX/share.
        let fish = try Self.run("/usr/bin/fish", ["-c", "complete -C 'feedgen b'; complete -C 'feedgen build --dr'"],
                                environment: environment.merging(["XDG_DATA_DIRS": prefix.url("share").path]) { $1 })
        #expect(fish.stderr == "")
        #expect(fish.stdout == """
            build\tBuild the feeds from the posts and publish them into the output folder.
            --drafts\tInclude posts with `draft: true` or `published: false`.
            --dry-run\tDo everything but publish: write no file, print what would change for subscribers; exit 1 if the build would be refused.

            """)
    }

    @Test func aWrongArgumentIsAUsageError() throws {
        let result = try FeedgenProcess.run(["--strip"], in: SampleSite.root, executable: SampleSite.root.appendingPathComponent("scripts/install"))
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "usage: scripts/install [--binary FILE] [PREFIX]\n")
    }
}
