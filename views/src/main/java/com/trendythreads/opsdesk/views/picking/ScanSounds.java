package com.trendythreads.opsdesk.views.picking;

import java.io.BufferedInputStream;
import java.io.InputStream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The short sounds of a good and a wrong scan (WAV clips from the resources). A machine without audio
/// plays nothing; the picker still has the green and red flash.
final class ScanSounds {

    private static final Logger LOG = LoggerFactory.getLogger(ScanSounds.class);

    private ScanSounds() {
    }

    static void play(boolean good) {
        String name = good ? "scan-ok.wav" : "scan-wrong.wav";
        Thread.ofVirtual().name("scan-sound").start(() -> {
            try (InputStream in = ScanSounds.class.getResourceAsStream(name);
                 AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
                Clip clip = AudioSystem.getClip();
                clip.open(audio);
                clip.addLineListener(e -> {
                    if (e.getType() == javax.sound.sampled.LineEvent.Type.STOP) {
                        clip.close();
                    }
                });
                clip.start();
            } catch (Exception | LinkageError e) {
                LOG.debug("No scan sound: {}", e.toString());
            }
        });
    }
}
