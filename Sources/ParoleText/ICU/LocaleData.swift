import CParoleICU

/// Names that ICU's locale data gives in a language: countries, regions, months, weekdays.
package enum LocaleData {
    /// The two-letter ISO 3166 country codes ICU knows.
    package static var countryCodes: [String] {
        (0..<parole_country_code_count()).compactMap { index in
            parole_country_code(index).map { String(cString: $0) }
        }
    }

    /// The name of a region in `language` (`FR` → `France`, `150` → `Europe`), or `nil`
    /// when ICU has no name for it.
    package static func regionName(_ code: String, in language: String) -> String? {
        var warned = false
        let name = try? ICU.readString("naming region \(code)") { destination, capacity, status in
            let length = parole_region_name(code, language, destination, capacity, &status)
            if status == -127 { warned = true }  // U_USING_DEFAULT_WARNING: no name, the code came back
            return length
        }
        guard let name, !warned, name != code else { return nil }
        return name
    }

    /// The month names of `language`, January first (`janvier` … `décembre`).
    package static func monthNames(in language: String) -> [String] {
        symbols(Int32(PAROLE_SYMBOL_MONTHS), language)
    }

    /// The abbreviated month names of `language` (`janv.` …).
    package static func shortMonthNames(in language: String) -> [String] {
        symbols(Int32(PAROLE_SYMBOL_SHORT_MONTHS), language)
    }

    /// The weekday names of `language`, Monday first (`lundi` … `dimanche`).
    package static func weekdayNames(in language: String) -> [String] {
        // ICU lists an empty symbol, then Sunday to Saturday.
        let names = symbols(Int32(PAROLE_SYMBOL_WEEKDAYS), language).filter { !$0.isEmpty }
        guard names.count == 7 else { return names }
        return Array(names[1...]) + [names[0]]
    }

    private static func symbols(_ family: Int32, _ language: String) -> [String] {
        var status: Int32 = 0
        let count = parole_date_symbol_count(language, family, &status)
        guard status <= 0 else { return [] }
        return (0..<count).compactMap { index in
            try? ICU.readString("reading date symbols") { destination, capacity, status in
                parole_date_symbol(language, family, index, destination, capacity, &status)
            }
        }
    }
}
