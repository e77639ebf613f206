import Parole
import ParoleEvaluation
import Testing

@Suite("Segmentation evaluation")
struct EvaluationTests {
    private let conllu = """
        # sent_id = 1
        # text = Il est arrivé au port.
        1\tIl\til\tPRON\t_\t_\t3\tnsubj\t_\t_
        2\test\têtre\tAUX\t_\t_\t3\taux\t_\t_
        3\tarrivé\tarriver\tVERB\t_\t_\t0\troot\t_\t_
        4-5\tau\t_\t_\t_\t_\t_\t_\t_\t_
        4\tà\tà\tADP\t_\t_\t6\tcase\t_\t_
        5\tle\tle\tDET\t_\t_\t6\tdet\t_\t_
        6\tport\tport\tNOUN\t_\t_\t3\tobl\t_\tSpaceAfter=No
        7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

        # sent_id = 2
        # text = M. Dupont l'attend.
        1\tM.\tmonsieur\tNOUN\t_\t_\t3\tnsubj\t_\t_
        2\tDupont\tDupont\tPROPN\t_\t_\t1\tflat\t_\t_
        3\tl'\tle\tPRON\t_\t_\t4\tobj\t_\tSpaceAfter=No
        4\tattend\tattendre\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

        """

    @Test("Multiword tokens count once by their surface form")
    func multiwordTokens() {
        let sentences = TreebankSentence.parse(conllu: conllu)
        #expect(
            sentences.map(\.tokens) == [
                ["Il", "est", "arrivé", "au", "port", "."], ["M.", "Dupont", "l'", "attend", "."],
            ])
    }

    @Test("Documents join sentences with one space and score perfect segmentation at 100")
    func perfectScore() throws {
        let evaluation = SegmentationEvaluation(sentences: TreebankSentence.parse(conllu: conllu), perDocument: 20)
        #expect(evaluation.documents.map(\.text) == ["Il est arrivé au port. M. Dupont l'attend."])
        let result = try evaluation.evaluate(StageRegistry.core.pipeline(parsing: "tokenize,sentences"))
        #expect(result.tokens == Score(truePositives: 11, predicted: 11, gold: 11))
        #expect(result.sentences.f1 == 100)
    }

    @Test("Scores are precision, recall and F1 in percent")
    func scoreArithmetic() {
        let score = Score(truePositives: 8, predicted: 10, gold: 16)
        #expect(score.precision == 80 && score.recall == 50)
        #expect(Score.format(score.f1) == "61.5")
        #expect(Score(truePositives: 0, predicted: 0, gold: 3).f1 == 0)
    }
}
