import ParoleCore

extension Document {
    /// The cluster of `entity`: every mention of the same named thing, its canonical
    /// name and, for a person, the gender the text shows.
    public func cluster(of entity: Entity) -> EntityCluster? {
        guard let index = entity.cluster, entityClusters.indices.contains(index) else { return nil }
        return entityClusters[index]
    }

    /// The entity mention that covers the UTF-16 `offset`, if any.
    public func entity(at offset: Int) -> Entity? {
        let entities = self.entities
        var low = 0
        var high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < entities.count, entities[low].span.contains(offset) else { return nil }
        return entities[low]
    }

    /// The entity mentions that lie inside `span`, in text order.
    public func entities(in span: Span) -> [Entity] {
        entities.filter { span.contains($0.span) }
    }

    /// The people mentioned before `offset`, nearest last mention first, optionally of
    /// one gender: the candidates a pronoun (`il`, `elle`, `a-t-elle`) may refer to.
    public func people(before offset: Int, gender: Gender? = nil) -> [EntityCluster] {
        var lastMention: [Int: Int] = [:]
        for entity in entities where entity.label == .person && entity.span.end <= offset {
            guard let cluster = entity.cluster else { continue }
            lastMention[cluster] = entity.span.start
        }
        return lastMention.sorted { $0.value > $1.value }.compactMap { index, _ in
            guard entityClusters.indices.contains(index) else { return nil }
            let cluster = entityClusters[index]
            if let gender, let known = cluster.gender, known != gender { return nil }
            return cluster
        }
    }
}
