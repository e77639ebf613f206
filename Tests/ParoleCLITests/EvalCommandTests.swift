import Foundation
import ParoleCLI
import Testing

@Suite("parole eval")
struct EvalCommandTests {
    @Test("Scores a CoNLL-U file as JSON with the score.py definitions")
    func evalJSON() throws {
        try withTemporaryFolder { folder in
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
            let url = folder.appendingPathComponent("eval.conllu")
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
            let upos = try #require(object["upos"] as? [String: Any])
            let lemma = try #require(object["lemma"] as? [String: Any])
            #expect(upos["total"] as? Int == 8)
            #expect(upos["correct"] as? Int ?? 0 >= 7)
            #expect(lemma["total"] as? Int == 8)
            #expect(lemma["correct"] as? Int ?? 0 >= 7)
        }
    }

    @Test("A gold token the tokenizer missed counts as wrong; multiword tokens are left out")
    func evalMorphology() throws {
        try withTemporaryFolder { folder in
            let conllu = """
                # text = Il parle du budget.
                1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
                2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
                3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
                3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
                4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
                5\tbudget\tbudget\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
                6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

                """
            let url = folder.appendingPathComponent("eval.conllu")
            try Data(conllu.utf8).write(to: url)
            let command = try #require(try ParoleCommand.parseAsRoot(["eval", url.path]) as? EvalCommand)
            let output = MemorySink()
            try command.execute(output: output)
            let text = String(decoding: output.bytes, as: UTF8.self)
            // Four gold tokens with tags (du is left out); "Il" has lemma "il" here, Parole says "lui".
            #expect(text.contains("upos       100.0 (4/4)"))
            #expect(text.contains("lemma      75.0 (3/4)"))
            let untagged = try #require(
                try ParoleCommand.parseAsRoot(["eval", url.path, "--stages", "tokenize,sentences"]) as? EvalCommand)
            let plain = MemorySink()
            try untagged.execute(output: plain)
            #expect(!String(decoding: plain.bytes, as: UTF8.self).contains("upos"))
        }
    }
}

@Suite("parole eval on bad files")
struct EvalBadFileTests {
    @Test("A file that cannot be read is one line; the next files are still scored")
    func goesOnAfterABadFile() throws {
        try withTemporaryFolder { folder in
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
}
