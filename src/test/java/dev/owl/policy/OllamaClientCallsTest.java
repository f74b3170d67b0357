package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Ollama client libraries take the model as a call's first positional argument ({@code chat('gemma3', messages=…)},
 * {@code await client.generate('llava', …)}): an Ollama name, in a file that uses such a client only.
 */
class OllamaClientCallsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    private static List<String> ollamaNames(String fileName, String text) {
        return scan(fileName, text).stream().map(r -> r.line() + " " + r.text() + " " + r.kind()).toList();
    }

    @Test
    void aPythonClientsVerbsNameTheModelFirst() {
        String py = """
                import asyncio
                from ollama import AsyncClient, chat, pull, show, embed

                def summarise(notes):
                    reply = chat('gemma3', messages=[{'role': 'user', 'content': notes}])
                    return reply.message.content

                async def caption(picture):
                    client = AsyncClient()
                    async for part in await client.generate('llava', 'What is in this picture?', images=[picture], stream=True):
                        print(part.response, end='')
                    answer = await client.chat(
                        'llama3.1',
                        messages=[{'role': 'user', 'content': 'And in one word?'}],
                    )
                    return answer

                for progress in pull('qwen3', stream=True):
                    print(progress.status)
                print(show('deepseek-r1').modified_at)
                vectors = embed('notreallyamodel', input=['a', 'b'])
                """;
        assertThat(ollamaNames("examples/caption.py", py)).containsExactly(
                "5 gemma3 OLLAMA_TAG", "10 llava OLLAMA_TAG", "13 llama3.1 OLLAMA_TAG", "18 qwen3 OLLAMA_TAG",
                "20 deepseek-r1 OLLAMA_TAG", "21 notreallyamodel OLLAMA_TAG");
    }

    @Test
    void aCopysSourceCountsButItsTargetAndAPushOrCreateNameDoNot() {
        String py = """
                import ollama

                ollama.copy('gemma3', 'user/gemma3')
                ollama.push('user/gemma3')
                ollama.delete('gemma3')
                ollama.AsyncClient().generate('llama3.2', 'Why is the sky blue?')
                ollama.create(
                    model='pirate',
                    from_='qwen3',
                    system='Answer like a pirate.',
                )
                """;
        assertThat(ollamaNames("housekeeping.py", py)).containsExactly(
                "3 gemma3 OLLAMA_TAG", "5 gemma3 OLLAMA_TAG", "6 llama3.2 OLLAMA_TAG", "9 qwen3 OLLAMA_TAG");
    }

    @Test
    void aJavaScriptClientToo() {
        String js = """
                const { Ollama } = require('ollama')

                const client = new Ollama({ host: 'http://127.0.0.1:11434' })
                const answer = await client.chat('llama3.1', [{ role: 'user', content: 'Hi' }])
                await client.pull('mistral', { stream: false })
                """;
        assertThat(ollamaNames("src/ask.js", js)).containsExactly("4 llama3.1 OLLAMA_TAG", "5 mistral OLLAMA_TAG");
    }

    @Test
    void notWithoutAnOllamaClientNorAPathOrAPlaceholder() {
        String py = """
                from chatbot import chat, generate

                print(chat('hello'))
                generate('gemma3')
                """;
        assertThat(ollamaNames("bot.py", py)).isEmpty();
        String client = """
                import ollama

                ollama.show('./weights/model.gguf')
                ollama.chat('model', messages=[])
                shutil.copy('notes', 'backup')
                cache.delete('gemma3')
                """;
        assertThat(ollamaNames("paths.py", client)).isEmpty();
    }
}
