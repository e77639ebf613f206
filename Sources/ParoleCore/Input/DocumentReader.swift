import Foundation

/// Turns the paths given on a command line into documents, one at a time.
///
/// - A `.txt` file is one document, its id the file name without extension. A
///   leading `date YYYY-MM[-DD]` header (see `DateHeader`) becomes the
///   reference date and is removed from the text.
/// - A `.jsonl` file holds one document per line: `{"id", "text", "date"}`.
///   Other string fields are kept in `DocumentMetadata.fields`.
/// - A folder stands for its `.txt` and `.jsonl` files, sorted by name. Only
///   regular files (or links to them) are read: a folder, pipe or device whose
///   name ends in `.txt` or `.jsonl` is reported, never opened.
/// - `-` is standard input, read as text or as JSONL (see ``Options/standardInput``).
///
/// Reading is lazy: a JSONL file is streamed, never held whole in memory. No
/// document may be longer than ``Options/maximumDocumentBytes`` bytes of UTF-8;
/// a longer one is reported and skipped without being held in memory. An
/// input that cannot be read yields an ``InputError`` and the others go on;
/// a stream that fails to read is reported once and closed.
public struct DocumentReader: Sequence {
    /// How inputs are read.
    public struct Options: Sendable {
        /// What standard input holds.
        public enum StandardInput: String, Sendable, CaseIterable {
            /// One plain-text document, with an optional date header.
            case text
            /// One JSON document per line.
            case jsonl
            /// One analysed document per line, as `parole analyze --format jsonl` writes it:
            /// read back with its layers by ``Options/analyzedReader``, to be used as it is.
            /// `.jsonl` files are then read the same way.
            case analyzed
        }

        /// The reference date of documents that carry none.
        public var defaultDate: ReferenceDate?
        /// What standard input holds.
        public var standardInput: StandardInput
        /// The longest document read, in bytes of UTF-8 (a text file, or one JSONL line).
        public var maximumDocumentBytes: Int
        /// How ``StandardInput/analyzed`` lines are read: register the layers of your own
        /// stages here so that they are read too.
        public var analyzedReader = DocumentJSONReader()

        /// The default ``maximumDocumentBytes``: 64 MiB, twenty times a long novel.
        public static let defaultMaximumDocumentBytes = 64 << 20

        /// Creates options.
        public init(
            defaultDate: ReferenceDate? = nil, standardInput: StandardInput = .text,
            maximumDocumentBytes: Int = defaultMaximumDocumentBytes
        ) {
            self.defaultDate = defaultDate
            self.standardInput = standardInput
            self.maximumDocumentBytes = Swift.max(1, maximumDocumentBytes)
        }
    }

    /// The paths to read; `-` is standard input.
    public let paths: [String]
    /// How to read them.
    public let options: Options

    /// Creates a reader of `paths`.
    public init(paths: [String], options: Options = Options()) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.options = options
    }

    /// Iterates over documents and input errors, in input order.
    public func makeIterator() -> Iterator { Iterator(paths: paths, options: options) }

    /// Reads documents one by one.
    public struct Iterator: IteratorProtocol {
        private enum Pending {
            case path(String)
            case file(String)
            /// A file whose name is not UTF-8: its bytes open it, the escaped text names it.
            case rawFile(bytes: [UInt8], shown: String)
            case failure(InputError)
        }

        private var pending: [Pending]
        private let options: Options
        private var jsonl: (reader: LineReader, location: String, handle: FileHandle)?

        init(paths: [String], options: Options) {
            self.pending = paths.reversed().map { .path($0) }
            self.options = options
        }

        /// The next document or input error, or `nil` when every input is done.
        public mutating func next() -> Result<Document, InputError>? {
            while true {
                if let current = jsonl {
                    if let record = nextRecord(current.reader, current.location) { return record }
                    try? current.handle.close()
                    jsonl = nil
                    continue
                }
                guard let item = pending.popLast() else { return nil }
                switch item {
                case .path(let path):
                    if let error = expand(path) { return .failure(error) }
                case .file(let path):
                    if let result = open(path) { return result }
                case .rawFile(let bytes, let shown):
                    if let result = open(shown, bytes: bytes) { return result }
                case .failure(let error):
                    return .failure(error)
                }
            }
        }

        /// Queues the files a path stands for; returns an error for a missing path or empty folder.
        private mutating func expand(_ path: String) -> InputError? {
            if path == "-" {
                pending.append(.file("-"))
                return nil
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                // A name given on the command line that is not UTF-8 reaches here with U+FFFD in it.
                let reason: InputError.Reason = path.contains("\u{FFFD}") ? .nameNotUTF8 : .notFound
                return InputError(location: path, reason: reason)
            }
            guard isFolder.boolValue else {
                pending.append(.file(path))
                return nil
            }
            let entries: [FolderListing.Entry]
            do {
                entries = try FolderListing.entries(of: path)
            } catch {
                return InputError(location: path, reason: .unreadable(error.reason))
            }
            let files = entries.filter { entry in
                let name = entry.shownName
                return !name.hasPrefix(".") && (name.hasSuffix(".txt") || name.hasSuffix(".jsonl"))
            }
            .sorted { $0.shownName < $1.shownName }
            guard !files.isEmpty else { return InputError(location: path, reason: .emptyFolder) }
            let base = URL(fileURLWithPath: path)
            pending.append(
                contentsOf: files.reversed().map { entry in
                    let file =
                        entry.isUTF8 ? base.appendingPathComponent(entry.shownName).relativePath : entry.shownPath
                    if let kind = FileKind.of(pathBytes: entry.pathBytes), kind != .regular {
                        return .failure(InputError(location: file, reason: .notRegularFile(kind.description)))
                    }
                    return entry.isUTF8 ? .file(file) : .rawFile(bytes: entry.pathBytes, shown: file)
                })
            return nil
        }

        /// Reads a text file (one document) or starts a JSONL stream (returns `nil`). `bytes`,
        /// when given, is the path as the file system spells it (a name that is not UTF-8).
        private mutating func open(_ path: String, bytes: [UInt8]? = nil) -> Result<Document, InputError>? {
            let isStandardInput = path == "-"
            let isJSONL = isStandardInput ? options.standardInput != .text : path.hasSuffix(".jsonl")
            let handle: FileHandle
            if isStandardInput {
                handle = FileHandle.standardInput
            } else if let bytes {
                let descriptor: Int32
                do {
                    descriptor = try FolderListing.openForReading(bytes)
                } catch {
                    return .failure(InputError(location: path, reason: .unreadable(error.reason)))
                }
                handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            } else {
                do {
                    handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                } catch {
                    return .failure(InputError(location: path, reason: .unreadable(Self.reason(error))))
                }
            }
            if isJSONL {
                jsonl = (LineReader(handle: handle, maximumLineLength: options.maximumDocumentBytes), path, handle)
                return nil
            }
            defer { if !isStandardInput { try? handle.close() } }
            var bytes: [UInt8] = []
            do {
                // Read in blocks up to one byte past the limit, so that an endless device stops.
                while let chunk = try handle.read(
                    upToCount: Swift.min(1 << 20, options.maximumDocumentBytes + 1 - bytes.count)),
                    !chunk.isEmpty
                {
                    bytes.append(contentsOf: chunk)
                    if bytes.count > options.maximumDocumentBytes {
                        return .failure(
                            InputError(location: path, reason: .tooLarge(limit: options.maximumDocumentBytes)))
                    }
                }
            } catch {
                return .failure(InputError(location: path, reason: .unreadable(Self.reason(error))))
            }
            let id = isStandardInput ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return textDocument(bytes, id: id, location: path)
        }

        private func textDocument(_ bytes: [UInt8], id: String, location: String) -> Result<Document, InputError> {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            var text: String
            switch UTF8Validation.decode(body) {
            case .success(let decoded): text = decoded
            case .failure(let bad):
                let offset = bad.offset + (body.count == bytes.count ? 0 : 3)
                return .failure(InputError(location: location, reason: .notUTF8(offset: offset, byte: bad.byte)))
            }
            if body.count >= Int(Int32.max), text.utf16.count >= Int(Int32.max) {
                return .failure(InputError(location: location, reason: .tooLong))
            }
            var date = options.defaultDate
            if let header = DateHeader.parse(text) {
                do {
                    date = try ReferenceDate(parsing: header.date)
                } catch {
                    return .failure(InputError(location: location, reason: .invalidDate(error.description)))
                }
                text = String(text[header.bodyStart...])
            }
            return .success(Document(id: id, text: text, metadata: DocumentMetadata(date: date, source: location)))
        }

        /// The next record of a JSONL stream, or `nil` at its end.
        private func nextRecord(_ reader: LineReader, _ location: String) -> Result<Document, InputError>? {
            while true {
                let line: [UInt8]
                do {
                    guard let read = try reader.nextLine() else { return nil }
                    line = read
                } catch let tooLong as LineReader.LineTooLong {
                    return .failure(
                        InputError(location: "\(location):\(tooLong.line)", reason: .tooLarge(limit: tooLong.limit)))
                } catch {
                    // The reader is closed after a read error: this is reported once.
                    return .failure(InputError(location: location, reason: .unreadable(Self.reason(error))))
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return record(
                    line, source: location, line: reader.lineNumber,
                    fallbackID: Self.fallbackID(location, reader.lineNumber))
            }
        }

        private func record(_ line: [UInt8], source: String, line number: Int, fallbackID: String) -> Result<
            Document, InputError
        > {
            let location = "\(source):\(number)"
            if case .failure(let bad) = UTF8Validation.decode(line) {
                return .failure(InputError(location: location, reason: .notUTF8(offset: bad.offset, byte: bad.byte)))
            }
            if options.standardInput == .analyzed {
                return analyzedRecord(line, source: source, line: number)
            }
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    return .failure(InputError(location: location, reason: .invalidJSON("not an object")))
                }
                object = parsed
            } catch {
                return .failure(InputError(location: location, reason: .invalidJSON(Self.reason(error))))
            }
            guard let text = object["text"] as? String else {
                return .failure(InputError(location: location, reason: .missingField("text")))
            }
            if line.count >= Int(Int32.max), text.utf16.count >= Int(Int32.max) {
                return .failure(InputError(location: location, reason: .tooLong))
            }
            let id: String
            switch object["id"] {
            case let string as String: id = string
            case let number as NSNumber: id = number.stringValue
            default: id = fallbackID
            }
            var date = options.defaultDate
            if let value = object["date"], !(value is NSNull) {
                guard let string = value as? String else {
                    return .failure(InputError(location: location, reason: .invalidDate("\"date\" must be a string")))
                }
                do {
                    date = try ReferenceDate(parsing: string)
                } catch {
                    return .failure(InputError(location: location, reason: .invalidDate(error.description)))
                }
            }
            var fields: [String: String] = [:]
            var jsonFields: [String: String] = [:]
            for (key, value) in object where key != "id" && key != "text" && key != "date" {
                if let string = value as? String {
                    fields[key] = string
                } else if !(value is NSNull),
                    let data = try? JSONSerialization.data(
                        withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
                {
                    jsonFields[key] = String(decoding: data, as: UTF8.self)
                }
            }
            var metadata = DocumentMetadata(date: date, fields: fields, source: source, line: number)
            metadata.jsonFields = jsonFields
            return .success(Document(id: id, text: text, metadata: metadata))
        }

        /// A line of `parole analyze --format jsonl` output, read back with its layers. It keeps
        /// the place it was read from, so that it is stored under the key the text would get.
        private func analyzedRecord(_ line: [UInt8], source: String, line number: Int) -> Result<Document, InputError> {
            var document: Document
            do {
                document = try options.analyzedReader.document(from: Data(line))
            } catch {
                return .failure(
                    InputError(
                        location: "\(source):\(number)",
                        reason: .invalidJSON("not a document of `parole analyze --format jsonl` (\(error))")))
            }
            document.metadata.source = source
            document.metadata.line = number
            if document.metadata.date == nil { document.metadata.date = options.defaultDate }
            return .success(document)
        }

        private static func fallbackID(_ location: String, _ line: Int) -> String {
            let base =
                location == "-" ? "stdin" : URL(fileURLWithPath: location).deletingPathExtension().lastPathComponent
            return "\(base)-\(line)"
        }

        private static func reason(_ error: any Error) -> String {
            let nsError = error as NSError
            // JSONSerialization says where and why in its debug description.
            if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty { return detail }
            if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
                underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
            {
                return String(cString: strerror(code.rawValue))
            }
            return nsError.localizedDescription
        }
    }
}

extension Result where Success == Document, Failure == InputError {
    /// The document's length in UTF-16 units (0 for an error): the weight that keeps
    /// ``ParallelRunner`` batches of long documents small.
    package var length: Int {
        if case .success(let document) = self { return document.utf16.count }
        return 0
    }
}
