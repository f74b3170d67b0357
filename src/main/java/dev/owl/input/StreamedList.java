package dev.owl.input;

import dev.owl.input.YamlReader.Streamed;
import dev.owl.input.YamlReader.Unstreamable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link YamlReader#read(java.nio.file.Path, String, List, String, BiFunction)}'s way through a file: the root
 * mapping is walked event by event, and each root key, each root value and each item of the streamed list is
 * composed by SnakeYAML's own {@link Composer}, which is handed that one node as if it were a whole document. Any
 * anchor or alias (a node may refer to another across items), a repeated root key or a merge key throws
 * {@link Unstreamable}. SnakeYAML's nesting limit is counted from the item, two levels less (a root value that
 * nears it is read whole, where the limit is counted from the root).
 */
final class StreamedList implements Parser {
    private final Parser real;
    private Event before; // the document start the composer is to get first
    private Event after; // the document end it gets once the node is complete
    private int depth;
    private boolean complete;

    private StreamedList(Parser real) {
        this.real = real;
    }

    static <T> Streamed<T> read(String text, LoaderOptions options, String key, BiFunction<MappingNode, Node, T> each) {
        // an item is two levels below the root (root mapping, list): the same limit, counted from the item
        options.setNestingDepthLimit(options.getNestingDepthLimit() - 2);
        Parser real = new ParserImpl(new StreamReader(new StringReader(text)), options);
        StreamedList one = new StreamedList(real);
        Composer composer = new Composer(one, new CachingResolver(), options);
        expect(real, Event.ID.StreamStart);
        expect(real, Event.ID.DocumentStart);
        Event start = expect(real, Event.ID.MappingStart);
        if (((MappingStartEvent) start).getAnchor() != null || ((MappingStartEvent) start).getTag() != null) {
            throw new Unstreamable();
        }
        List<NodeTuple> entries = new ArrayList<>();
        MappingNode root = new MappingNode(Tag.MAP, true, entries, start.getStartMark(), null, ((MappingStartEvent) start).getFlowStyle());
        List<T> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (!real.checkEvent(Event.ID.MappingEnd)) {
            Node keyNode = one.compose(composer);
            if (!(keyNode instanceof ScalarNode k) || !Tag.STR.equals(k.getTag()) || !keys.add(k.getValue()) || k.getValue().equals("<<")) {
                throw new Unstreamable();
            }
            Node value;
            if (k.getValue().equals(key) && real.peekEvent() instanceof SequenceStartEvent list) {
                if (list.getAnchor() != null || list.getTag() != null) {
                    throw new Unstreamable();
                }
                real.getEvent();
                while (!real.checkEvent(Event.ID.SequenceEnd)) {
                    items.add(each.apply(root, one.compose(composer)));
                }
                value = new SequenceNode(Tag.SEQ, true, new ArrayList<>(), list.getStartMark(), real.getEvent().getEndMark(), list.getFlowStyle());
            } else {
                value = one.compose(composer);
            }
            entries.add(new NodeTuple(keyNode, value));
        }
        root.setEndMark(real.getEvent().getEndMark());
        expect(real, Event.ID.DocumentEnd);
        expect(real, Event.ID.StreamEnd); // a second document: read whole, which says so
        return new Streamed<>(root, items, true);
    }

    private static Event expect(Parser parser, Event.ID id) {
        if (!parser.checkEvent(id)) {
            throw new Unstreamable();
        }
        return parser.getEvent();
    }

    /** The next node of the real stream, composed as a document of its own. */
    private Node compose(Composer composer) {
        Event next = real.peekEvent();
        before = new DocumentStartEvent(next.getStartMark(), next.getStartMark(), false, null, java.util.Map.of());
        after = null;
        depth = 0;
        complete = false;
        return composer.getNode();
    }

    private Event current() {
        if (before != null) {
            return before;
        }
        return complete ? after : real.peekEvent();
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return current().is(id);
    }

    @Override
    public Event peekEvent() {
        return current();
    }

    @Override
    public Event getEvent() {
        if (before != null) {
            Event e = before;
            before = null;
            return e;
        }
        if (complete) {
            return after;
        }
        Event e = real.getEvent();
        if (e instanceof AliasEvent || e instanceof NodeEvent n && n.getAnchor() != null) {
            throw new Unstreamable();
        }
        if (e instanceof CollectionStartEvent) {
            depth++;
        } else if (e instanceof CollectionEndEvent) {
            depth--;
        }
        if (depth == 0 && (e instanceof ScalarEvent || e instanceof CollectionEndEvent)) {
            complete = true;
            after = new DocumentEndEvent(e.getEndMark(), e.getEndMark(), false);
        }
        return e;
    }
}
