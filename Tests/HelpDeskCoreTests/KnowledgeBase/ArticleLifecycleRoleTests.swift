import Foundation
import Testing
@testable import HelpDeskCore

/// Who may move an article where: reviewers (L2, L3, supervisors, admins) publish and retire;
/// anyone may submit for review. The reason names the person and what to do instead.
@Suite("Article lifecycle by role")
struct ArticleLifecycleRoleTests {
    let article = Article(id: 7, externalID: "KB-7", title: "T", body: "B", status: .review, author: "ana",
                          createdAt: Date(timeIntervalSince1970: 0))
    let ana = Agent(login: "ana", name: "Ana", role: .l1)
    let luis = Agent(login: "luis", name: "Luis", role: .l2)

    @Test("L1 cannot publish or retire; the reason says who reviews")
    func l1Refused() throws {
        let reason = try #require(ArticleLifecycle.refusal(moving: article, to: .published, by: ana))
        #expect(reason == "ana (l1) cannot publish KB-7: only L2, L3 and supervisors review articles; submit it for review instead")
        var published = article
        published.status = .published
        #expect(ArticleLifecycle.refusal(moving: published, to: .retired, by: ana) != nil)
    }

    @Test("reviewers publish; state rules still apply to them")
    func reviewers() {
        #expect(ArticleLifecycle.refusal(moving: article, to: .published, by: luis) == nil)
        #expect(ArticleLifecycle.refusal(moving: article, to: .review, by: luis) == "KB-7 is already in review")
        #expect(ArticleLifecycle.refusal(moving: article, to: .retired, by: luis) == "KB-7 is in review; it cannot become retired")
    }

    @Test("anyone may submit a draft for review")
    func submit() {
        var draft = article
        draft.status = .draft
        #expect(ArticleLifecycle.refusal(moving: draft, to: .review, by: ana) == nil)
    }
}
