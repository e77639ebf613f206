// A libFuzzer target for the UTF-8 validator, compiled with its source file by run.sh
// (the validator is internal to ParoleCore): it must agree with the standard library
// and name a byte inside the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUTF8(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let bad = UTF8Validation.firstInvalidSequence(bytes)
    let valid = String(validating: bytes, as: UTF8.self) != nil
    precondition((bad == nil) == valid, "the validator disagrees with the standard library")
    if let bad {
        precondition(bad.offset < bytes.count && bytes[bad.offset] == bad.byte, "the offset is outside the input")
        let prefix = Array(bytes[..<bad.offset])
        precondition(String(validating: prefix, as: UTF8.self) != nil, "the bytes before the offset are not valid")
    }
    return 0
}
