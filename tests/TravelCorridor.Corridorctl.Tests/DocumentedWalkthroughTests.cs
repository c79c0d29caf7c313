using System.Diagnostics;
using System.Text;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// The documentation works as written: every fenced bash block of a document (<see cref="DocumentedBlock"/>) is run,
/// in order and in one shell, against a fresh SG node of its own — a real node process with an empty data directory,
/// its broker real too — by bash with <c>set -e</c>, so a command that fails fails the test with the transcript. The
/// shell stands where a reader of the README stands: a directory holding the repository's folders, the node's data as
/// <c>./data</c> (so <c>token</c> finds the node's key), the corridor file every node holds as
/// <c>deploy/corridor.json</c>, and a node at the documented addresses (rewritten to the free ports it got).
/// <c>dotnet run --project services/Node</c> and <c>tools/Corridorctl</c> run the programs the tests built, rather
/// than building them again; grpcurl is the real one where installed, else <c>tests/GrpcurlStandIn</c> (see there);
/// commands that run until Ctrl+C (a Watch stream, <c>events tail</c>) get a Ctrl+C after 3 s.
/// </summary>
public sealed class DocumentedWalkthroughTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(8);

    public static TheoryData<string> DocumentsWithCommands() =>
        [.. DocumentedBlock.All().Where(b => b.NotRunBecause is null).Select(b => b.File).Distinct()];

    [Fact]
    public void Every_documented_bash_block_is_run_here_or_says_what_runs_it()
    {
        var blocks = DocumentedBlock.All();

        Assert.Contains(blocks, b => b.NotRunBecause is null);
        Assert.All(blocks.Where(b => b.NotRunBecause is not null), b => Assert.True(b.NotRunBecause!.Length >= 10, $"{b.Where}: say why it is not run"));
    }

    [Theory]
    [MemberData(nameof(DocumentsWithCommands))]
    public async Task The_commands_of_a_document_run_as_written_on_a_fresh_node(string document)
    {
        var work = ScratchFiles.Directory();
        var httpPort = FreePort.Next();
        await using var node = await NodeProcess.StartAsync("SG", "membership,eligibility,clearance", new Dictionary<string, string>
        {
            ["Node:HttpUrls"] = $"http://127.0.0.1:{httpPort}",
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
        });
        PrepareWorkingDirectory(work, node.DataDirectory);
        var script = Script(document, node.Address.Port, httpPort);
        File.WriteAllText(Path.Combine(work, "walkthrough.sh"), script);

        var (exitCode, transcript) = await RunBashAsync(work);
        File.WriteAllText(Path.Combine(work, "transcript.txt"), transcript);

        Assert.True(exitCode == 0, $"{document}: a documented command failed (exit {exitCode}). Transcript (+ lines are the commands):\n{transcript}\n" +
            $"--- node log ---\n{node.ConsoleLog[^Math.Min(node.ConsoleLog.Length, 4000)..]}");
    }

    /// <summary>The document's runnable blocks, each headed by where it is, after a prelude that stands in for the reader's machine.</summary>
    private string Script(string document, int grpcPort, int httpPort)
    {
        var script = new StringBuilder("""
            set -eo pipefail
            shopt -s expand_aliases
            export PATH="$PWD/bin:$PATH" HOME="$PWD" CORRIDOR_NODE="http://127.0.0.1:GRPC_PORT"
            host="${DOTNET_HOST_PATH:-dotnet}"
            # The programs the tests built; a command that runs until Ctrl+C gets one after 3 s.
            dotnet() {
              if [[ "$1 $2 $3 $4" == "run --project services/Node --" ]]; then shift 4; "$host" "$NODE_DLL" "$@"
              elif [[ "$1 $2 $3 $4" == "run --project tools/Corridorctl --" ]]; then shift 4; until_ctrl_c "$host" "$CORRIDORCTL_DLL" "$@"
              elif [[ "$1 $2" == "build tools/Corridorctl" ]]; then echo "(corridorctl was built with the tests)"
              else "$host" "$@"; fi
            }
            until_ctrl_c() {
              if [[ "$*" == *"events tail"* ]]; then timeout -s INT 3 "$@" || [[ $? == 124 ]]; else "$@"; fi
            }
            node() {
              if [[ "$1" == subscribe.mjs ]]; then timeout -s INT 3 "$(type -P node)" "$@" || [[ $? == 124 ]]; else command node "$@"; fi
            }
            set -x

            """.Replace("GRPC_PORT", grpcPort.ToString(), StringComparison.Ordinal));
        foreach (var block in DocumentedBlock.All().Where(b => b.File == document && b.NotRunBecause is null))
        {
            script.Append($": ---- {block.Where} ----\n");
            script.Append(block.Text
                .Replace("127.0.0.1:5080", $"127.0.0.1:{grpcPort}", StringComparison.Ordinal)
                .Replace("127.0.0.1:5081", $"127.0.0.1:{httpPort}", StringComparison.Ordinal)
                .Replace("amqp://USER:PASSWORD@127.0.0.1:5672", broker.AmqpUri.ToString().TrimEnd('/'), StringComparison.Ordinal));
            script.Append('\n');
        }
        return script.ToString();
    }

    private static void PrepareWorkingDirectory(string work, string dataDirectory)
    {
        var root = NodeScript.RepositoryRoot();
        foreach (var folder in new[] { "docs", "services", "tools", "tests", "scripts", "protos", "bench" })
        {
            File.CreateSymbolicLink(Path.Combine(work, folder), Path.Combine(root, folder));
        }
        // A copy: the samples' own `npm ci` must not replace the node_modules other tests are using.
        CopyWithout(Path.Combine(root, "samples"), Path.Combine(work, "samples"), "node_modules");
        File.CreateSymbolicLink(Path.Combine(work, "data"), dataDirectory);
        Directory.CreateDirectory(Path.Combine(work, "deploy"));
        File.Copy(TestCorridor.FilePath, Path.Combine(work, "deploy", "corridor.json"));
        Directory.CreateDirectory(Path.Combine(work, "bin"));
        var grpcurl = Path.Combine(work, "bin", "grpcurl");
        File.WriteAllText(grpcurl, """
            #!/bin/bash
            # grpcurl as the documentation uses it: the real one where installed, else the stand-in (tests/GrpcurlStandIn).
            # A Watch stream runs until Ctrl+C: it gets one after 3 s.
            real=$(PATH="${PATH#*/bin:}" command -v grpcurl || true)
            if [[ -n "$real" ]]; then run=("$real"); else run=("${DOTNET_HOST_PATH:-dotnet}" "$GRPCURL_STAND_IN"); fi
            if [[ "$*" == *"/Watch"* ]]; then timeout -s INT 3 "${run[@]}" "$@"; status=$?; [[ $status == 124 ]] && exit 0; exit $status; fi
            exec "${run[@]}" "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(grpcurl, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>
    /// corridorctl's own build output, as its users run it: beside the tests it would find no System.Threading.RateLimiting
    /// (RabbitMQ.Client's), which the test folder leaves to the ASP.NET Core framework that corridorctl does not use.
    /// </summary>
    private static string CorridorctlDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(NodeScript.RepositoryRoot(), "tools", "Corridorctl", "bin", configuration, "net10.0", "corridorctl.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is not built; the test project references tools/Corridorctl, so it is built with the tests.");
    }

    private static void CopyWithout(string from, string to, string skipped)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var directory in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) != skipped))
        {
            CopyWithout(directory, Path.Combine(to, Path.GetFileName(directory)), skipped);
        }
    }

    private static async Task<(int ExitCode, string Transcript)> RunBashAsync(string work)
    {
        var start = new ProcessStartInfo("bash", ["walkthrough.sh"])
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["NODE_DLL"] = Path.Combine(AppContext.BaseDirectory, "corridor-node.dll");
        start.Environment["CORRIDORCTL_DLL"] = CorridorctlDll();
        start.Environment["GRPCURL_STAND_IN"] = Path.Combine(AppContext.BaseDirectory, "grpcurl-stand-in.dll");
        start.Environment.Remove("CORRIDOR_TOKEN");
        start.Environment.Remove("CORRIDORCTL_CONFIG");
        using var bash = Process.Start(start)!;
        bash.StandardInput.Close();
        var transcript = new StringBuilder();
        bash.OutputDataReceived += (_, e) => { lock (transcript) { transcript.AppendLine(e.Data); } };
        bash.ErrorDataReceived += (_, e) => { lock (transcript) { transcript.AppendLine(e.Data); } };
        bash.BeginOutputReadLine();
        bash.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Budget);
        try
        {
            await bash.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            bash.Kill(entireProcessTree: true);
            return (-1, $"did not finish within {Budget}:\n{transcript}");
        }
        bash.WaitForExit();
        return (bash.ExitCode, transcript.ToString());
    }
}
