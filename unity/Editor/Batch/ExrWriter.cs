// A minimal OpenEXR writer: one part, scanlines, no compression, 32-bit float channels A, B, G, R
// (linear, premultiplied) and Z, in the alphabetical order the format requires. Texture2D rows
// start at the bottom; EXR's INCREASING_Y starts at the top, so rows are written flipped.
// (Texture2D.EncodeToEXR cannot add a Z channel.) assetsmith's tests write files with the same
// layout from Python and read them back with OpenEXR.
using System.Collections.Generic;
using System.IO;
using System.Text;
using Unity.Collections;

namespace Assetsmith.Batch
{
    public static class ExrWriter
    {
        const int Magic = 20000630;
        const int PixelTypeFloat = 2;

        static void Attribute(BinaryWriter w, string name, string type, byte[] value)
        {
            w.Write(Encoding.ASCII.GetBytes(name));
            w.Write((byte)0);
            w.Write(Encoding.ASCII.GetBytes(type));
            w.Write((byte)0);
            w.Write(value.Length);
            w.Write(value);
        }

        static byte[] Bytes(System.Action<BinaryWriter> fill)
        {
            using (var ms = new MemoryStream())
            using (var bw = new BinaryWriter(ms))
            {
                fill(bw);
                bw.Flush();
                return ms.ToArray();
            }
        }

        // rgba: width*height*4 floats (bottom row first) or null; z: width*height floats or null.
        // Depth 0 (nothing drawn) becomes `background`.
        public static void Write(string path, int width, int height, NativeArray<float>? rgba, NativeArray<float>? z,
            float background)
        {
            var channels = new List<KeyValuePair<string, int>>(); // name, component index (-1: Z)
            if (rgba.HasValue)
            {
                channels.Add(new KeyValuePair<string, int>("A", 3));
                channels.Add(new KeyValuePair<string, int>("B", 2));
                channels.Add(new KeyValuePair<string, int>("G", 1));
                channels.Add(new KeyValuePair<string, int>("R", 0));
            }
            if (z.HasValue)
                channels.Add(new KeyValuePair<string, int>("Z", -1));

            string tmp = path + ".tmp";
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write))
            using (var w = new BinaryWriter(fs))
            {
                w.Write(Magic);
                w.Write(2); // version 2, single-part scanline, no flags
                Attribute(w, "channels", "chlist", Bytes(b =>
                {
                    foreach (var c in channels)
                    {
                        b.Write(Encoding.ASCII.GetBytes(c.Key));
                        b.Write((byte)0);
                        b.Write(PixelTypeFloat);
                        b.Write((byte)0); // pLinear
                        b.Write((byte)0);
                        b.Write((byte)0);
                        b.Write((byte)0); // reserved
                        b.Write(1); // xSampling
                        b.Write(1); // ySampling
                    }
                    b.Write((byte)0);
                }));
                Attribute(w, "compression", "compression", new byte[] { 0 });
                byte[] box = Bytes(b => { b.Write(0); b.Write(0); b.Write(width - 1); b.Write(height - 1); });
                Attribute(w, "dataWindow", "box2i", box);
                Attribute(w, "displayWindow", "box2i", box);
                Attribute(w, "lineOrder", "lineOrder", new byte[] { 0 });
                Attribute(w, "pixelAspectRatio", "float", Bytes(b => b.Write(1f)));
                Attribute(w, "screenWindowCenter", "v2f", Bytes(b => { b.Write(0f); b.Write(0f); }));
                Attribute(w, "screenWindowWidth", "float", Bytes(b => b.Write(1f)));
                w.Write((byte)0); // end of header

                int lineBytes = channels.Count * width * 4;
                long first = fs.Position + 8L * height;
                for (int y = 0; y < height; y++)
                    w.Write(first + (long)y * (8 + lineBytes));
                for (int y = 0; y < height; y++)
                {
                    w.Write(y);
                    w.Write(lineBytes);
                    int row = height - 1 - y;
                    foreach (var c in channels)
                    {
                        for (int x = 0; x < width; x++)
                        {
                            int p = row * width + x;
                            if (c.Value < 0)
                            {
                                float d = z.Value[p];
                                w.Write(d > 0f ? d : background);
                            }
                            else
                            {
                                w.Write(rgba.Value[p * 4 + c.Value]);
                            }
                        }
                    }
                }
            }
            if (File.Exists(path))
                File.Delete(path);
            File.Move(tmp, path);
        }
    }
}
