package dev.deepforward.ui.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.deepforward.spec.io.BoundedInput;
import dev.deepforward.spec.json.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every lesson's progress, in {@code progress.json} in the workbench's home folder, by lesson id. Written
 * atomically after every change (they are rare: a step turned, an answer given), so a crash loses at most
 * the change in hand and never the whole file. An unreadable file is set aside, not fatal: progress is a
 * convenience, and the lessons must still open.
 */
public final class ProgressStore {

    public static final String FILE_NAME = "progress.json";

    /** The file's shape: the lesson open last (reopened at start) and each lesson's progress. */
    public static final class Data {
        public String openLesson;
        public Map<String, LessonProgress> lessons = new LinkedHashMap<>();
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Path file;
    private final Data data;

    private ProgressStore(Path file, Data data) {
        this.file = file;
        this.data = data;
    }

    public static ProgressStore load(Path file) {
        Data d = new Data();
        if (Files.isRegularFile(file)) {
            try {
                d = JSON.readValue(BoundedInput.readText(file, BoundedInput.TEXT_FILE_BYTES, "a progress file"),
                        Data.class);
                if (d.lessons == null) {
                    d.lessons = new LinkedHashMap<>();
                }
            } catch (IOException e) {
                System.err.println("Lesson progress in " + file + " could not be read (" + e.getMessage()
                        + "); starting afresh.");
                d = new Data();
            }
        }
        return new ProgressStore(file, d);
    }

    public Path file() {
        return file;
    }

    /** The progress of lesson {@code id}, created empty on first use. */
    public LessonProgress of(String id) {
        return data.lessons.computeIfAbsent(id, k -> new LessonProgress());
    }

    /** The progress of lesson {@code id} if there is any (the catalogue must not create entries). */
    public LessonProgress peek(String id) {
        return data.lessons.get(id);
    }

    public String openLesson() {
        return data.openLesson;
    }

    public void setOpenLesson(String path) {
        data.openLesson = path;
    }

    public void save() {
        try {
            AtomicWrite.text(file, JSON.writeValueAsString(data));
        } catch (IOException e) {
            System.err.println("Could not save lesson progress to " + file + ": " + e.getMessage());
        }
    }
}
