"""GLSL 3.30 sources: glTF metallic-roughness shading, the shadow pass, the backdrop and the resolve.

Two kinds of frame share the shading code. Float frames (EXR) write two multisampled float targets:
colour (linear, premultiplied, alpha = coverage) and aux (x: coverage / view depth); the float
resolve averages colour and keeps the nearest depth. Preview frames (PNG, WebP) are built as
`PREVIEW` variants that tone-map (Khronos PBR Neutral) and encode sRGB in the shading pass itself and
write one 8-bit target: the ground and the gradient backdrop are drawn after the object, where its
depth leaves them visible, and MSAA resolves with a plain blit. Under llvmpipe that halves what each
sample costs (8-bit stores instead of half floats, one target instead of two, no resolve shader).
"""

TONEMAP_GLSL = """
vec3 neutral(vec3 color) {  // Khronos PBR Neutral tone mapping: keeps base colours faithful
    const float start = 0.8 - 0.04;
    const float desat = 0.15;
    float x = min(color.r, min(color.g, color.b));
    float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
    color -= offset;
    float peak = max(color.r, max(color.g, color.b));
    if (peak < start) return color;
    const float d = 1.0 - start;
    float new_peak = 1.0 - d * d / (peak + d - start);
    color *= new_peak / peak;
    float g = 1.0 - 1.0 / (desat * (peak - new_peak) + 1.0);
    return mix(color, vec3(new_peak), g);
}

vec3 srgb(vec3 c) {
    c = clamp(c, 0.0, 1.0);
    return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}

vec3 backdrop(float t) {  // the preview's vertical gradient; t: 0 at the bottom row, 1 at the top
    return mix(u_bg_bottom, u_bg_top, t);
}
"""

MESH_VS = """
#version 330
invariant gl_Position;  // the depth pre-pass and the shading pass must agree to the bit
uniform mat4 u_model;
uniform mat3 u_normal_matrix;
uniform mat4 u_view;
uniform mat4 u_proj;
in vec3 in_pos;
in vec3 in_nrm;
in vec4 in_tan;
in vec2 in_uv;
out vec3 v_world;
out vec3 v_nrm;
out vec4 v_tan;
out vec2 v_uv;
out float v_depth;
void main() {
    vec4 w = u_model * vec4(in_pos, 1.0);
    v_world = w.xyz;
    v_nrm = u_normal_matrix * in_nrm;
    v_tan = vec4(mat3(u_model) * in_tan.xyz, in_tan.w);
    v_uv = in_uv;
    vec4 view = u_view * w;
    v_depth = -view.z;
    gl_Position = u_proj * view;
}
"""

PBR_FS = """
#version 330
// Texture lookups are never inside branches (llvmpipe pays dearly for sampling under a mask): a
// material without a map gets a 1x1 neutral texture instead.
uniform sampler2D u_albedo;
uniform sampler2D u_normal;
uniform sampler2D u_metal_rough;
uniform sampler2D u_occlusion;
uniform sampler2DShadow u_shadow;
uniform vec4 u_base_color;
uniform float u_metallic;
uniform float u_roughness;
uniform float u_normal_scale;
uniform float u_occlusion_strength;
uniform int u_occ_in_mr;      // 1: occlusion is the metal-roughness texture's red (an ORM map)
uniform int u_alpha_mode;     // 0 opaque, 1 mask, 2 blend
uniform float u_alpha_cutoff;
uniform vec3 u_eye;
uniform vec3 u_light_dir[3];  // towards the light, world space
uniform vec3 u_light_col[3];  // irradiance of a surface facing the light
uniform vec3 u_sky;
uniform vec3 u_horizon;
uniform vec3 u_ground;
uniform mat4 u_light_vp;
uniform float u_shadow_offset;
uniform int u_shadows;
#ifdef EMISSIVE
uniform sampler2D u_emissive;   // sRGB: sampled as linear
uniform vec3 u_emissive_factor; // glTF emissiveFactor x KHR_materials_emissive_strength
#endif
in vec3 v_world;
in vec3 v_nrm;
in vec4 v_tan;
in vec2 v_uv;
in float v_depth;
layout(location = 0) out vec4 o_color;
#ifdef PREVIEW
uniform float u_exposure;
uniform vec3 u_bg_top;
uniform vec3 u_bg_bottom;
#include_tonemap
#else
layout(location = 1) out vec4 o_aux;
#endif

const float PI = 3.14159265;

vec3 environment(vec3 d, float rough) {
    // A studio: bright sky, a brighter band above the horizon (soft boxes), a darker floor.
    float y = d.y;
    vec3 up = mix(u_horizon, u_sky, smoothstep(0.0, 0.6, y));
    vec3 down = mix(u_horizon, u_ground, smoothstep(0.0, 0.8, -y));
    vec3 env = y >= 0.0 ? up : down;
    float k = (y - 0.3) / (0.1 + rough * 0.5);
    // Reflections see brighter surroundings than diffuse light does: softboxes, bounce cards.
    return env * 1.6 + u_horizon * (2.5 * exp(-k * k) * (1.0 - rough * 0.6));
}

vec3 irradiance(vec3 n) {
    return mix(mix(u_ground, u_horizon, 0.5), u_sky, n.y * 0.5 + 0.5);
}

float key_shadow(vec3 ng) {
    // One hardware-filtered (2x2 PCF) lookup; outside the light's frustum counts as lit.
    vec4 lp = u_light_vp * vec4(v_world + ng * u_shadow_offset, 1.0);
    vec3 p = lp.xyz / lp.w * 0.5 + 0.5;
    float s = texture(u_shadow, vec3(clamp(p.xy, 0.0, 1.0), p.z - 0.0015));
    bool outside = p.z >= 1.0 || any(lessThan(p.xy, vec2(0.0))) || any(greaterThan(p.xy, vec2(1.0)));
    return (outside || u_shadows == 0) ? 1.0 : s;
}

mat3 tangent_frame(vec3 ng) {
    vec3 t = v_tan.xyz;
    float w = v_tan.w;
    if (dot(t, t) < 0.25) {  // no tangents: derive them from screen-space UV derivatives
        vec3 dp1 = dFdx(v_world), dp2 = dFdy(v_world);
        vec2 du1 = dFdx(v_uv), du2 = dFdy(v_uv);
        float flip = du1.x * du2.y - du2.x * du1.y < 0.0 ? -1.0 : 1.0;
        t = (dp1 * du2.y - dp2 * du1.y) * flip;
        vec3 dpdv = (dp2 * du1.x - dp1 * du2.x) * flip;
        w = dot(cross(ng, t), dpdv) > 0.0 ? -1.0 : 1.0;  // the bitangent points to decreasing V
    }
    t = normalize(t - ng * dot(ng, t) + vec3(1e-9));
    return mat3(t, cross(ng, t) * (w < 0.0 ? -1.0 : 1.0), ng);
}

vec3 direct(int i, vec3 n, vec3 v, float nv, vec3 f0, vec3 cdiff, float alpha_r, float a2) {
    vec3 l = normalize(u_light_dir[i]);
    float nl = max(dot(n, l), 0.0);
    vec3 h = normalize(l + v);
    float nh = max(dot(n, h), 0.0), vh = max(dot(v, h), 0.0);
    float x = 1.0 - vh, x2 = x * x;
    vec3 f = f0 + (1.0 - f0) * (x2 * x2 * x);
    float dd = nh * nh * (a2 - 1.0) + 1.0;
    float d = a2 / (PI * dd * dd);
    float vis = 0.5 / max(mix(2.0 * nl * nv, nl + nv, alpha_r), 1e-5);  // Hammon's fit of Smith-GGX
    return ((1.0 - f) * cdiff / PI + f * d * vis) * u_light_col[i] * nl;
}

void main() {
#ifdef PACKED
    // An opaque material packed into two textures (see GpuScene): albedo + occlusion (alpha), and
    // normal X, roughness, metalness, normal Y. Two lookups instead of three; Z is rebuilt.
    vec4 albedo_occ = texture(u_albedo, v_uv);
    vec4 base = u_base_color * vec4(albedo_occ.rgb, 1.0);
    vec4 surf = texture(u_metal_rough, v_uv);
    vec4 mr = vec4(albedo_occ.a, surf.gb, 1.0);  // the ORM layout: occlusion in red
    vec2 txy = vec2(surf.r, surf.a) * 2.0 - 1.0;
    vec3 tn = vec3(txy, sqrt(max(1.0 - dot(txy, txy), 0.0)));
    float occ_tex = 1.0;
#else
    vec4 base = u_base_color * texture(u_albedo, v_uv);  // an sRGB texture: sampled as linear
    vec4 mr = texture(u_metal_rough, v_uv);
#ifdef OCCLUSION_IN_MR
    float occ_tex = 1.0;  // occlusion is the ORM map's red (or absent): no fourth texture lookup
#else
    float occ_tex = texture(u_occlusion, v_uv).r;
#endif
    vec3 tn = texture(u_normal, v_uv).xyz * 2.0 - 1.0;
#endif
    if (u_alpha_mode == 1 && base.a < u_alpha_cutoff) discard;
    float alpha = u_alpha_mode == 2 ? base.a : 1.0;
    float rough = clamp(u_roughness * mr.g, 0.04, 1.0);
    float metal = clamp(u_metallic * mr.b, 0.0, 1.0);
    float ao = 1.0 + u_occlusion_strength * ((u_occ_in_mr == 1 ? mr.r : occ_tex) - 1.0);

    vec3 v = normalize(u_eye - v_world);
    vec3 ng = normalize(v_nrm);
    if (!gl_FrontFacing) ng = -ng;
    tn.xy *= u_normal_scale;
    vec3 n = normalize(tangent_frame(ng) * tn);
    float nv = max(dot(n, v), 1e-4);
    vec3 f0 = mix(vec3(0.04), base.rgb, metal);
    vec3 cdiff = base.rgb * (1.0 - metal);
    float alpha_r = rough * rough;
    float a2 = alpha_r * alpha_r;

    vec3 color = direct(0, n, v, nv, f0, cdiff, alpha_r, a2) * key_shadow(ng)
               + direct(1, n, v, nv, f0, cdiff, alpha_r, a2)
               + direct(2, n, v, nv, f0, cdiff, alpha_r, a2);
    // Image-based ambient from the analytic studio, with Karis' approximation of the split sum.
    vec4 c0 = vec4(-1.0, -0.0275, -0.572, 0.022), c1 = vec4(1.0, 0.0425, 1.04, -0.04);
    vec4 r = rough * c0 + c1;
    float a004 = min(r.x * r.x, exp2(-9.28 * nv)) * r.x + r.y;
    vec2 ab = vec2(-1.04, 1.04) * a004 + r.zw;
    vec3 spec_ambient = environment(reflect(-v, n), rough) * (f0 * ab.x + ab.y);
    color += (cdiff * irradiance(n) + spec_ambient) * ao;
#ifdef EMISSIVE
    // Emission is light the surface gives off: added after shading, before tone mapping, so a
    // strong glow saturates toward white in previews and stays HDR in float frames.
    color += texture(u_emissive, v_uv).rgb * u_emissive_factor;
#endif

#ifdef PREVIEW
    // Tone-mapped and encoded here, per pixel: MSAA then averages display values, so a specular
    // spark on an edge cannot spill over it. Blended items composite over the encoded backdrop.
    o_color = vec4(srgb(neutral(color * u_exposure)) * alpha, alpha);
#else
    o_color = vec4(color * (u_alpha_mode == 2 ? alpha : 1.0), alpha);
    o_aux = vec4(alpha / max(v_depth, 1e-6));  // an R32F target keeps x
#endif
}
"""

GROUND_FS = """
#version 330
// The preview's ground, drawn after the opaque items: the backdrop darkened by the key light's
// shadow and a soft contact shadow, tone-mapped like the backdrop. Alpha 0: not the object.
uniform sampler2DShadow u_shadow;
uniform mat4 u_light_vp;
uniform float u_shadow_texel;
uniform vec3 u_centre;
uniform vec2 u_footprint;   // half extents of the object's footprint (x, z)
uniform float u_fade;       // radius at which the ground fades out
uniform vec2 u_size;
uniform vec3 u_bg_top;
uniform vec3 u_bg_bottom;
in vec3 v_world;
in vec3 v_nrm;
in vec4 v_tan;
in vec2 v_uv;
in float v_depth;
out vec4 o_color;
#include_tonemap
void main() {
    vec4 lp = u_light_vp * vec4(v_world, 1.0);
    vec3 p = lp.xyz / lp.w * 0.5 + 0.5;
    vec2 o = vec2(u_shadow_texel * 1.5);
    vec2 q0 = clamp(p.xy, 0.0, 1.0);
    float lit = 0.25 * (texture(u_shadow, vec3(q0 + o, p.z - 0.002)) + texture(u_shadow, vec3(q0 - o, p.z - 0.002))
                      + texture(u_shadow, vec3(q0 + vec2(o.x, -o.y), p.z - 0.002))
                      + texture(u_shadow, vec3(q0 + vec2(-o.x, o.y), p.z - 0.002)));
    bool outside = p.z >= 1.0 || any(lessThan(p.xy, vec2(0.0))) || any(greaterThan(p.xy, vec2(1.0)));
    lit = outside ? 1.0 : lit;
    vec2 q = (v_world.xz - u_centre.xz) / max(u_footprint, vec2(1e-3));
    float contact = exp(-dot(q, q) * 1.2) * 0.45;
    float fade = 1.0 - smoothstep(u_fade * 0.45, u_fade, length(v_world.xz - u_centre.xz));
    float shade = max(1.0 - lit, contact) * fade;
    vec3 bg = backdrop(1.0 - gl_FragCoord.y / u_size.y);  // frames are rendered upside down
    o_color = vec4(srgb(neutral(bg * (1.0 - 0.6 * shade))), 0.0);
}
"""

DEPTH_VS = """
#version 330
uniform mat4 u_model;
uniform mat4 u_light_vp;
in vec3 in_pos;
void main() { gl_Position = u_light_vp * u_model * vec4(in_pos, 1.0); }
"""

DEPTH_FS = """
#version 330
void main() {}
"""

FULLSCREEN_VS = """
#version 330
out vec2 v_uv;
#ifdef FAR_PLANE
const float Z = 1.0;  // the backdrop: only pixels nothing covered pass the depth test
#else
const float Z = 0.0;
#endif
void main() {
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
    v_uv = p;
    gl_Position = vec4(p * 2.0 - 1.0, Z, 1.0);
}
"""

RESOLVE_FLOAT_FS = """
#version 330
uniform sampler2DMS u_color;
uniform sampler2DMS u_aux;
uniform int u_samples;
uniform float u_background_z;
layout(location = 0) out vec4 o_color;
layout(location = 1) out vec4 o_depth;
void main() {
    ivec2 px = ivec2(gl_FragCoord.xy);
    vec4 c = vec4(0.0);
    float inv_z = 0.0;
    for (int s = 0; s < u_samples; s++) {
        vec4 cs = texelFetch(u_color, px, s);
        c += cs;
        if (cs.a > 0.0) inv_z = max(inv_z, texelFetch(u_aux, px, s).x / cs.a);
    }
    o_color = c / float(u_samples);
    o_depth = vec4(inv_z > 0.0 ? 1.0 / inv_z : u_background_z, 0.0, 0.0, 1.0);
}
"""

BACKDROP_FS = """
#version 330
uniform vec2 u_size;
uniform vec3 u_bg_top;
uniform vec3 u_bg_bottom;
out vec4 o_color;
#include_tonemap
void main() {
    o_color = vec4(srgb(neutral(backdrop(1.0 - gl_FragCoord.y / u_size.y))), 0.0);
}
"""

# The PBR shader for materials whose occlusion is the metal-roughness map's red channel (an ORM
# map, as every assetsmith material has) or absent: one texture lookup fewer per pixel (~7% of a
# frame under llvmpipe).
FXAA_FS = """
#version 330
// Fast approximate anti-aliasing on the encoded preview (Lottes' FXAA, the compact form): find the
// edge direction from the luma of the four diagonal neighbours, blend along it, and fall back to the
// narrower blend where the wider one leaves the local luma range. Nine bilinear lookups, no branches
// around them; alpha (coverage) is blended like colour, so edges get fractional coverage.
uniform sampler2D u_image;
uniform vec2 u_texel;
in vec2 v_uv;
out vec4 o_color;
const vec3 LUMA = vec3(0.299, 0.587, 0.114);
const float REDUCE_MIN = 1.0 / 128.0;
const float REDUCE_MUL = 1.0 / 8.0;
const float SPAN_MAX = 8.0;
void main() {
    float nw = dot(texture(u_image, v_uv + vec2(-1.0, -1.0) * u_texel).rgb, LUMA);
    float ne = dot(texture(u_image, v_uv + vec2(1.0, -1.0) * u_texel).rgb, LUMA);
    float sw = dot(texture(u_image, v_uv + vec2(-1.0, 1.0) * u_texel).rgb, LUMA);
    float se = dot(texture(u_image, v_uv + vec2(1.0, 1.0) * u_texel).rgb, LUMA);
    float m = dot(texture(u_image, v_uv).rgb, LUMA);
    float lo = min(m, min(min(nw, ne), min(sw, se)));
    float hi = max(m, max(max(nw, ne), max(sw, se)));
    vec2 dir = vec2(-((nw + ne) - (sw + se)), (nw + sw) - (ne + se));
    float reduce = max((nw + ne + sw + se) * (0.25 * REDUCE_MUL), REDUCE_MIN);
    float scale = 1.0 / (min(abs(dir.x), abs(dir.y)) + reduce);
    dir = clamp(dir * scale, vec2(-SPAN_MAX), vec2(SPAN_MAX)) * u_texel;
    vec4 a = 0.5 * (texture(u_image, v_uv + dir * (1.0 / 3.0 - 0.5)) + texture(u_image, v_uv + dir * (2.0 / 3.0 - 0.5)));
    vec4 b = a * 0.5 + 0.25 * (texture(u_image, v_uv - dir * 0.5) + texture(u_image, v_uv + dir * 0.5));
    float lb = dot(b.rgb, LUMA);
    o_color = (lb < lo || lb > hi) ? a : b;
}
"""


def variant(source: str, *defines: str) -> str:
    """`source` with `#define`s after its version line and the tone-mapping functions included."""
    head = "".join(f"#define {d}\n" for d in defines)
    return source.replace("#version 330\n", "#version 330\n" + head, 1).replace(
        "#include_tonemap", TONEMAP_GLSL
    )


PBR_ORM_FS = variant(PBR_FS, "OCCLUSION_IN_MR")
