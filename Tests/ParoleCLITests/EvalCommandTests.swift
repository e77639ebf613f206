import Foundation
import ParoleCLI
import Testing

@Suite("parole eval")
struct EvalCommandTests {
    @Test("Scores a CoNLL-U file as JSON with the score.py definitions")
    func evalJSON() throws {
        let conllu = """
            # text = Le Hamas a répondu.
            1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_
            2\tHamas\tHamas\tPROPN\t_\t_\t3\tnsubj\t_\t_
            3\ta\tavoir\tAUX\t_\t_\t4\taux\t_\t_
            4\trépondu\trépondre\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
            5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

            # text = Israël refuse.
            1\tIsraël\tIsraël\tPROPN\t_\t_\t2\tnsubj\t_\t_
            2\trefuse\trefuser\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
            3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parole-\(UUID().uuidString).conllu")
        try Data(conllu.utf8).write(to: url)
        let command = try #require(try ParoleCommand.parseAsRoot(["eval", url.path, "--json"]) as? EvalCommand)
        let output = MemorySink()
        try command.execute(output: output)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.bytes)) as? [String: Any])
        let tokens = try #require(object["tokens"] as? [String: Any])
        let sentences = try #require(object["sentences"] as? [String: Any])
        #expect(tokens["f1"] as? Double == 100)
        #expect(tokens["gold"] as? Int == 8)
        #expect(sentences["f1"] as? Double == 100)
    }
}

@Suite("parole eval on bad files")
struct EvalBadFileTests {
    @Test("A file that cannot be read is one line; the next files are still scored")
    func goesOnAfterABadFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parole-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("bon.conllu")
        try Data(
            "# text = Oui.\n1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n"
                .utf8
        )
        .write(to: good)
        let command = try #require(
            try ParoleCommand.parseAsRoot(["eval", folder.appendingPathComponent("absent.conllu").path, good.path])
                as? EvalCommand)
        let output = MemorySink()
        let errors = MemorySink()
        #expect(try command.execute(output: output, errors: errors) == 1)
        #expect(errors.text.contains("absent.conllu"))
        #expect(output.text.contains("bon.conllu"))
    }
}
