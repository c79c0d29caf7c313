// Each test here starts a corridor of its own (three brokers and up to nine service processes): one at a time, so a
// two-core machine runs them at a pace their deadlines allow.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
