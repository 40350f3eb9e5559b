import Foundation
import VisitDesk

/// The words of the sync state in the top right of the desk.
enum SyncText {
    static let offline = LocalizedText(zh: "离线", en: "offline")
    static let syncing = LocalizedText(zh: "同步中…", en: "syncing…")
    static let neverSynced = LocalizedText(zh: "未同步", en: "not synced")

    static func toUpload(_ count: Int, _ language: Language) -> String {
        LocalizedText(zh: "\(count) 条待上传", en: "\(count) to upload")[language]
    }

    /// `已同步 · 2 分钟前` / `synced 2 min ago`; `刚刚` / `just now` under a minute (or a clock set back).
    static func synced(ago seconds: TimeInterval, _ language: Language) -> String {
        let minutes = seconds.isFinite ? max(0, Int(min(seconds, 1e12) / 60)) : 0
        let ago: LocalizedText = switch minutes {
        case 0: LocalizedText(zh: "刚刚", en: "just now")
        case 1..<60: LocalizedText(zh: "\(minutes) 分钟前", en: "\(minutes) min ago")
        case 60..<(24 * 60): LocalizedText(zh: "\(minutes / 60) 小时前", en: "\(minutes / 60) h ago")
        default: LocalizedText(zh: "\(minutes / (24 * 60)) 天前", en: "\(minutes / (24 * 60)) d ago")
        }
        return LocalizedText(zh: "已同步 · \(ago.zh)", en: "synced \(ago.en)")[language]
    }
}
