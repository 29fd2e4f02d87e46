import Foundation
import HelpDeskCore
import HelpDeskStore

/// Knowledge-base articles for the tier screens' tests: published ones in both languages that
/// match the fixture's VPN and mail tickets, and a draft that must never be suggested.
extension UITestDesk {
    @discardableResult
    func addArticles() throws -> [Article] {
        let drafts: [(ArticleDraft, ArticleStatus)] = [
            (ArticleDraft(externalID: "KB-41", title: "VPN: \"authentication failed\" after a password change",
                          body: "Symptoms: the VPN client says authentication failed right after the password changed.\n\n1. Sign out of the VPN client.\n2. Clear the saved credentials.\n3. Sign in with the new password.\n\nIf it still fails, the client certificate may have expired: escalate to network.",
                          lang: .en, category: "network"), .published),
            (ArticleDraft(externalID: "KB-77", title: "Renovar el certificado de la VPN",
                          body: "Si el cliente VPN dice \"authentication failed\" y la contraseña es correcta, el certificado ha caducado. Renovarlo desde el portal.",
                          lang: .es, category: "network"), .published),
            (ArticleDraft(externalID: "KB-12", title: "Reset a domain password",
                          body: "Reset the password from the admin portal and ask the user to sign in again.", lang: .en, category: "access"), .published),
            (ArticleDraft(externalID: "KB-90", title: "VPN draft notes (not reviewed)", body: "VPN authentication draft.", lang: .en), .draft),
        ]
        return try drafts.map { try db.addArticle($0.0, status: $0.1, author: "luis", now: at(1000)) }
    }
}
